// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/inboxrecord.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <functional>

namespace Wac {

class InboxStore;

/**
 * Every customer who wrote, newest first, read a page at a time as the list scrolls (never the
 * whole of it), optionally only those a search finds. A conversation that changes moves to its
 * place without a reset, so the list keeps its selection and scroll.
 */
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    ConversationListModel(
        const InboxStore *store, std::function<QDateTime()> clock, QObject *parent = nullptr);

    /// Reads the first page: at once unless the list waits for the window's first paint.
    void reload();
    /// Reads again as many rows as are shown (another process wrote; nothing says what).
    void reloadShown();
    void setSearch(const QString &search);

    QString search() const { return m_search; }

    void setPageSize(int size) { m_pageSize = size; }

    /// The conversation was written to: read it again and move it where it now belongs (or
    /// out, when the search no longer finds it).
    void conversationChanged(qint64 id);

    const Conversation *at(int row) const;
    int rowOf(qint64 id) const;

    /// The time the rows' windows are counted against.
    qint64 nowMs() const { return m_clock().toMSecsSinceEpoch(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    bool matches(const Conversation &conversation) const;
    /// Where `c` goes among the rows, `skip` aside; -1 past the rows read while more remain.
    int placeOf(const Conversation &c, int skip) const;

    const InboxStore *m_store;
    std::function<QDateTime()> m_clock;
    QString m_search;
    QList<Conversation> m_rows;
    int m_pageSize = 100;
    bool m_more = false;
};

} // namespace Wac
