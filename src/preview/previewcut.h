// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

namespace Wac {

/**
 * The part of a text the phone preview draws. Laying out text costs the preview far more per
 * character than an editor (each emoji is shaped from the colour font's bitmaps), and a body of
 * megabytes would hold the window for minutes; so the preview draws at most `maxCharacters`
 * characters; a text longer than that, which Meta never delivers, draws its first
 * `shownCharacters` characters, cut at a character boundary, and a note that says so. Only the
 * drawing is cut: the message, the JSON and what is sent keep the whole text, and the validator
 * counts all of it.
 */
struct PreviewCut
{
    /// The longest text Meta delivers (a template body that is its only component takes 32768
    /// characters; a text body 4096): up to it, drawn whole, however long that takes.
    static constexpr qsizetype maxCharacters = 32768;
    /// Drawn of a longer text: 4096 emoji take about a second to lay out, a quarter of them a
    /// quarter of that, and the bubble is already taller than the phone's screen.
    static constexpr qsizetype shownCharacters = 1024;

    QString shown;
    bool cut = false;

    static PreviewCut of(const QString &text, qsizetype limit = maxCharacters,
        qsizetype shownWhenCut = shownCharacters);
    /// What the preview writes under a cut text.
    static QString note(qsizetype limit = maxCharacters, qsizetype shownWhenCut = shownCharacters);
};

} // namespace Wac
