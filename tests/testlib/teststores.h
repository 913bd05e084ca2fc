// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/storelocation.h"

#include <QString>

/// The store suite runs twice: on SQLite files, and on the PostgreSQL server that
/// tests/postgres/pgserver.sh starts for the run (WACONSOLE_TEST_POSTGRES names its folder).
namespace TestStores {

/// Whether this run is the PostgreSQL one.
bool postgres();

/// A new, empty store: `folder`/history.sqlite, or a new database on the run's server.
Wac::StoreLocation fresh(const QString &folder);

/// The run's server as its superuser sees it, on database `database` (tests that act as the
/// server's administrator: stopping a backend, reading what a store wrote).
Wac::StoreLocation server(const QString &database = QStringLiteral("postgres"));

/// The run's server on `database` over TLS, checked as a team's server is (verify-full, the
/// name `localhost`, which its certificate carries), trusting the authorities in `authorities`.
Wac::StoreLocation overTls(const QString &database, const QString &authorities);

/// A file of certificate authorities pgserver.sh made: `ca.crt`, the one that signed the
/// server's certificate, or `other-ca.crt`, which signed nothing of the server's.
QString authorities(const QString &name = QStringLiteral("ca.crt"));

/// Ends every session on `location`'s database, as a server restart does to them.
bool endSessions(const Wac::StoreLocation &location);

/// Lets the run's server take connections to `database` again, or refuse them (as a server
/// that is down does) after ending the ones it has.
bool allowConnections(const QString &database, bool allow);

} // namespace TestStores

/// What only an SQLite file does (WAL, locks, damage, migrating old files): skipped on the
/// server, saying why.
#define WAC_SQLITE_ONLY()                                                                          \
    do {                                                                                           \
        if (TestStores::postgres())                                                                \
            QSKIP("an SQLite file's own behaviour");                                               \
    } while (false)
