// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Wac {

/// Where a customer's media file is, as the console fetches it. Stored as these integers.
enum class InboundMedia
{
    None = 0, ///< the message carries no media
    Pending = 1, ///< to be fetched (its URL expires in minutes)
    Fetched = 2, ///< in the cache, checked against its sha256
    Failed = 3, ///< the fetch failed; `mediaError` says why, and it can be retried
};

/// One customer (or group) who wrote to one business number: a row of the conversation list.
struct Conversation
{
    qint64 id = 0;
    QString profile; ///< the profile whose receiver saw them first
    QString phoneNumberId; ///< the business number they wrote to
    QString waId; ///< phone digits; empty when hidden
    QString userId; ///< BSUID
    QString groupId;
    QString name;
    QString username;
    qint64 lastAt = 0; ///< UTC ms of the newest message either way
    qint64 lastInboundAt = 0; ///< UTC ms of their newest message: the 24-hour window's start
    QString lastText;
    QString lastType;
    bool lastFromUs = false;
    int unread = 0;

    /// What to send to: "+<digits>", else the BSUID, else the group ID.
    QString address() const
    {
        if (!waId.isEmpty())
            return u'+' + waId;
        return userId.isEmpty() ? groupId : userId;
    }
};

/// One message of a thread, theirs or ours, in time order.
struct ThreadItem
{
    bool inbound = true;
    qint64 id = 0; ///< the `inbound` row, or the history's `messages` row for ours
    qint64 at = 0; ///< UTC ms
    QString wamid;
    QString type;
    QString text;
    QString contextId; ///< the message it quotes or reacts to
    QByteArray json; ///< theirs as received, ours as sent
    bool understood = true;
    // Ours only:
    int outcome = 0; ///< HistoryOutcome
    QString status; ///< the newest delivery status (sent, delivered, read, failed…)
    int errorCode = 0; ///< the failure's code, from the answer or the failed status
    QString errorMessage;
    QString agent; ///< who of the team sent it (Profile::agentName), or empty
    // Theirs only:
    InboundMedia media = InboundMedia::None;
    QString mediaId;
    QString mediaMimeType;
    QString mediaPath; ///< on this computer (a team store's rows name only the file)
    bool mediaHere = false; ///< the file is at mediaPath now
    QString mediaError;
};

/// What fetching a customer's media file needs to know of its message.
struct MediaSource
{
    qint64 inboundId = 0;
    QString profile; ///< the profile whose receiver took the message: its token fetches it
    QString mediaId;
    QString mimeType; ///< as the webhook said
    QString sha256; ///< as the webhook said: base64, or hex
    InboundMedia state = InboundMedia::None;
    QString path; ///< where it was fetched to, on this computer
};

/// One accepted webhook POST, as it arrived.
struct DeliveryRow
{
    qint64 id = 0;
    qint64 receivedAt = 0;
    QString profile;
    bool verified = false;
    int statuses = 0; ///< how many it held (retries included)
    int messages = 0;
    int others = 0;
    QByteArray body;
};

/// What one delivery changed, for whoever shows it.
struct RecordedDelivery
{
    qint64 deliveryId = 0;
    int newStatuses = 0; ///< not counting the ones a retry brought again
    int newMessages = 0;
    int others = 0; ///< other changes not seen before
    QList<qint64> historyIds; ///< the sent messages whose status moved
    QList<qint64> conversationIds; ///< the conversations that got a message
    QList<qint64> mediaIds; ///< the `inbound` rows whose media is to be fetched
    /// Which of the delivery's statuses and messages (their indexes in WebhookDelivery) were
    /// new, so that a follower (`listen`) reports each one once however often Meta retries.
    QList<int> newStatusIndexes;
    QList<int> newMessageIndexes;
    QList<int> newOtherIndexes;
};

/// One step of a message's status timeline, with what Graph said of a failure.
struct StatusRow
{
    QString wamid;
    QString status;
    qint64 at = 0;
    int errorCode = 0;
    QString errorMessage;
    QByteArray json; ///< the status object as received
};

} // namespace Wac
