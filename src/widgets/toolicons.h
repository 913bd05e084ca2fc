// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QIcon>

class QPalette;

namespace Wac::ToolIcons {

enum class Kind
{
    Up,
    Down,
    Remove,
    Add,
    Copy,
    Eye,
};

/// A small line icon drawn in the palette's button text colour, so it reads in light and dark
/// themes alike (redraw it when the palette changes).
QIcon icon(Kind kind, const QPalette &palette);

} // namespace Wac::ToolIcons
