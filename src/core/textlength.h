// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

/// Lengths as the user sees them: limits count characters, never bytes or UTF-16 units.
namespace Wac::TextLength {

/// Number of user-perceived characters (extended grapheme clusters): "👍🏽" and
/// "👨‍👩‍👧" count 1.
qsizetype graphemes(const QString &text);

/// True when `text` is exactly one grapheme cluster and that cluster is an emoji
/// (pictograph with optional modifiers/ZWJ sequence, a flag, or a keycap).
bool isSingleEmoji(const QString &text);

/// True when any character of `text` is an emoji pictograph.
bool containsEmoji(const QString &text);

} // namespace Wac::TextLength
