// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QTextStream;

namespace Wac::Cli {

/// `conversations [--with NUMBER|BSUID] [--limit N] [--format table|json]`: every customer who
/// wrote, newest first, or with `--with` that customer's thread (theirs and ours, oldest first,
/// the newest N), read from the history file the window and `listen` write. Never changes it.
int conversations(
    const QString &with, qint64 limit, const QString &format, QTextStream &out, QTextStream &err);

} // namespace Wac::Cli
