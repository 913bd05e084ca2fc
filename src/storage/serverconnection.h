// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QSqlDatabase;

namespace Wac {

struct StoreLocation;

/// A team store's connection to its PostgreSQL server (QtSql's QPSQL driver, libpq beneath).
namespace ServerConnection {

/// The driver's name, for QSqlDatabase::addDatabase().
QString driver();

/// The authorities file `location`'s certificate check trusts: the profile's own, else none
/// (libpq's ~/.postgresql/root.crt or PGSSLROOTCERT), else the system's bundle; empty when the
/// mode checks no certificate.
QString authoritiesFor(const StoreLocation &location);

/// Opens `db` on `location`; false with the server's own words in `problem`.
bool open(QSqlDatabase &db, const StoreLocation &location, QString *problem);

/// Takes (or gives back) the schema's advisory lock for this session: two consoles starting
/// together must not both create or migrate the schema. Taking waits for the other.
bool lockSchema(QSqlDatabase &db, QString *problem);
void unlockSchema(QSqlDatabase &db);

/// Holds a lock for as long as this session lives, and names the session by it: another
/// console tells a send still in flight (its writer holds the lock) from one whose console
/// stopped before the answer. The name is what HistoryStore writes as a pending row's writer.
QString holdWriterLock(QSqlDatabase &db, QString *problem);

/// Whether the session `writer` (as holdWriterLock() named it) still holds its lock.
bool writerAlive(QSqlDatabase &db, const QString &writer);

} // namespace ServerConnection

} // namespace Wac
