// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QToolButton>

namespace Wac {

/**
 * A flat (auto-raise) tool button that shows when it has the keyboard focus. Styles draw a
 * flat button's focus faintly or not at all (Fusion: a thin grey outline inside the icon's
 * box, next to invisible in the dark theme), so Tab seemed to get lost on Move and Remove.
 * The frame is the palette's highlight colour: it follows the light and dark themes.
 */
class FocusToolButton : public QToolButton
{
    Q_OBJECT

public:
    using QToolButton::QToolButton;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Wac
