// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QString>

#include <optional>

class QTextStream;

namespace Wac::Cli {

/// `history [--profile NAME] [--filter EXPR] [--limit N] [--format table|csv|json]`: the newest
/// sends first, read from the profile's store (none: the history file the window writes).
/// Never changes it.
int history(const std::optional<Profile> &profile, const QString &filter, qint64 limit,
    const QString &format, QTextStream &out, QTextStream &err);

} // namespace Wac::Cli
