// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/inbox.h"

#include "core/webhooks/webhookparser.h"

#include <QJsonDocument>

#include "services/historylog.h"
#include "services/templatelibrary.h"

namespace Wac {

Inbox::Inbox(HistoryLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_writer(log->store())
    , m_store(log->store())
    , m_deliveries(log->store())
{ }

bool Inbox::record(const QString &profile, const ReceivedDelivery &delivery)
{
    // The receiver has checked it is a JSON object; parsing again here keeps the two apart.
    const WebhookDelivery parsed =
        WebhookParser::parse(QJsonDocument::fromJson(delivery.body).object());
    const std::optional<RecordedDelivery> recorded =
        m_writer.record(profile, delivery.body, delivery.receivedAt, delivery.verified, parsed);
    if (!recorded)
        return false;
    m_log->announce(recorded->historyIds);
    for (const int i : recorded->newOtherIndexes) { // a retry's older status changes nothing
        const WebhookChange &change = parsed.others.at(i);
        if (m_templates && change.field == u"message_template_status_update")
            m_templates->applyStatusUpdate(profile, change.value);
    }
    for (const qint64 id : recorded->conversationIds)
        Q_EMIT conversationChanged(id);
    for (const qint64 id : recorded->mediaIds)
        Q_EMIT mediaWaiting(id);
    Q_EMIT received(profile, parsed, *recorded);
    return true;
}

bool Inbox::markRead(qint64 conversationId)
{
    const bool ok = m_writer.markRead(conversationId);
    if (ok)
        Q_EMIT conversationChanged(conversationId);
    return ok;
}

bool Inbox::setMedia(
    qint64 inboundId, InboundMedia state, const QString &path, const QString &error)
{
    const bool ok = m_writer.setMedia(inboundId, state, path, error);
    if (ok)
        Q_EMIT mediaChanged(inboundId);
    return ok;
}

} // namespace Wac
