// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QColor>
#include <QString>

class QAction;
class QPalette;

/// Light and dark themes: the Fusion style with a palette of each, or the platform's own look.
namespace Wac::Theme {

enum class Mode
{
    System,
    Light,
    Dark
};

/// "system", "light", "dark"; anything else reads as System.
Mode fromName(const QString &name);
QString name(Mode mode);

void apply(Mode mode);
Mode current();

/// Applies the theme chosen last time (View → Theme).
void restore();

/// Makes the three View → Theme actions exclusive, checks the current one, and applies and
/// remembers a choice.
void setUpMenu(QAction *system, QAction *light, QAction *dark);

/// How good news reads: colours that keep their contrast on a light or a dark palette.
enum class Tone
{
    Neutral,
    Good,
    Uncertain,
    Bad,
};
/// The tone's colour for text on the palette's window or base: at least 4.5:1 against both in
/// the light and dark themes.
QColor toneColor(Tone tone, const QPalette &palette);

/// `color`, lightened or darkened only as far as it takes to read at 4.5:1 (WCAG 2 contrast) on
/// `background`: a field tinted red, or a platform palette whose colours the themes do not choose.
QColor readable(const QColor &color, const QColor &background);

} // namespace Wac::Theme
