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
QColor toneColor(Tone tone, const QPalette &palette);

} // namespace Wac::Theme
