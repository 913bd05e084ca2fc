// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/historylog.h"

#include "storage/historystore.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Wac {

HistoryLog::HistoryLog(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_deletion(store)
{ }

HistoryLog::~HistoryLog() = default;

qint64 HistoryLog::addPending(const HistoryEntry &entry)
{
    const qint64 id = m_store->addPending(entry);
    noteServer(id > 0 || !m_store->location().isPostgres());
    keepListening();
    if (id > 0)
        Q_EMIT recordChanged(id);
    return id;
}

bool HistoryLog::finish(qint64 id, const HistoryAnswer &answer)
{
    const bool ok = m_store->finish(id, answer);
    keepListening();
    if (ok) {
        Q_EMIT recordChanged(id);
        return true;
    }
    // A store that found its server gone has closed its connection (HistoryStore::reachable).
    if (m_store->location().isPostgres() && !m_store->isOpen()) {
        // The answer came while the team's server was away: the row stays pending there (never
        // lost, never silently "sent"), and the answer is written once the server is back.
        m_held.append(id, answer);
        noteServer(false);
    }
    return false;
}

void HistoryLog::finishDeferred()
{
    while (!m_held.isEmpty()) {
        const auto [id, answer] = m_held.first();
        const bool written = m_store->finish(id, answer);
        if (!written && !m_store->isOpen())
            return; // away again: the next check tries again
        m_held.removeFirst(); // written, or its row is gone (deleted meanwhile)
        if (written)
            Q_EMIT recordChanged(id);
    }
}

bool HistoryLog::keepHeldAnswersIn(const QString &path, QString *problem)
{
    if (!m_held.keepIn(path)) {
        if (problem)
            *problem = m_held.lastError();
        return false;
    }
    // An earlier run's answers: their rows may have been marked unknown since (its start, or
    // another console's); the answer is the truth, and finish() puts it there.
    if (!m_held.isEmpty() && m_store->isOpen())
        finishDeferred();
    return true;
}

void HistoryLog::announce(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        Q_EMIT recordChanged(id);
}

int HistoryLog::markInterruptedUnknown()
{
    const int marked = m_store->markInterruptedUnknown();
    if (marked > 0)
        Q_EMIT reset();
    return marked;
}

int HistoryLog::remove(const QList<qint64> &ids)
{
    const int removed = m_deletion.remove(ids);
    if (removed > 0)
        Q_EMIT reset();
    return removed;
}

bool HistoryLog::clear()
{
    const bool ok = m_deletion.clear();
    if (ok)
        Q_EMIT reset();
    return ok;
}

int HistoryLog::removeOlderThan(int days, qint64 nowMs)
{
    const int removed = m_deletion.removeOlderThan(days, nowMs);
    if (removed > 0)
        Q_EMIT reset();
    return removed;
}

QString HistoryLog::replaceDamaged(const QString &reason)
{
    const QString movedTo = m_store->replaceDamaged(reason);
    if (!m_watcher.files().isEmpty()) {
        // A new file, a new inode: watch it and forget the old one's version.
        m_watcher.removePaths(m_watcher.files());
        watchOtherWriters();
    }
    Q_EMIT reset();
    return movedTo;
}

qint64 HistoryLog::dataVersion() const
{
    // SQLite's data_version changes when another connection commits, not on this one's own
    // writes: exactly "someone else wrote".
    QSqlQuery query(m_store->database());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void HistoryLog::watchOtherWriters()
{
    if (m_store->location().isPostgres()) {
        // A console that started while the server was away has said so already.
        m_watchingServer = true;
        m_serverReachable = m_store->isOpen();
        if (m_serverReachable)
            listenToServer();
        m_serverCheck.setInterval(serverCheckMs);
        connect(
            &m_serverCheck, &QTimer::timeout, this, &HistoryLog::checkServer, Qt::UniqueConnection);
        m_serverCheck.start();
        return;
    }
    // In WAL mode every commit, from any process, writes the -wal file; the watcher wakes us
    // and data_version tells another process's commit from our own.
    m_dataVersion = dataVersion();
    const QString path = m_store->path();
    m_watcher.addPaths({path, path + u"-wal"_s});
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &HistoryLog::fileTouched,
        Qt::UniqueConnection);
}

void HistoryLog::listenToServer()
{
    // A team store's triggers NOTIFY at each commit; the driver tells another session's notice
    // (another console, a `listen` on a server) from this connection's own.
    m_listenedGeneration = m_store->generation();
    QSqlDriver *driver = m_store->database().driver();
    driver->subscribeToNotification(SqlDialect::changeChannel());
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
            if (source == QSqlDriver::OtherSource)
                Q_EMIT changedElsewhere();
        });
}

void HistoryLog::checkServer()
{
    bool reachable = m_store->reachable();
    if (reachable) {
        finishDeferred();
        reachable = m_held.isEmpty();
    }
    noteServer(reachable);
    if (reachable)
        keepListening();
}

void HistoryLog::noteServer(bool reachable)
{
    if (reachable == m_serverReachable)
        return;
    m_serverReachable = reachable;
    Q_EMIT serverStateChanged(reachable, reachable ? QString() : m_store->lastError());
}

void HistoryLog::keepListening()
{
    if (!m_watchingServer || !m_store->isOpen() || m_store->generation() == m_listenedGeneration)
        return;
    // Connected again: what others wrote meanwhile was never announced.
    listenToServer();
    Q_EMIT changedElsewhere();
}

void HistoryLog::fileTouched()
{
    const QString wal = m_store->path() + u"-wal"_s;
    if (!m_watcher.files().contains(wal) && QFileInfo::exists(wal))
        m_watcher.addPath(wal); // a checkpoint may have removed and made it again
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changedElsewhere();
}

} // namespace Wac
