// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/inboxrecord.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace Wac {

class HistoryStore;

/**
 * Reads what was received, paged in SQL so that a million messages cost what a page does: the
 * conversations newest first, a thread (theirs and ours in time order), a message's statuses,
 * InboxWriter writes them; DeliveryStore reads the raw deliveries.
 */
class InboxStore
{
public:
    /// `history` must be open and outlive the store.
    explicit InboxStore(const HistoryStore *history);

    /// Where a page ends: pass the last row's `lastAt` and `id` to get the next one.
    struct Cursor
    {
        qint64 at = 0; ///< 0: from the newest
        qint64 id = 0;
    };

    /// Up to `limit` conversations, newest first, after `from`. A `search` keeps those whose
    /// name, username, number or BSUID contains it, or whose messages hold its words.
    QList<Conversation> conversations(const QString &search, Cursor from, int limit) const;
    std::optional<Conversation> conversation(qint64 id) const;
    /// The conversation of this business number (any, when empty) with `recipient` (digits,
    /// "+…", a BSUID or a group ID); the most recent one when several numbers have it.
    std::optional<Conversation> find(const QString &phoneNumberId, const QString &recipient) const;
    qint64 conversationCount() const;

    /// Up to `limit` messages of `conversation`, newest first, older than `before` (whose `id`
    /// is a ThreadItem's `inbound ? id : -id`, so theirs and ours never collide).
    QList<ThreadItem> thread(const Conversation &conversation, Cursor before, int limit) const;
    /// A customer's message by its WAMID (to quote it in a reply).
    std::optional<ThreadItem> inbound(const QString &wamid) const;
    std::optional<ThreadItem> inbound(qint64 id) const;
    qint64 inboundCount() const;
    /// Customer messages whose media is still to be fetched, oldest first.
    QList<ThreadItem> pendingMedia(int limit) const;
    /// What fetching the media of customer message `inboundId` needs; none without the row.
    std::optional<MediaSource> mediaSource(qint64 inboundId) const;

    /// Every status received for `wamid`, oldest first.
    QList<StatusRow> statuses(const QString &wamid) const;

    QString lastError() const { return m_error; }

    /// The folder the files named by a team store's rows are in on this computer (each console
    /// fetches its own, in a folder of that store); a file store's rows hold whole paths.
    void setMediaFolder(const QString &folder) { m_mediaFolder = folder; }

private:
    /// `item` with its media file found on this computer.
    ThreadItem located(ThreadItem item) const;
    QString localPath(const QString &stored) const;
    QList<ThreadItem> inboundWhere(const QString &condition, const QVariantList &binds) const;
    qint64 count(const QString &table) const;

    const HistoryStore *m_history;
    QString m_mediaFolder;
    mutable QString m_error;
};

} // namespace Wac
