// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The simulator's Graph endpoints.
#include "sim/simulatorserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

HttpReply unsupported(QHttpServerRequest::Method method, const QString &id)
{
    const QString name = method == QHttpServerRequest::Method::Get ? u"get"_s
        : method == QHttpServerRequest::Method::Delete             ? u"delete"_s
                                                                   : u"post"_s;
    return HttpReply::graphError(400, 100,
        u"Unsupported %1 request. Object with ID '%2' does not exist, cannot be loaded due to "
        "missing permissions, or does not support this operation. Please read the Graph API "
        "documentation at https://developers.facebook.com/docs/graph-api"_s.arg(name, id),
        u"Unknown object or operation: %1 %2"_s.arg(name.toUpper(), id), 33,
        u"GraphMethodException"_s);
}

QJsonObject phoneNumberJson(const PhoneNumberInfo &phone, const QString &fields)
{
    const QJsonObject all {{u"id"_s, phone.id}, {u"display_phone_number"_s, phone.displayNumber},
        {u"verified_name"_s, phone.verifiedName}, {u"quality_rating"_s, phone.qualityRating},
        {u"code_verification_status"_s, u"VERIFIED"_s}, {u"platform_type"_s, u"CLOUD_API"_s},
        {u"throughput"_s, QJsonObject {{u"level"_s, u"STANDARD"_s}}}};
    if (fields.isEmpty())
        return all;
    QJsonObject selected {{u"id"_s, phone.id}};
    for (const QString &field : fields.split(u',', Qt::SkipEmptyParts)) {
        if (all.contains(field.trimmed()))
            selected.insert(field.trimmed(), all.value(field.trimmed()));
    }
    return selected;
}

bool isNumber(const QString &id)
{
    return !id.isEmpty()
        && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); });
}

/// A template as GET /{template-id} returns it: without the simulator's own pacing field.
QJsonObject withoutSimFields(QJsonObject tpl)
{
    tpl.remove(u"sim_message_status"_s);
    return tpl;
}

} // namespace

HttpReply SimulatorServer::graph(const QHttpServerRequest &request, const QStringList &segments)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    const QString id = segments.value(0);
    const QString edge = segments.value(1);
    if (segments.size() == 2 && (edge == u"messages"_s || edge == u"media"_s)) {
        const PhoneNumberInfo *phone = m_config.phoneNumber(id);
        if (!phone || method != Method::Post)
            return unsupported(method, id);
        if (edge == u"media"_s)
            return m_media.upload(phone->id, request.value("Content-Type"), request.body());
        if (request.body().size() > m_config.maxMessageBytes) {
            return HttpReply::graphError(413, 100, u"Invalid parameter"_s,
                u"The request body of %1 bytes is over the %2-byte limit"_s
                    .arg(request.body().size())
                    .arg(m_config.maxMessageBytes));
        }
        return m_messages.send(*phone, request.body());
    }
    if (segments.size() == 2 && edge == u"message_templates"_s) {
        if (id != m_config.wabaId)
            return unsupported(method, id);
        if (method == Method::Post)
            return m_templateEndpoint.create(request.body());
        if (method == Method::Delete)
            return m_templateEndpoint.remove(request.query());
        if (method != Method::Get)
            return unsupported(method, id);
        if (const QString problem = TemplateStore::pagingProblem(request.query());
            !problem.isEmpty())
            return HttpReply::graphError(400, 100, u"Invalid parameter"_s, problem);
        const QString pageUrl = m_baseUrl.toString() + request.url().path();
        return HttpReply::json(m_templates.page(request.query(), pageUrl));
    }
    if (segments.size() == 2 && edge == u"subscribed_apps"_s) {
        if (id != m_config.wabaId)
            return unsupported(method, id);
        return m_subscriptions.handle(request, id);
    }
    if (segments.size() == 1) {
        if (const PhoneNumberInfo *phone = m_config.phoneNumber(id); phone && method == Method::Get)
            return HttpReply::json(
                phoneNumberJson(*phone, request.query().queryItemValue(u"fields"_s)));
        if (m_media.contains(id) && method == Method::Get)
            return m_media.describe(
                id, request.query(), m_baseUrl.toString(), m_conversations.now());
        if (m_media.contains(id) && method == Method::Delete)
            return m_media.remove(id, request.query());
        if (const auto tpl = m_templates.findById(id); tpl && method == Method::Get)
            return HttpReply::json(withoutSimFields(*tpl));
        // Any other number posted to may be a template's id: the edit names it when not.
        if (method == Method::Post && isNumber(id) && !m_config.phoneNumber(id))
            return m_templateEndpoint.edit(id, request.body());
        return unsupported(method, id);
    }
    return HttpReply::graphError(400, 2500,
        u"Unknown path components: %1"_s.arg(request.url().path()),
        u"No Graph endpoint at %1"_s.arg(request.url().path()));
}

} // namespace Wac::Sim
