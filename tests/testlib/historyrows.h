// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyrecord.h"

#include <QStringList>

namespace Wac {
class HistoryStore;
}

/// Rows the history's tests write, as the window and the receiver write them.
namespace HistoryRows {

/// A text send of `body` to `to` from the Sandbox at `at` (ms since the epoch).
Wac::HistoryEntry entry(const QString &to, const QString &body, qint64 at = 1763380800000);

/// A status webhook for `wamid`, as the receiver records it (`atMs` in whole seconds).
void addStatus(Wac::HistoryStore &store, const QString &wamid, const QString &status, qint64 atMs);

/// Graph's answer accepting a send as `wamid`.
Wac::HistoryAnswer accepted(const QString &wamid);

/// An SQLite table's columns, "name TYPE" each, in their order.
QStringList columnsOf(Wac::HistoryStore &store, const QString &table);

/// Five sends on five days from 2026-11-10: 1 accepted text to +1 555, 2 a failed template to
/// +55 from Production, 3 unknown, 4 pending, 5 accepted to +1 555 and read.
void fill(Wac::HistoryStore &store);

} // namespace HistoryRows
