// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/threadbubble.h"
#include "storage/inboxrecord.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QImage>

#include <functional>
#include <optional>

namespace Wac {

class InboxStore;

/**
 * One conversation's thread, theirs and ours in time order (row 0 the oldest shown), read from
 * SQL a page at a time: the newest page first, older ones as the user scrolls up. A reaction
 * whose message is shown becomes an emoji on that message instead of a row of its own.
 */
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, ///< the item's key: `inbound ? id : -id`
        WamidRole,
    };

    ThreadModel(
        const InboxStore *store, std::function<QDateTime()> clock, QObject *parent = nullptr);

    /// Shows `conversation`'s newest page (nothing for none).
    void setConversation(const std::optional<Conversation> &conversation);

    const std::optional<Conversation> &conversation() const { return m_conversation; }

    void setPageSize(int size) { m_pageSize = size; }

    bool hasOlder() const { return m_hasOlder; }

    /// Reads the page before the oldest message shown; how many messages it brought.
    int fetchOlder();
    /// Reads the newest page again: messages that came, and changes to the newest ones; `now`
    /// is the conversation as it is now (a number it gained finds more of ours).
    void refresh(const std::optional<Conversation> &now = std::nullopt);
    /// One of ours changed (a status, an answer): true when it is shown and was read again.
    bool outboundChanged(qint64 historyId);
    /// One of theirs changed (its media was fetched): true when it is shown.
    bool inboundChanged(qint64 inboundId);

    const ThreadItem *itemAt(int row) const;
    /// What the thread draws for `row`.
    ThreadBubble bubbleAt(int row) const;
    /// Goes up each time `row`'s message changes: a drawing of an older revision is stale.
    int revisionAt(int row) const;
    qint64 keyAt(int row) const;
    int rowOfKey(qint64 key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        ThreadItem item;
        int revision = 0; ///< new with every change of how it looks
        QString day; ///< its day's chip, when it is the first shown of its day
        mutable std::optional<QImage> picture; ///< read from the file once, when drawn
    };

    void replaceAll(const QList<ThreadItem> &newestFirst);
    /// Takes `entries` and works out the rows and the reactions on them again, in one reset.
    void rebuild(QList<Entry> entries);
    bool replace(const ThreadItem &item);
    int entryOf(qint64 key) const;
    const Entry *entryAt(int row) const;
    std::optional<PreviewOptions::Quote> quoteOf(const ThreadItem &item) const;
    /// The day chips and the reactions of the rows, worked out again; a row whose look
    /// changed with them gets a new revision.
    void decorate(const QHash<QString, QStringList> &reactionsBefore);

    const InboxStore *m_store;
    std::function<QDateTime()> m_clock;
    std::optional<Conversation> m_conversation;
    QList<Entry> m_entries; ///< every message read, oldest first
    QList<int> m_rows; ///< the entries shown as rows
    QHash<QString, QStringList> m_reactions; ///< WAMID → the emoji on it
    /// Revisions are never reused, so no drawing of another conversation's or an older
    /// state is ever taken for current.
    int m_revisions = 0;
    int m_pageSize = 40;
    bool m_hasOlder = false;
};

} // namespace Wac
