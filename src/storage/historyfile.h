// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace Wac {

/**
 * The history file itself, apart from what is in it: whether SQLite finds it busy or damaged,
 * making it private to its owner, and moving a damaged one aside. A lock is not damage: only
 * SQLite's own word (SQLITE_CORRUPT, SQLITE_NOTADB, a failed check) makes a file damaged.
 */
class HistoryFile
{
public:
    /// Why a file could not be used.
    enum class Failure
    {
        None,
        Busy, ///< another connection holds a lock longer than the busy timeout
        Damaged, ///< SQLite says the file is corrupt or not a database
        Unusable, ///< anything else: permissions, a newer schema, a migration refused
        Stopped, ///< a HistoryCheck was told to stop before SQLite had its answer
    };

    /// SQLite's result code in `error` (extended or not) as one of the above.
    static Failure classify(const QSqlError &error);

    /// Asks SQLite what is wrong with the open `db` after something failed: busy (reading, or
    /// unless `readOnly` taking the write lock), damaged (`quick_check`), or neither.
    static Failure diagnose(QSqlDatabase &db, bool readOnly, QString *detail);

    /// Makes the folder (0700) and the empty file (0600) when they do not exist yet: it holds
    /// customers' messages. SQLite gives its -wal and -shm the file's own mode.
    static bool createPrivate(const QString &path, QString *problem);

    /// Renames `path` (and its -wal and -shm) to `path.damaged-STAMP`, never over an earlier
    /// one; where it went, or empty when it could not be moved.
    static QString moveAside(const QString &path);
};

} // namespace Wac
