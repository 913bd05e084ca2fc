// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyfilter.h"
#include "storage/historyrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Wac {

class HistoryStore;

/**
 * The history, newest first, as a table that never holds the whole of it: rows arrive a page at
 * a time through fetchMore() (or fetchTo() for a jump), the model keeps only their ids, and row
 * contents are read from the store a page at a time into a small cache. Filtering is the store's
 * indexed SQL, never a scan in memory.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Profile,
        Recipient,
        Type,
        Text, ///< what the message says (messageSummary), elided by the view
        Wamid,
        Status,
        Error,
        ColumnCount,
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    /// Reads the first page at once, unless `later` (reload() reads it then).
    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr, bool later = false);

    void setFilter(const HistoryFilter &filter);

    const HistoryFilter &filter() const { return m_filter; }

    /// Rows matching the filter in the store, fetched or not.
    qint64 totalCount() const { return m_total; }

    /// True when a filtered count stopped at its cap: there are at least totalCount() rows.
    bool totalIsAtLeast() const;

    qint64 idAt(int row) const { return m_ids.value(row); }

    /// The row of `id` among the rows read so far, or -1.
    int rowOf(qint64 id) const;
    const HistoryRecord *recordAt(int row) const;
    /// The Text column of `row`.
    QString textAt(int row) const;
    /// Fetches until `row` exists (or the rows run out).
    void fetchTo(int row);
    /// A row was added or changed in the store: shows it if the filter takes it.
    void recordChanged(qint64 id);
    /// Reads everything again (after a delete, a clear or a retention run).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// What the Status column says of a record: the outcome, or the newest delivery status.
    static QString statusText(const HistoryRecord &record);

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    void append(qint64 count);
    void dropCachedPage(int row) const;

    HistoryStore *m_store;
    HistoryFilter m_filter;
    QList<qint64> m_ids;
    qint64 m_total = 0;
    bool m_more = false;

    struct Row
    {
        HistoryRecord record;
        QString text; ///< read from the request once, not at every paint
    };

    mutable QHash<int, QList<Row>> m_pages; ///< page index → its rows
    mutable QList<int> m_recent; ///< cached pages, most recently used last
};

} // namespace Wac
