// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyfile.h"

#include <QMutex>
#include <QString>

#include <atomic>

struct sqlite3;

namespace Wac {

/**
 * SQLite's full integrity check of a history file, on its own read-only connection, that can be
 * stopped. It reads the whole file (seconds at a million rows), so the window runs it in a thread
 * after it has painted; quitting then must not wait for it to finish.
 */
class HistoryCheck
{
public:
    HistoryCheck(const QString &path, int busyTimeoutMs);

    /// Runs the check (on any thread, once): None when it passed, Stopped when stop() ended it
    /// (before it began, or SQLite answered "interrupted"), else Busy or Damaged (or Unusable)
    /// with SQLite's words in `detail`. An answer SQLite gave in full is given as it is.
    HistoryFile::Failure run(QString *detail);

    /// From any thread: a running check ends within milliseconds, one not yet begun ends
    /// before it reads the file. SQLite drops an interrupt that comes in the microseconds
    /// between the check's start and its statement's first step, so whoever waits for the
    /// check says stop() again while it waits.
    void stop();

private:
    /// SQLite's busy handler: waits for another program's lock in steps, up to the timeout,
    /// and not at all once stopped.
    static int busy(void *check, int attempts);

    QString m_path;
    int m_busyTimeoutMs;
    std::atomic<bool> m_stopped {false};
    QMutex m_mutex; ///< guards m_connection: it is interrupted only while it is open
    sqlite3 *m_connection = nullptr;
};

} // namespace Wac
