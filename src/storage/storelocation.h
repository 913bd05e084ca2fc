// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

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

    Engine engine = Engine::SQLite;
    QString path; ///< SQLite: the file
    QString host; ///< PostgreSQL: the server, its port, database and role
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< from the keychain, never saved with the profile
    /// libpq's sslmode: verify-full checks the server's certificate and name.
    QString tlsMode = QStringLiteral("verify-full");

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
};

} // namespace Wac
