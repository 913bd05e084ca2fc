// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QList>

class QWidget;

/**
 * The Tab order of a composer page. Qt's chain follows the order widgets were made in, and a
 * widget made after its window was built (an element added to a list, a template's form, a
 * page opened later) joins the end of the window's chain: Tab would jump from it to the
 * window's first field. A page is therefore chained again whenever its widgets change.
 */
namespace Wac::FocusChain {

/// The widgets under `root` Tab stops at, in reading order: each widget's children in the order
/// they were made, a RepeatedList's elements in their current order (an element's fields, then
/// its Move up, Move down and Remove buttons), then its Add button.
QList<QWidget *> of(QWidget *root);

/// Chains of(`root`) right after `before`, so that Tab goes from `before` through them in order
/// and then on to what followed `before`; Shift+Tab goes the same way back.
void arrange(QWidget *before, QWidget *root);

} // namespace Wac::FocusChain
