// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Wac {

/// What became of a send, as far as the console knows. Stored as these integers.
enum class HistoryOutcome
{
    Pending = 0, ///< the row is written, the answer has not come yet
    Accepted = 1, ///< the API took it (a WAMID came back); not "delivered"
    Failed = 2, ///< the API said no, or the request never left
    Unknown = 3, ///< it may have gone out: no complete answer came (or the console stopped)
};

/// What is known before the request leaves.
struct HistoryEntry
{
    qint64 createdAt = 0; ///< UTC milliseconds since the epoch
    QString profile;
    QString phoneNumberId;
    QString recipient; ///< as typed
    QString type; ///< the message type's key, e.g. "text" or "interactive.list"
    QByteArray requestJson; ///< the request body; it never holds a token
    QString callbackData; ///< biz_opaque_callback_data
    QString repliedTo; ///< context.message_id
    QString agent; ///< who sent it, as the team sees them (Profile::agentName)
};

/// What came back.
struct HistoryAnswer
{
    HistoryOutcome outcome = HistoryOutcome::Unknown;
    int httpStatus = 0;
    QByteArray responseJson; ///< the answer's body as received (empty when none came)
    QString wamid;
    QString waId;
    QString messageStatus; ///< accepted / held_for_quality_assessment / paused
    int errorCode = 0;
    QString errorMessage; ///< the server's own words, or what happened on the way
    QString fbtraceId;
    /// The console's own stable code when it alone knows what became of the send
    /// (HistoryReason::interrupted); translated only where it is shown (HistoryReason::text).
    QString errorReason;
};

/// One row of the history: the entry, its answer and its latest delivery status.
struct HistoryRecord
{
    qint64 id = 0;
    HistoryEntry entry;
    HistoryAnswer answer;
    QString lastStatus; ///< the newest status of the timeline (sent, delivered, read, failed)
};

/// One step of a message's status timeline (from webhooks, or as the console saw it).
struct HistoryStatusEvent
{
    QString wamid;
    QString status;
    qint64 at = 0; ///< UTC milliseconds
    int errorCode = 0;
    QString errorMessage;
};

} // namespace Wac
