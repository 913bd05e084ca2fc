// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

class QWidget;

/// The look the forms share, applied once after setupUi(): labels marked `wacHint` in the .ui
/// read as quiet help text, labels marked `wacHeading` as section headings.
namespace Wac::FormStyle {

void polish(QWidget *root);

} // namespace Wac::FormStyle
