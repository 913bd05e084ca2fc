// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QSqlQuery;

namespace Wac {

class HistoryStore;

/**
 * What takes rows out of the history file: a selection, everything, or what is past the
 * retention (with what was received in that time), each in one transaction that either does
 * it all or nothing; and the file's compaction afterwards.
 */
class HistoryDeletion
{
public:
    /// `store` must be open and outlive this.
    explicit HistoryDeletion(HistoryStore *store);

    /// Deletes these rows and their timelines: the number deleted, or -1 when it failed and
    /// nothing was deleted (lastError() says why).
    int remove(const QList<qint64> &ids);
    /// Deletes every send; false when it failed and nothing was deleted.
    bool clear();
    /// Deletes sends older than `days` days before `nowMs`, and the raw deliveries, other
    /// changes and foreign statuses received before then: as remove().
    int removeOlderThan(int days, qint64 nowMs);
    /// Gives freed pages back to the file system (VACUUM).
    bool compact();

    QString lastError() const { return m_error; }

private:
    /// Runs `work` in a transaction, committed only when it returns true; otherwise, or when the
    /// begin or commit fails, rolled back with `m_error` saying why.
    bool inTransaction(const std::function<bool(QSqlQuery &)> &work);

    HistoryStore *m_store;
    QString m_error;
};

} // namespace Wac
