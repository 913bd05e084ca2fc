// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "formdriver.h"

#include "widgets/composer/composerpage.h"
#include "widgets/composer/itemeditor.h"
#include "widgets/composer/repeatedlist.h"
#include "widgets/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Wac::Test {

QWidget *field(QWidget *root, const QString &path)
{
    QWidget *at = root;
    for (const QString &segment : path.split(u'/')) {
        if (!at)
            return nullptr;
        auto *list = qobject_cast<RepeatedList *>(at);
        bool isIndex = false;
        const int index = segment.toInt(&isIndex);
        if (list && isIndex) {
            // The element's frame: its editor and its Move and Remove buttons.
            at = list->item(index) ? list->item(index)->parentWidget() : nullptr;
        } else if (list && segment == u"add"_s) {
            at = list->findChild<QAbstractButton *>(u"addPushButton"_s, Qt::FindDirectChildrenOnly);
        } else {
            at = at->findChild<QWidget *>(segment);
        }
    }
    return at;
}

QString drive(QWidget *root, const QStringList &steps)
{
    for (const QString &step : steps) {
        const qsizetype eq = step.indexOf(u'=');
        const qsizetype at = step.indexOf(u'@');
        if (step.endsWith(u'!')) {
            auto *button = qobject_cast<QAbstractButton *>(field(root, step.chopped(1)));
            if (!button)
                return u"no button "_s + step;
            // A check box takes clicks on its box and its text, not on the rest of its row.
            const QPoint where =
                button->isCheckable() ? QPoint(8, button->height() / 2) : button->rect().center();
            QTest::mouseClick(button, Qt::LeftButton, {}, where);
        } else if (eq > 0 && (at < 0 || eq < at)) {
            QWidget *target = field(root, step.left(eq));
            if (auto *combo = qobject_cast<QComboBox *>(target))
                target = combo->lineEdit();
            else if (qobject_cast<QAbstractSpinBox *>(target))
                target = target->findChild<QLineEdit *>();
            if (auto *line = qobject_cast<QLineEdit *>(target))
                line->clear();
            else if (auto *text = qobject_cast<QPlainTextEdit *>(target))
                text->clear();
            else
                return u"no text field "_s + step;
            target->setFocus();
            QTest::keyClicks(target, step.mid(eq + 1));
        } else if (at > 0) {
            auto *combo = qobject_cast<QComboBox *>(field(root, step.left(at)));
            if (!combo)
                return u"no combo box "_s + step;
            const QString value = step.mid(at + 1);
            int index = combo->findData(value);
            if (index < 0)
                index = combo->findText(value);
            if (index < 0)
                return u"no item "_s + step;
            combo->setCurrentIndex(index);
        } else {
            return u"cannot read step "_s + step;
        }
    }
    return {};
}

void chooseType(MainWindow &window, MessageType type)
{
    auto *tree = window.findChild<QTreeWidget *>(u"typeTreeWidget"_s);
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toInt() == int(type)) {
            const QRect rect = tree->visualItemRect(*it);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
            return;
        }
    }
}

QWidget *currentPage(MainWindow &window)
{
    auto *stack = window.findChild<QStackedWidget *>(u"pageStack"_s);
    auto *scroll = qobject_cast<QScrollArea *>(stack->currentWidget());
    return scroll ? scroll->widget() : nullptr;
}

} // namespace Wac::Test
