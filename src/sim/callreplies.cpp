// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/callreplies.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac::Sim::CallReplies {

namespace {

/// `request[key]` when it is absent (`fallback`) or one of `allowed`; nullopt and `error`
/// otherwise.
std::optional<QString> choice(const QJsonObject &request, const QString &key,
    const QStringList &allowed, const QString &fallback, QString *error)
{
    const QJsonValue value = request.value(key);
    if (value.isUndefined() && !fallback.isEmpty())
        return fallback;
    if (!value.isString() || !allowed.contains(value.toString())) {
        *error = u"\"%1\" must be one of: %2"_s.arg(key, allowed.join(u", "_s));
        return std::nullopt;
    }
    return value.toString();
}

} // namespace

std::optional<QJsonObject> permissionReply(
    const QJsonObject &request, const QDateTime &now, QString *error)
{
    if (request.value(u"context_id").toString().isEmpty()) {
        *error = u"\"context_id\" must name the call permission request being answered"_s;
        return std::nullopt;
    }
    const auto response =
        choice(request, u"response"_s, {u"accept"_s, u"reject"_s}, QString(), error);
    if (!response)
        return std::nullopt;
    const auto source = choice(
        request, u"response_source"_s, {u"user_action"_s, u"automatic"_s}, u"user_action"_s, error);
    if (!source)
        return std::nullopt;
    const QJsonValue permanent = request.value(u"is_permanent");
    if (!permanent.isUndefined() && !permanent.isBool()) {
        *error = u"\"is_permanent\" must be true or false"_s;
        return std::nullopt;
    }
    QJsonObject reply {{u"response"_s, *response}, {u"is_permanent"_s, permanent.toBool(false)},
        {u"response_source"_s, *source}};
    // Only a granted permission that is not permanent runs out; Meta writes the time as a
    // string of seconds, as every webhook timestamp.
    if (*response == u"accept"_s && !permanent.toBool(false)) {
        reply.insert(u"expiration_timestamp"_s,
            QString::number(now.toSecsSinceEpoch() + temporaryPermissionSeconds));
    }
    return QJsonObject {{u"type"_s, u"interactive"_s},
        {u"interactive"_s,
            QJsonObject {
                {u"type"_s, u"call_permission_reply"_s}, {u"call_permission_reply"_s, reply}}}};
}

std::optional<QJsonObject> sharedContactInfo(
    const QJsonObject &request, const QString &waId, QString *error)
{
    const QJsonValue userId = request.value(u"user_id");
    if (!userId.isUndefined() && (!userId.isString() || userId.toString().isEmpty())) {
        *error = u"\"user_id\" must be the customer's business-scoped user ID"_s;
        return std::nullopt;
    }
    const QJsonObject phone {
        {u"phone"_s, QString(u'+' + waId)}, {u"wa_id"_s, waId}, {u"type"_s, u"CELL"_s}};
    const QJsonObject contact {
        {u"origin"_s, u"contact_request"_s}, {u"phones"_s, QJsonArray {phone}}};
    QJsonObject message {{u"type"_s, u"contacts"_s}, {u"contacts"_s, QJsonArray {contact}}};
    if (userId.isString())
        message.insert(u"from_user_id"_s, userId);
    return message;
}

} // namespace Wac::Sim::CallReplies
