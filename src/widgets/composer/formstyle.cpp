// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/formstyle.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>

namespace Wac::FormStyle {

void polish(QWidget *root)
{
    // Text boxes keep their natural height; a page's spare room goes below its last field.
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>()) {
        QSizePolicy policy = edit->sizePolicy();
        policy.setVerticalPolicy(QSizePolicy::Preferred);
        edit->setSizePolicy(policy);
    }
    // A field too wide to sit beside its label goes under it, rather than making the page wider
    // than the composer (a 1024 px window in Russian leaves it about 410 px).
    for (QFormLayout *form : root->findChildren<QFormLayout *>())
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
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

void alignForms(QWidget *page)
{
    QList<QLabel *> labels;
    int width = 0;
    for (QFormLayout *form : page->findChildren<QFormLayout *>()) {
        QWidget *owner = form->parentWidget();
        bool grouped = false;
        for (QWidget *w = owner; w && w != page; w = w->parentWidget())
            grouped = grouped || qobject_cast<QGroupBox *>(w);
        if (grouped)
            continue;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                // The label now fills the column: its text takes the form's alignment.
                label->setAlignment(form->labelAlignment());
                labels.append(label);
                width = std::max(width, label->sizeHint().width());
            }
        }
    }
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

} // namespace Wac::FormStyle
