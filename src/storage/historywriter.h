// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

/**
 * Which process wrote a pending history row, so that a console starting up marks "outcome
 * unknown" only the sends whose process is gone, never a `waconsole-cli send` (or another
 * console) still waiting for its answer on the same file.
 */
namespace Wac::HistoryWriter {

/// This process: "<pid>@<boot id>".
QString current();

/// True when `writer` is a process still running on this machine since the same boot. An empty
/// writer (rows of older versions) or one of another boot is never alive.
bool isAlive(const QString &writer);

} // namespace Wac::HistoryWriter
