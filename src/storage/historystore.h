// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyfile.h"
#include "storage/historyfilter.h"
#include "storage/historyrecord.h"
#include "storage/sqldialect.h"
#include "storage/storelocation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Wac {

/**
 * The history of sent messages: one SQLite file (WAL), or a team's PostgreSQL database; a
 * versioned schema migrated in a transaction, prepared statements only. A send is written as
 * pending before its request leaves and updated with its answer, so a crash in between leaves a row
 * that the next start marks "outcome unknown". A lock is not damage: a busy file is waited for,
 * then left alone; only a file SQLite reports damaged is moved aside (by the window only), never
 * overwritten.
 */
class HistoryStore
{
public:
    explicit HistoryStore(const QString &path);
    explicit HistoryStore(const StoreLocation &location);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /// `waconsole/history.sqlite` in the user's data folder (`~/.local/share` on Linux).
    static QString defaultPath();

    /// What open() may do to the file.
    enum class Mode
    {
        Window, ///< creates or migrates; a file SQLite reports damaged is moved aside
        Writer, ///< creates or migrates (a CLI send, listen); never moves a file
        ReadOnly, ///< reads the file as it is: never creates, migrates or moves it
    };
    using Failure = HistoryFile::Failure;

    /// How long a lock held by another program is waited for before the history is busy.
    static constexpr int defaultBusyTimeoutMs = 5000;

    /**
     * Opens the file as `mode` allows. In Window mode a file SQLite reports damaged is moved
     * aside and a fresh one created; `notice` then says so, naming where the old file went.
     * False when the file cannot be used: `failure()` says whether it is busy, damaged (and
     * left as it was) or otherwise unusable, `lastError()` says it in words.
     */
    bool open(QString *notice = nullptr, Mode mode = Mode::Window);
    bool isOpen() const;

    /// Whether the store can be written now. A team store whose server went away (restarted,
    /// a network cut) is connected again, in the mode it was opened in; when that fails too,
    /// false with lastError() saying the server is unreachable.
    bool reachable();

    Failure failure() const { return m_failure; }

    /// For the next open(): how long to wait for another program's lock.
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }

    QString path() const { return m_location.path; }

    const StoreLocation &location() const { return m_location; }

    /// How this store's engine says what differs.
    SqlDialect dialect() const { return SqlDialect(m_location.engine); }

    QString lastError() const { return m_error; }

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
    bool openFile(Mode mode, QString *problem);
    bool openServer(Mode mode, QString *problem);
    /// Reads the schema's version and creates or migrates it as `mode` allows.
    bool useSchema(QSqlDatabase &db, Mode mode, QString *problem);
    bool prepareSchema(QSqlDatabase &db, int version, Mode mode, QString *problem);
    bool fail(Failure failure, const QString &detail, QString *problem);
    void close();

    StoreLocation m_location;
    QString m_connection;
    QString m_error;
    Failure m_failure = Failure::None;
    Mode m_mode = Mode::Window;
    QString m_writer; ///< what a pending row names as its writer (HistoryWriter)
    int m_busyTimeoutMs = defaultBusyTimeoutMs;
    int m_generation = 0;
};

} // namespace Wac
