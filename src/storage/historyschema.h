// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace Wac::HistorySchema {

/// The schema this build writes. 1 was the first release's (see tests/data/history); 3 added
/// `error_reason`, the console's own code for an outcome (HistoryAnswer::errorReason); 4 the
/// writer of a pending row; 5 what is received (InboxSchema); 6 a send's agent and a copied
/// row's origin (StoreCopy); 7 a team store's words in stored columns (SqlDialect::storedWords).
inline constexpr int currentVersion = 7;

/// The store's own ID (a UUID made when it was created or reached version 6): where its rows
/// come from when they are copied elsewhere. Empty when it cannot be read.
QString storeId(QSqlDatabase &db);

/// The schema version `db` holds: 0 when it is empty, -1 when it cannot be read; `error` then
/// holds SQLite's reason when it gave one (none: the file is a database, but not a history).
int version(QSqlDatabase &db, QSqlError *error = nullptr);

/// Creates the current schema in an empty database, in one transaction.
bool create(QSqlDatabase &db, QString *error);

/// Brings a database at `fromVersion` to the current one, in one transaction; on any failure it
/// is rolled back and the file is left as it was.
bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

/// The text a message is searched by: every string of the request but the envelope's.
QString searchableText(const QByteArray &requestJson);

/// `text`, never null: SQLite's NOT NULL columns take an empty string, not a null one.
QString orEmpty(const QString &text);

} // namespace Wac::HistorySchema
