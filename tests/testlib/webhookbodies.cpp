// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "webhookbodies.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac::Test {

namespace {

QByteArray envelope(const QString &phoneNumberId, QJsonObject value)
{
    value.insert(u"messaging_product"_s, u"whatsapp"_s);
    value.insert(u"metadata"_s,
        QJsonObject {
            {u"display_phone_number"_s, u"15550783881"_s}, {u"phone_number_id"_s, phoneNumberId}});
    const QJsonObject change {{u"field"_s, u"messages"_s}, {u"value"_s, value}};
    const QJsonObject body {{u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
            QJsonArray {QJsonObject {
                {u"id"_s, u"102290129340398"_s}, {u"changes"_s, QJsonArray {change}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject WebhookBodies::contact(const QString &waId, const QString &name)
{
    return {{u"profile"_s, QJsonObject {{u"name"_s, name}}}, {u"wa_id"_s, waId}};
}

QJsonObject WebhookBodies::message(const QString &waId, const QString &wamid, qint64 seconds,
    const QString &type, const QJsonValue &part)
{
    return {{u"from"_s, waId}, {u"id"_s, wamid}, {u"timestamp"_s, QString::number(seconds)},
        {u"type"_s, type}, {type, part}};
}

QJsonObject WebhookBodies::text(
    const QString &waId, const QString &wamid, qint64 seconds, const QString &body)
{
    return message(waId, wamid, seconds, u"text"_s, QJsonObject {{u"body"_s, body}});
}

QJsonObject WebhookBodies::status(const QString &wamid, const QString &status, qint64 seconds,
    const QString &recipient, int errorCode)
{
    QJsonObject entry {{u"id"_s, wamid}, {u"status"_s, status},
        {u"timestamp"_s, QString::number(seconds)}, {u"recipient_id"_s, recipient}};
    if (errorCode != 0) {
        entry.insert(u"errors"_s,
            QJsonArray {
                QJsonObject {{u"code"_s, errorCode}, {u"title"_s, u"Re-engagement message"_s},
                    {u"message"_s, u"Re-engagement message"_s},
                    {u"error_data"_s,
                        QJsonObject {{u"details"_s,
                            u"Message failed to send because more than 24 hours have passed since "
                            "the customer last replied to this number."_s}}}}});
    }
    return entry;
}

QByteArray WebhookBodies::messages(const QJsonArray &messages, const QJsonArray &contacts) const
{
    return envelope(phoneNumberId, {{u"contacts"_s, contacts}, {u"messages"_s, messages}});
}

QByteArray WebhookBodies::statuses(const QJsonArray &statuses) const
{
    return envelope(phoneNumberId, {{u"statuses"_s, statuses}});
}

} // namespace Wac::Test
