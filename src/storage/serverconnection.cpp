// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/serverconnection.h"

#include "core/coretr.h"
#include "storage/storelocation.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Wac::ServerConnection {

namespace {

// The advisory locks' keys: "waco" and "wacw" in ASCII, so that another program's locks never
// meet ours. A writer's lock is the pair (writerLockKey, the session's process id).
constexpr qint64 schemaLockKey = 0x7761636f;
constexpr int writerLockKey = 0x77616377;
const QString writerPrefix = QStringLiteral("pg:");

// libpq before 16 knows no "system" root: verify-full without a root.crt fails on every
// server, signed or not. These are where the systems keep the authorities they trust.
QString systemAuthorities()
{
    for (const QString &bundle :
        {u"/etc/ssl/certs/ca-certificates.crt"_s, u"/etc/pki/tls/certs/ca-bundle.crt"_s,
            u"/etc/ssl/ca-bundle.pem"_s, u"/etc/ssl/cert.pem"_s}) {
        if (QFile::exists(bundle))
            return bundle;
    }
    return {};
}

// A conninfo value in quotes, so that a space in a path stays in it.
QString quoted(QString value)
{
    value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

} // namespace

QString authoritiesFor(const StoreLocation &location)
{
    if (!location.checksCertificate())
        return {};
    if (!location.tlsAuthorities.isEmpty())
        return location.tlsAuthorities;
    // libpq's own default comes first, as for psql.
    const QString own = QDir::homePath() + u"/.postgresql/root.crt"_s;
    if (QFile::exists(own) || qEnvironmentVariableIsSet("PGSSLROOTCERT"))
        return {};
    return systemAuthorities();
}

QString driver()
{
    return u"QPSQL"_s;
}

bool open(QSqlDatabase &db, const StoreLocation &location, QString *problem)
{
    if (!QSqlDatabase::isDriverAvailable(driver())) {
        *problem = Tr::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)");
        return false;
    }
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(location.password);
    // libpq's own options; an unreachable server is reported in seconds, not minutes, and a
    // link that died without a word is noticed by TCP keepalives rather than never.
    QString options = u"sslmode=%1;connect_timeout=5;keepalives_idle=10;keepalives_interval=5;"
                      "keepalives_count=2;application_name=waconsole"_s.arg(
                          location.tlsMode.isEmpty() ? u"verify-full"_s : location.tlsMode);
    if (const QString authorities = authoritiesFor(location); !authorities.isEmpty())
        options += u";sslrootcert="_s + quoted(authorities);
    db.setConnectOptions(options);
    if (db.open())
        return true;
    *problem = db.lastError().text().trimmed();
    return false;
}

bool lockSchema(QSqlDatabase &db, QString *problem)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(schemaLockKey)))
        return true;
    *problem = query.lastError().text();
    return false;
}

void unlockSchema(QSqlDatabase &db)
{
    QSqlQuery(db).exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(schemaLockKey));
}

QString holdWriterLock(QSqlDatabase &db, QString *problem)
{
    QSqlQuery query(db);
    if (query.exec(
            u"SELECT pg_advisory_lock(%1, pg_backend_pid()), pg_backend_pid()"_s.arg(writerLockKey))
        && query.next())
        return writerPrefix + query.value(1).toString();
    *problem = query.lastError().text();
    return {};
}

bool writerAlive(QSqlDatabase &db, const QString &writer)
{
    bool ok = false;
    const qint64 pid =
        writer.startsWith(writerPrefix) ? writer.mid(writerPrefix.size()).toLongLong(&ok) : 0;
    if (!ok || pid <= 0)
        return false; // not a session's name: a row copied from an agent's own file
    // pg_locks shows every session's locks to every role, unlike pg_stat_activity.
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = :key "
                  "AND objid = :pid AND objsubid = 2 AND granted"_s);
    query.bindValue(u":key"_s, writerLockKey);
    query.bindValue(u":pid"_s, pid);
    // When the server cannot say, the writer is taken for alive: its row stays pending.
    return !query.exec() || query.next();
}

} // namespace Wac::ServerConnection
