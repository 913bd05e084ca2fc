// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

class QWidget;

/// The look the forms share, applied once after setupUi(): labels marked `wacHint` in the .ui
/// read as quiet help text, labels marked `wacHeading` as section headings.
namespace Wac::FormStyle {

void polish(QWidget *root);

/// Gives the labels of every form on a page one width, so that fields of consecutive forms
/// (the shared interactive fields, then the action's) start on the same line. Forms inside
/// group boxes keep their own column.
void alignForms(QWidget *page);

} // namespace Wac::FormStyle
