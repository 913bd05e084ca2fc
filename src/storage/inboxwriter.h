// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/webhooks/webhookdelivery.h"
#include "storage/conversationmatcher.h"
#include "storage/inboxrecord.h"
#include "storage/preparedstatements.h"

#include <optional>

namespace Wac {

class HistoryStore;

/**
 * Writes what the webhook receiver accepted into the history file, each delivery in one
 * transaction: the raw body, each status once (a retry of the same delivery changes nothing),
 * each customer message once, its conversation, and the other changes. The receiver answers
 * Meta only once record() has returned, so nothing answered 200 is ever lost.
 */
class InboxWriter
{
public:
    /// `history` must be open and outlive the writer.
    explicit InboxWriter(HistoryStore *history);

    /// Records one delivery; empty when it could not be committed (lastError() says why), and
    /// then nothing of it was.
    std::optional<RecordedDelivery> record(const QString &profile, const QByteArray &body,
        qint64 receivedAt, bool verified, const WebhookDelivery &delivery);
    bool setMedia(qint64 inboundId, InboundMedia state, const QString &path, const QString &error);
    /// The conversation has been read: its unread count goes to 0.
    bool markRead(qint64 conversationId);

    QString lastError() const { return m_error; }

private:
    bool recordStatus(
        const WebhookStatus &status, qint64 receivedAt, qint64 deliveryId, RecordedDelivery &out);
    bool recordMessage(const QString &profile, const WebhookMessage &message, qint64 receivedAt,
        qint64 deliveryId, RecordedDelivery &out);
    bool fail(const QSqlQuery &query);

    HistoryStore *m_history;
    PreparedStatements m_prepared;
    ConversationMatcher m_matcher;
    QString m_error;
};

} // namespace Wac
