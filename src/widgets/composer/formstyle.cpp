// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/formstyle.h"

#include <QLabel>

namespace Wac::FormStyle {

void polish(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->property("wacHint").toBool()) {
            // A palette role, not a colour: it follows the light and dark themes.
            label->setForegroundRole(QPalette::PlaceholderText);
            QFont font = label->font();
            font.setPointSizeF(font.pointSizeF() * 0.92);
            label->setFont(font);
        } else if (label->property("wacHeading").toBool()) {
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
        }
    }
}

} // namespace Wac::FormStyle
