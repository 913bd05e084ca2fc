// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QStringList>

class QWidget;

namespace Wac::Test {

/**
 * Every visible text under `root` that the user cannot read whole, as "path “text”: why": a
 * label narrower than its text (or, word-wrapped, lower than its lines at its width), a button
 * whose text runs into its frame, indicator or icon, a tab cut or pushed off its bar, a group
 * title wider than its box, or any of them reaching past an edge that clips it (a scroll area's
 * side; pages may be taller than their scroll area, which scrolls down).
 */
QStringList clippedTexts(const QWidget *root);

/// The object names from the window down to `widget`, joined with '/'.
QString widgetPath(const QWidget *widget);

} // namespace Wac::Test
