// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/templateendpoint.h"

#include "core/templates/templatecreation.h"
#include "sim/templaterefusal.h"
#include "sim/templatereviewer.h"
#include "sim/templatestore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

constexpr qint64 hourSeconds = 3600;
constexpr qint64 daySeconds = 24 * hourSeconds;

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

HttpReply notAnObject()
{
    return TemplateRefusal::invalid(u"Invalid request"_s,
        u"The request body must be a JSON object of the template's fields."_s);
}

} // namespace

TemplateEndpoint::TemplateEndpoint(
    TemplateStore &store, TemplateReviewer &reviewer, std::function<QDateTime()> clock)
    : m_store(store)
    , m_reviewer(reviewer)
    , m_clock(std::move(clock))
{ }

std::optional<HttpReply> TemplateEndpoint::refusal(const QJsonObject &tpl)
{
    // The rules read the definition as GET returns it: what only the store adds stays out.
    QJsonObject definition = tpl;
    for (const char16_t *key :
        {u"id", u"status", u"rejected_reason", u"quality_score", u"sim_message_status"})
        definition.remove(QStringView(key));
    for (const Diagnostic &finding : TemplateCreation::check(definition)) {
        if (finding.isError())
            return TemplateRefusal::fromFinding(finding);
    }
    return std::nullopt;
}

HttpReply TemplateEndpoint::create(const QByteArray &body)
{
    std::optional<QJsonObject> tpl = parseObject(body);
    if (!tpl)
        return notAnObject();
    const QDateTime now = m_clock();
    while (!m_creations.empty() && m_creations.front().secsTo(now) >= hourSeconds)
        m_creations.pop_front();
    if (int(m_creations.size()) >= creationsPerHour) {
        // The error Graph's message_templates reference lists for too many calls to a WABA.
        return HttpReply::graphError(400, 80008,
            u"There have been too many calls to this WhatsApp Business account. Wait a bit and "
            "try again."_s,
            u"At most %1 templates are created per WABA per hour; the next may be created at %2."_s
                .arg(creationsPerHour)
                .arg(m_creations.front().addSecs(hourSeconds).toString(Qt::ISODate)));
    }
    if (auto refused = refusal(*tpl))
        return *refused;
    const QString name = tpl->value(u"name").toString();
    const QString language = tpl->value(u"language").toString();
    if (m_store.find(name, language))
        return TemplateRefusal::exists(name, language);
    tpl->remove(u"allow_category_change"_s); // a request flag, not a field of the template
    tpl->remove(u"id"_s);
    if (!tpl->contains(u"parameter_format"))
        tpl->insert(u"parameter_format"_s, u"POSITIONAL"_s); // Graph's default (reference §5.1)
    tpl->insert(u"status"_s, u"PENDING"_s);
    const QString id = m_store.add(*tpl);
    m_creations.push_back(now);
    m_reviewer.schedule(id);
    return HttpReply::json(
        {{u"id"_s, id}, {u"status"_s, u"PENDING"_s}, {u"category"_s, tpl->value(u"category")}});
}

std::optional<HttpReply> TemplateEndpoint::editRefusal(
    const QJsonObject &stored, const QJsonObject &edit) const
{
    const QString id = stored.value(u"id").toString();
    const QString status = stored.value(u"status").toString();
    // Meta's template management page: only these can be edited, and only these fields.
    if (status != u"APPROVED"_s && status != u"REJECTED"_s && status != u"PAUSED"_s) {
        return TemplateRefusal::invalid(u"Template cannot be edited"_s,
            u"Only templates with an APPROVED, REJECTED or PAUSED status can be edited; template "
            "%1 is %2."_s.arg(id, status));
    }
    for (const char16_t *key : {u"name", u"language", u"parameter_format"}) {
        if (edit.contains(QStringView(key))
            && edit.value(QStringView(key)) != stored.value(QStringView(key))) {
            return TemplateRefusal::invalid(u"Field cannot be edited"_s,
                u"Param %1 cannot be edited: only a template's category, components and "
                "message_send_ttl_seconds can."_s.arg(QStringView(key)));
        }
    }
    if (!edit.contains(u"components") && !edit.contains(u"category")
        && !edit.contains(u"message_send_ttl_seconds")) {
        return TemplateRefusal::invalid(u"Nothing to edit"_s,
            u"An edit sends the template's components, category or message_send_ttl_seconds."_s);
    }
    if (status != u"APPROVED"_s)
        return std::nullopt; // "Rejected or paused templates can be edited an unlimited number"
    if (edit.contains(u"category") && edit.value(u"category") != stored.value(u"category")) {
        return TemplateRefusal::invalid(u"Category cannot be edited"_s,
            u"Param category: the category of an approved template cannot be edited."_s);
    }
    const QDateTime now = m_clock();
    const QList<QDateTime> edits = m_approvedEdits.value(id);
    const auto inMonth = std::count_if(edits.cbegin(), edits.cend(),
        [&](const QDateTime &at) { return at.secsTo(now) < 30 * daySeconds; });
    if ((!edits.isEmpty() && edits.last().secsTo(now) < daySeconds)
        || inMonth >= approvedEditsPer30Days) {
        return TemplateRefusal::invalid(u"Edit limit reached"_s,
            u"An approved template can be edited once in 24 hours and %1 times in 30 days; "
            "template %2 was last edited at %3."_s.arg(approvedEditsPer30Days)
                .arg(id, edits.last().toString(Qt::ISODate)));
    }
    return std::nullopt;
}

HttpReply TemplateEndpoint::edit(const QString &id, const QByteArray &body)
{
    const std::optional<QJsonObject> stored = m_store.findById(id);
    if (!stored) {
        return TemplateRefusal::invalid(
            u"Template not found"_s, u"No message template has the ID %1."_s.arg(id));
    }
    const std::optional<QJsonObject> edit = parseObject(body);
    if (!edit)
        return notAnObject();
    if (auto refused = editRefusal(*stored, *edit))
        return *refused;
    QJsonObject edited = *stored;
    for (const char16_t *key : {u"components", u"category", u"message_send_ttl_seconds"}) {
        if (edit->contains(QStringView(key)))
            edited.insert(QStringView(key), edit->value(QStringView(key)));
    }
    if (auto refused = refusal(edited))
        return *refused;
    if (stored->value(u"status") == u"APPROVED"_s)
        m_approvedEdits[id].append(m_clock());
    edited.insert(u"status"_s, u"PENDING"_s);
    edited.remove(u"rejected_reason"_s);
    m_store.replace(edited);
    m_reviewer.schedule(id);
    return HttpReply::json({{u"success"_s, true}});
}

HttpReply TemplateEndpoint::remove(const QUrlQuery &query)
{
    const QString name = query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    const QString id = query.queryItemValue(u"hsm_id"_s, QUrl::FullyDecoded);
    if (name.isEmpty()) {
        return TemplateRefusal::invalid(
            u"Missing parameter"_s, u"Param name is required to delete a message template."_s);
    }
    QStringList ids;
    for (const QJsonObject &tpl : m_store.templates()) {
        if (tpl.value(u"name").toString() != name
            || (!id.isEmpty() && tpl.value(u"id").toString() != id))
            continue;
        ids.append(tpl.value(u"id").toString());
        // Meta's template management page: "Templates that are in a disabled status cannot be
        // deleted."
        if (tpl.value(u"status") == u"DISABLED"_s) {
            return TemplateRefusal::invalid(u"Template cannot be deleted"_s,
                u"Template %1 (%2) is DISABLED and cannot be deleted."_s.arg(
                    name, tpl.value(u"language").toString()));
        }
    }
    if (ids.isEmpty()) {
        return TemplateRefusal::invalid(u"Template not found"_s,
            id.isEmpty() ? u"Param name: no message template is named %1."_s.arg(name)
                         : u"No message template named %1 has the ID %2."_s.arg(name, id));
    }
    m_store.remove(name, id);
    for (const QString &removed : std::as_const(ids))
        m_approvedEdits.remove(removed);
    return HttpReply::json({{u"success"_s, true}});
}

} // namespace Wac::Sim
