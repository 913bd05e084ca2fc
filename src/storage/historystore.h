// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyfilter.h"
#include "storage/historyrecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Wac {

/**
 * The history of sent messages: one SQLite file (WAL), a versioned schema migrated in a
 * transaction, prepared statements only. A send is written as pending before its request leaves
 * and updated with its answer, so a crash in between leaves a row that the next start marks
 * "outcome unknown". A file that cannot be opened or read is moved aside, never overwritten.
 */
class HistoryStore
{
public:
    explicit HistoryStore(const QString &path);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /// `waconsole/history.sqlite` in the user's data folder (`~/.local/share` on Linux).
    static QString defaultPath();

    /**
     * Opens the file, creating or migrating its schema. A damaged file is moved aside and a fresh
     * one created; `notice` then says so, naming where the old file went. False only when no
     * usable file could be made (`lastError()` says why).
     */
    bool open(QString *notice = nullptr);
    bool isOpen() const;

    QString path() const { return m_path; }

    QString lastError() const { return m_error; }

    /// Runs SQLite's integrity check on its own connection (any thread); empty when it passed.
    static QString checkIntegrity(const QString &path);
    /// Closes, moves the file aside and starts a fresh one; returns where it went (or empty).
    QString replaceDamaged(const QString &reason);

    /// Rows a previous run left pending (it stopped before the answer) become Unknown.
    int markInterruptedUnknown();

    qint64 addPending(const HistoryEntry &entry); ///< the new row's id, 0 on failure
    bool finish(qint64 id, const HistoryAnswer &answer);

    std::optional<HistoryRecord> record(qint64 id) const;
    QList<HistoryRecord> records(const QList<qint64> &ids) const; ///< in the order of `ids`
    /// Up to `limit` ids matching `filter`, newest first, older than `beforeId` (0: the newest).
    QList<qint64> ids(const HistoryFilter &filter, qint64 beforeId, qint64 limit) const;
    /// Rows matching `filter`; with a `cap`, counting stops there (a return of `cap` means
    /// "at least").
    qint64 count(const HistoryFilter &filter, qint64 cap = 0) const;
    /// Like ids(), but whole rows in one query (for reading many rows in order).
    QList<HistoryRecord> page(const HistoryFilter &filter, qint64 beforeId, qint64 limit) const;
    bool matches(const HistoryFilter &filter, qint64 id) const;
    std::optional<qint64> findWamid(const QString &wamid) const;
    QList<HistoryStatusEvent> timeline(const QString &wamid) const;
    /// The newest send since `sinceMs` with `profile` of exactly `requestJson` (compact) to
    /// `recipient` that did not fail: the same message about to go out twice.
    std::optional<HistoryRecord> findRecentSame(const QString &profile, const QString &recipient,
        const QByteArray &requestJson, qint64 sinceMs) const;

    QSqlDatabase database() const;

    /// Changes each time the file is (re)opened: statements prepared on an earlier connection
    /// are to be prepared again.
    int generation() const { return m_generation; }

private:
    bool openFile(QString *problem);
    void close();
    QString moveAside();

    QString m_path;
    QString m_connection;
    QString m_error;
    int m_generation = 0;
};

} // namespace Wac
