// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historyfile.h"

#include "core/coretr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// SQLite's primary result codes (sqlite3.h); an extended code keeps its primary in the low byte.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

/// The first row of `pragma`: empty when it said "ok", else its words (or SQLite's error).
HistoryFile::Failure runCheck(QSqlDatabase &db, const QString &pragma, QString *detail)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        *detail = query.lastError().text();
        const HistoryFile::Failure failure = HistoryFile::classify(query.lastError());
        return failure == HistoryFile::Failure::None ? HistoryFile::Failure::Unusable : failure;
    }
    if (query.next() && query.value(0).toString() != u"ok") {
        *detail = query.value(0).toString();
        return HistoryFile::Failure::Damaged;
    }
    return HistoryFile::Failure::None;
}

} // namespace

HistoryFile::Failure HistoryFile::classify(const QSqlError &error)
{
    if (!error.isValid())
        return Failure::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Failure::Unusable;
    if (code == sqliteBusy || code == sqliteLocked)
        return Failure::Busy;
    if (code == sqliteCorrupt || code == sqliteNotADatabase)
        return Failure::Damaged;
    return Failure::Unusable;
}

HistoryFile::Failure HistoryFile::diagnose(QSqlDatabase &db, bool readOnly, QString *detail)
{
    const Failure read = runCheck(db, u"PRAGMA quick_check(1)"_s, detail);
    if (read != Failure::None)
        return read;
    if (readOnly)
        return Failure::Unusable;
    // Readable and whole: what remains is whether another program keeps the write lock (in WAL
    // a reader never waits, a writer does).
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        *detail = query.lastError().text();
        return classify(query.lastError()) == Failure::Busy ? Failure::Busy : Failure::Unusable;
    }
    query.exec(u"ROLLBACK"_s);
    return Failure::Unusable;
}

bool HistoryFile::createPrivate(const QString &path, QString *problem)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFileInfo::exists(folder)) {
        const QFileInfo folderInfo(folder);
        if (!QDir().mkpath(folderInfo.absolutePath())
            || !QDir().mkdir(folder, ownerOnly | QFile::ExeOwner)) {
            *problem = Tr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
    if (info.exists())
        return true;
    // Made here, not by SQLite, whose new file would take the umask (often world-readable).
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) && !info.exists()) {
        *problem = file.errorString();
        return false;
    }
    return true;
}

QString HistoryFile::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = path + u".damaged-"_s + stamp;
    for (int n = 2; QFile::exists(target); ++n) // never overwrite an earlier one
        target = path + u".damaged-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

} // namespace Wac
