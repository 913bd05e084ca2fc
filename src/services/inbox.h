// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/webhooks/webhookdelivery.h"
#include "storage/deliverystore.h"
#include "storage/inboxrecord.h"
#include "storage/inboxstore.h"
#include "storage/inboxwriter.h"

#include <QObject>

#include "services/receiveddelivery.h"

namespace Wac {

class HistoryLog;
class TemplateLibrary;

/**
 * What the console received: each verified delivery read and committed (InboxWriter) before its
 * answer goes back, and every change announced, so the conversation view, the History dock and
 * `waconsole-cli listen` follow without being told by the receiver. Reading goes through store().
 */
class Inbox : public QObject
{
    Q_OBJECT

public:
    /// `log` must outlive the inbox; its store is the file written to.
    explicit Inbox(HistoryLog *log, QObject *parent = nullptr);

    HistoryLog *log() const { return m_log; }

    /// Reads and commits `delivery` as received by `profile`'s receiver; false when it could
    /// not be committed (lastError()): then nothing of it was, and Meta is to retry.
    bool record(const QString &profile, const ReceivedDelivery &delivery);

    /// Template status webhooks update this library (none: they are only kept).
    void setTemplates(TemplateLibrary *templates) { m_templates = templates; }

    /// The user has seen this conversation.
    bool markRead(qint64 conversationId);
    /// A customer's media file was fetched (`path`) or failed (`error`).
    bool setMedia(qint64 inboundId, InboundMedia state, const QString &path, const QString &error);

    const InboxStore &store() const { return m_store; }

    /// Where a team store's media files are on this computer (InboxStore::setMediaFolder).
    void setMediaFolder(const QString &folder) { m_store.setMediaFolder(folder); }

    const DeliveryStore &deliveries() const { return m_deliveries; }

    QString lastError() const { return m_writer.lastError(); }

Q_SIGNALS:
    /// One delivery was committed; `parsed` is what it held, `recorded` what was new in it.
    void received(const QString &profile, const Wac::WebhookDelivery &parsed,
        const Wac::RecordedDelivery &recorded);
    /// A conversation got a message, was read, or one of its messages changed.
    void conversationChanged(qint64 conversationId);
    /// A customer's message's media is waiting to be fetched.
    void mediaWaiting(qint64 inboundId);
    void mediaChanged(qint64 inboundId);

private:
    HistoryLog *m_log;
    TemplateLibrary *m_templates = nullptr;
    InboxWriter m_writer;
    InboxStore m_store;
    DeliveryStore m_deliveries;
};

} // namespace Wac
