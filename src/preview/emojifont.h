// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

/// Emoji in colour. Qt 6.4 takes each glyph from the first font that has one and ignores
/// U+FE0F, so a text font's monochrome hearts, stars and faces stand beside colour ones unless
/// the colour emoji fonts are asked for first.
namespace Wac::EmojiFont {

/// The colour emoji fonts: Noto Color Emoji (Linux), Apple Color Emoji, Segoe UI Emoji.
QStringList families();

/// `font` with the colour emoji fonts before its own family, for text that is only emoji (the
/// picker's buttons, a reaction): anything else still comes from `font`.
QFont forEmoji(QFont font);

struct Run
{
    int start = 0;
    int length = 0;
};

/// The parts of `text` a phone draws as colour emoji: pictographs, flags, symbols with U+FE0F,
/// and the symbols that are emoji by default (⭐, ✅, ⚡…); not U+FE0E text symbols, nor keycaps.
QList<Run> colourRuns(const QString &text);

} // namespace Wac::EmojiFont
