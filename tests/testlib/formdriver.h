// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/messagetype.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace Wac {
class MainWindow;
}

/**
 * Drives the window's forms as a user would, by object name. A path walks down from a root:
 * `sectionsList/1/itemsList/0/titleLineEdit` is the title of the first row of the second
 * section (a number picks an element of a repeated list, with its `moveUpToolButton`,
 * `moveDownToolButton` and `removeToolButton`; `add` is the list's own Add button).
 */
namespace Wac::Test {

/// The widget `path` names under `root`, or nullptr.
QWidget *field(QWidget *root, const QString &path);

/**
 * Runs steps on the current page: `path=text` types text (keyClicks, after clearing it),
 * `path!` clicks, `path@value` chooses the combo item whose data (or text) is `value`.
 * Returns an empty string, or what went wrong.
 */
QString drive(QWidget *root, const QStringList &steps);

/// Clicks the type in the window's type list.
void chooseType(MainWindow &window, MessageType type);

/// The current page of the window.
QWidget *currentPage(MainWindow &window);

} // namespace Wac::Test
