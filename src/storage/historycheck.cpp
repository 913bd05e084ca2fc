// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historycheck.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// SQLite's result code for a statement sqlite3_interrupt ended (sqlite3.h's SQLITE_INTERRUPT).
constexpr int sqliteInterrupt = SQLITE_INTERRUPT;
// How long the busy handler sleeps between two tries of another program's lock.
constexpr int busyStepMs = 10;

/// The connection Qt's SQLite driver opened, which it hands out as "sqlite3*".
sqlite3 *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

HistoryCheck::HistoryCheck(const QString &path, int busyTimeoutMs)
    : m_path(path)
    , m_busyTimeoutMs(qMax(0, busyTimeoutMs))
{ }

int HistoryCheck::busy(void *check, int attempts)
{
    auto *self = static_cast<HistoryCheck *>(check);
    if (self->m_stopped.load() || qint64(attempts) * busyStepMs >= self->m_busyTimeoutMs)
        return 0;
    QThread::msleep(busyStepMs);
    return 1;
}

void HistoryCheck::stop()
{
    const QMutexLocker lock(&m_mutex);
    m_stopped.store(true);
    if (m_connection)
        sqlite3_interrupt(m_connection);
}

HistoryFile::Failure HistoryCheck::run(QString *detail)
{
    using Failure = HistoryFile::Failure;
    if (m_stopped.load())
        return Failure::Stopped;
    const QString name =
        u"waconsole-history-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Failure failure = Failure::None;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(
            u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
        if (!db.open()) {
            *detail = db.lastError().text();
            failure = HistoryFile::classify(db.lastError());
            failure = failure == Failure::None ? Failure::Unusable : failure;
        } else {
            {
                const QMutexLocker lock(&m_mutex);
                m_connection = connectionOf(db);
                // sqlite3_interrupt does not cut a wait for another program's lock short: our
                // own handler waits in steps, and gives up at once when stopped.
                if (m_connection)
                    sqlite3_busy_handler(m_connection, &HistoryCheck::busy, this);
            }
            QSqlQuery query(db);
            if (m_stopped.load()) {
                failure = Failure::Stopped;
            } else if (!query.exec(u"PRAGMA integrity_check(5)"_s)) {
                *detail = query.lastError().text();
                failure = (query.lastError().nativeErrorCode().toInt() & 0xff) == sqliteInterrupt
                    ? Failure::Stopped
                    : HistoryFile::classify(query.lastError());
                failure = failure == Failure::None ? Failure::Unusable : failure;
            } else if (query.next() && query.value(0).toString() != u"ok") {
                *detail = query.value(0).toString();
                failure = Failure::Damaged;
            }
        }
        {
            const QMutexLocker lock(&m_mutex);
            m_connection = nullptr;
        }
        // Only what SQLite itself ended is Stopped: an answer it gave in full is the answer.
        if (failure == Failure::Stopped)
            detail->clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace Wac
