// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QString>

#include <optional>

class QTextStream;

namespace Wac::Cli {

/// `conversations [--profile NAME] [--with NUMBER|BSUID] [--limit N] [--format table|json]`:
/// every customer who wrote, newest first, or with `--with` that customer's thread (theirs and
/// ours, oldest first, the newest N), read from the profile's store (none: the history file the
/// window and `listen` write). Never changes it.
int conversations(const std::optional<Profile> &profile, const QString &with, qint64 limit,
    const QString &format, QTextStream &out, QTextStream &err);

} // namespace Wac::Cli
