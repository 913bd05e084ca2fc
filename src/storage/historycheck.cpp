// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historycheck.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

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
            }
            QSqlQuery query(db);
            if (m_stopped.load()) {
                failure = Failure::Stopped;
            } else if (!query.exec(u"PRAGMA integrity_check(5)"_s)) {
                *detail = query.lastError().text();
                failure = HistoryFile::classify(query.lastError());
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
        if (m_stopped.load() && failure != Failure::Damaged) {
            detail->clear();
            failure = Failure::Stopped;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace Wac
