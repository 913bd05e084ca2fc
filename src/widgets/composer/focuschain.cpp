// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/focuschain.h"

#include "widgets/composer/repeatedlist.h"

#include <QWidget>

namespace Wac::FocusChain {

namespace {

/// A widget Tab stops at. One that hands its focus to another is represented by that one; a
/// stop's own children (an editable combo box's line edit) belong to it and are not walked.
bool stopsTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

QList<QWidget *> parts(const QWidget *w)
{
    if (const auto *list = qobject_cast<const RepeatedList *>(w))
        return list->tabParts();
    return w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
}

void collect(QWidget *w, QList<QWidget *> &out)
{
    if (stopsTab(w)) {
        out.append(w);
        return;
    }
    for (QWidget *child : parts(w)) {
        if (!child->isWindow())
            collect(child, out);
    }
}

} // namespace

QList<QWidget *> of(QWidget *root)
{
    QList<QWidget *> out;
    collect(root, out);
    return out;
}

void arrange(QWidget *before, QWidget *root)
{
    QWidget *previous = before;
    for (QWidget *w : of(root)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace Wac::FocusChain
