// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "listenevents.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac::Cli {

namespace {

QByteArray line(const QJsonObject &event)
{
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QJsonObject statusEvent(const WebhookStatus &s)
{
    QJsonObject event {{u"event"_s, u"status"_s}, {u"wamid"_s, s.wamid}, {u"status"_s, s.status},
        {u"timestamp"_s, s.raw.value(u"timestamp")},
        {u"recipient"_s, s.recipientId.isEmpty() ? s.recipientUserId : s.recipientId}};
    if (!s.errors.isEmpty())
        event.insert(u"errors"_s, s.errors);
    if (!s.pricing.isEmpty())
        event.insert(u"pricing"_s, s.pricing);
    if (!s.callbackData.isEmpty())
        event.insert(u"biz_opaque_callback_data"_s, s.callbackData);
    return event;
}

QJsonObject messageEvent(const WebhookMessage &m)
{
    QJsonObject event {{u"event"_s, u"message"_s}, {u"wamid"_s, m.wamid},
        {u"from"_s, m.from.isEmpty() ? m.fromUserId : m.from}, {u"type"_s, m.type},
        {u"timestamp"_s, m.raw.value(u"timestamp")}};
    if (m.type == u"text"_s)
        event.insert(u"text"_s, m.text);
    if (!m.contextId.isEmpty())
        event.insert(u"context"_s, m.contextId);
    if (!m.fromUserId.isEmpty() && !m.from.isEmpty())
        event.insert(u"user_id"_s, m.fromUserId);
    if (!m.contact.name.isEmpty())
        event.insert(u"name"_s, m.contact.name);
    if (!m.mediaId.isEmpty())
        event.insert(u"media_id"_s, m.mediaId);
    if (!m.understood)
        event.insert(u"understood"_s, false);
    return event;
}

} // namespace

QByteArrayList listenEvents(const WebhookDelivery &parsed, const RecordedDelivery &recorded)
{
    QByteArrayList lines;
    for (const int i : recorded.newStatusIndexes)
        lines << line(statusEvent(parsed.statuses.at(i)));
    for (const int i : recorded.newMessageIndexes)
        lines << line(messageEvent(parsed.messages.at(i)));
    for (const int i : recorded.newOtherIndexes)
        lines << line({{u"event"_s, u"other"_s}, {u"field"_s, parsed.others.at(i).field}});
    return lines;
}

} // namespace Wac::Cli
