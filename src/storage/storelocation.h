// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>
#include <QStringList>

namespace Wac {

/// Where a store lives: an agent's own SQLite file (the default), or a team's PostgreSQL
/// database that several consoles share.
struct StoreLocation
{
    enum class Engine
    {
        SQLite,
        PostgreSQL,
    };

    static constexpr int defaultPort = 5432;

    Engine engine = Engine::SQLite;
    QString path; ///< SQLite: the file; empty in a profile, which means the default one
    QString host; ///< PostgreSQL: the server, its port, database and role
    int port = defaultPort;
    QString database;
    QString user;
    QString password; ///< from the keychain, never saved with the profile
    /// libpq's sslmode: verify-full checks the server's certificate and name.
    QString tlsMode = QStringLiteral("verify-full");
    /// verify-ca and verify-full: the authorities that may sign the server's certificate (a
    /// PEM file); empty: ~/.postgresql/root.crt when there is one, else the system's own.
    QString tlsAuthorities;

    static StoreLocation file(const QString &path)
    {
        StoreLocation location;
        location.path = path;
        return location;
    }

    bool isPostgres() const { return engine == Engine::PostgreSQL; }

    /// How messages name it: the file, or user@host:port/database (never the password).
    QString describe() const
    {
        if (!isPostgres())
            return path;
        return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    }

    /// The same store: the same file, or the same database on the same server.
    bool sameStore(const StoreLocation &other) const
    {
        if (engine != other.engine)
            return false;
        return isPostgres() ? host == other.host && port == other.port && database == other.database
                            : path == other.path;
    }

    /// libpq's sslmode values, weakest first.
    static QStringList tlsModes();
    /// The server is this computer (a loopback name or a Unix socket's folder).
    bool isLocalServer() const;
    /// Why a team store cannot be used as given (the field named), or an empty string.
    QString problem() const;

    /// The mode checks the server's certificate against `tlsAuthorities`.
    bool checksCertificate() const
    {
        return tlsMode.isEmpty() || tlsMode == QLatin1String("verify-ca")
            || tlsMode == QLatin1String("verify-full");
    }
};

} // namespace Wac
