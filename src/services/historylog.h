// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historydeletion.h"
#include "storage/historyrecord.h"

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

#include "services/heldanswers.h"

namespace Wac {

class HistoryStore;

/**
 * Every write to the history goes through here, and every change is announced here, whoever
 * made it: this process's sends, statuses and deletions (recordChanged / reset), and, once
 * watchOtherWriters() is on, what another process (the CLI, a second console) committed to the
 * same file. Readers (the History dock, conversations) listen instead of being told by each
 * writer.
 */
class HistoryLog : public QObject
{
    Q_OBJECT

public:
    /// `store` must be open and outlive the log.
    explicit HistoryLog(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryLog() override;

    HistoryStore *store() const { return m_store; }

    /// The new row's id, 0 when it could not be written (store()->lastError() says why).
    qint64 addPending(const HistoryEntry &entry);
    /// False when the answer could not be written; on a team store it is then kept and
    /// written when the server is back (see unfinished()).
    bool finish(qint64 id, const HistoryAnswer &answer);

    /// Answers that came while the team store was unreachable, still to be written.
    qsizetype unfinished() const { return m_held.size(); }

    /// Keeps those answers in `path` too (HeldAnswers), and writes what an earlier run of this
    /// console left there as soon as the store can be reached. False with the reason when the
    /// file cannot be read.
    bool keepHeldAnswersIn(const QString &path, QString *problem = nullptr);

    int markInterruptedUnknown();
    /// The rows deleted, or -1 when nothing was (deletionError() says why).
    int remove(const QList<qint64> &ids);
    bool clear();
    /// As remove().
    int removeOlderThan(int days, qint64 nowMs);

    /// Rows another writer of this process changed (a received status): recordChanged for each.
    void announce(const QList<qint64> &ids);

    /// Why the last remove(), clear() or removeOlderThan() deleted nothing.
    QString deletionError() const { return m_deletion.lastError(); }

    /// Moves a damaged file aside and starts a new one (HistoryStore::replaceDamaged); where
    /// the old file went, or empty.
    QString replaceDamaged(const QString &reason);

    /// Starts noticing commits by other processes (changedElsewhere() when one is seen). A team
    /// store's server is also looked at now and then, so that a restarted one is connected to
    /// again (and listened to) without waiting for the next send.
    void watchOtherWriters();

    /// How often a team store's connection is checked.
    static constexpr int serverCheckMs = 5000;

Q_SIGNALS:
    /// One row was added or given its answer or a status.
    void recordChanged(qint64 id);
    /// Rows went or changed in bulk here: read again.
    void reset();
    /// Another process committed to the file (a CLI send, another console): read again, and
    /// keep what the user was looking at.
    void changedElsewhere();
    /// A team store's server was lost (`reachable` false, `problem` saying how) or is back;
    /// while it is lost nothing is sent, since nothing could be recorded.
    void serverStateChanged(bool reachable, const QString &problem);

private:
    void fileTouched();
    qint64 dataVersion() const;
    void listenToServer();
    void checkServer();
    void noteServer(bool reachable);
    void finishDeferred();
    /// After the store connected again (a send found the server gone): listen again.
    void keepListening();

    HistoryStore *m_store;
    HistoryDeletion m_deletion;
    QFileSystemWatcher m_watcher;
    qint64 m_dataVersion = -1;
    QTimer m_serverCheck;
    int m_listenedGeneration = -1; ///< the connection the notices are subscribed on
    bool m_serverReachable = true;
    bool m_watchingServer = false; ///< watchOtherWriters() on a team store
    HeldAnswers m_held;
};

} // namespace Wac
