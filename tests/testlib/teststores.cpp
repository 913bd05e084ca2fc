// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "teststores.h"

#include "storage/serverconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace TestStores {

namespace {

QString serverFolder()
{
    return qEnvironmentVariable("WACONSOLE_TEST_POSTGRES");
}

/// Runs `statements` as the server's administrator, from its own database.
bool administer(const QStringList &statements)
{
    const QString connection = u"teststores-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Wac::ServerConnection::driver(), connection);
        QString problem;
        ok = Wac::ServerConnection::open(db, server(), &problem);
        if (!ok)
            qWarning("cannot reach the run's PostgreSQL server: %s", qPrintable(problem));
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString endSessionsOn(const QString &database)
{
    return u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'"_s.arg(
        database);
}

} // namespace

bool postgres()
{
    return !serverFolder().isEmpty();
}

Wac::StoreLocation server(const QString &database)
{
    QFile file(serverFolder() + u"/connection"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the PostgreSQL server of this run is not there: %s", qPrintable(file.fileName()));
    // One line: host port user password (pgserver.sh writes it).
    const QStringList parts = QString::fromUtf8(file.readAll()).simplified().split(u' ');
    if (parts.size() != 4)
        qFatal("cannot read %s", qPrintable(file.fileName()));
    Wac::StoreLocation location;
    location.engine = Wac::StoreLocation::Engine::PostgreSQL;
    location.host = parts.at(0);
    location.port = parts.at(1).toInt();
    location.user = parts.at(2);
    location.password = parts.at(3);
    location.database = database;
    location.tlsMode = u"disable"_s; // a loopback server of the test's own, without a certificate
    return location;
}

Wac::StoreLocation overTls(const QString &database, const QString &authorities)
{
    Wac::StoreLocation location = server(database);
    location.host = u"localhost"_s;
    location.tlsMode = u"verify-full"_s;
    location.tlsAuthorities = authorities;
    return location;
}

QString authorities(const QString &name)
{
    return serverFolder() + u"/tls/"_s + name;
}

Wac::StoreLocation fresh(const QString &folder)
{
    if (!postgres())
        return Wac::StoreLocation::file(folder + u"/history.sqlite"_s);
    const QString name = u"store_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        const QString connection = u"teststores-"_s + name;
        QSqlDatabase db = QSqlDatabase::addDatabase(Wac::ServerConnection::driver(), connection);
        QString problem;
        if (!Wac::ServerConnection::open(db, server(), &problem))
            qFatal("cannot reach the run's PostgreSQL server: %s", qPrintable(problem));
        QSqlQuery query(db);
        if (!query.exec(u"CREATE DATABASE "_s + name))
            qFatal("CREATE DATABASE failed: %s", qPrintable(query.lastError().text()));
        query.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(connection);
    }
    return server(name);
}

bool endSessions(const Wac::StoreLocation &location)
{
    return administer({endSessionsOn(location.database)});
}

bool allowConnections(const QString &database, bool allow)
{
    const QString alter =
        u"ALTER DATABASE %1 ALLOW_CONNECTIONS %2"_s.arg(database, allow ? u"true" : u"false");
    return administer(allow ? QStringList {alter} : QStringList {alter, endSessionsOn(database)});
}

} // namespace TestStores
