// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QTextStream;

namespace Wac::Cli {

/// `history [--filter EXPR] [--limit N] [--format table|csv|json]`: the newest sends first, read
/// from the history file the window writes. Never changes it.
int history(
    const QString &filter, qint64 limit, const QString &format, QTextStream &out, QTextStream &err);

} // namespace Wac::Cli
