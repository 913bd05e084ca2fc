// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/problemlist.h"

#include "core/diagnosticplace.h"

#include <QLabel>
#include <QStyle>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int pointerRole = Qt::UserRole;
constexpr int codeRole = Qt::UserRole + 1;

} // namespace

ProblemList::ProblemList(QTreeWidget *tree, QLabel *label, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_label(label)
{
    const auto choose = [this](QTreeWidgetItem *item) {
        if (const auto action = m_actions.constFind(item->data(0, codeRole).toString());
            action != m_actions.cend()) {
            action->run();
            return;
        }
        Q_EMIT activated(item->data(0, pointerRole).toString());
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, choose);
    connect(m_tree, &QTreeWidget::itemClicked, this, choose);
}

void ProblemList::show(const QList<Diagnostic> &diagnostics, const QJsonObject &body)
{
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    int errors = 0;
    for (const Diagnostic &d : diagnostics) {
        const QString where = d.pointer.isEmpty() ? QString() : d.pointer + u"  "_s;
        const QString place = placeOf(body, d.pointer);
        //: A problem in the Problems list: where it is ("Section 2, row 1"), then what it is.
        auto *item = new QTreeWidgetItem(
            m_tree, {place.isEmpty() ? d.message : tr("%1: %2").arg(place, d.message)});
        item->setData(0, pointerRole, d.pointer);
        item->setData(0, codeRole, d.code);
        // The whole problem too: a narrow list elides it.
        QString tip = item->text(0) + u"\n"_s + where + u'[' + d.code + u']';
        if (const auto action = m_actions.constFind(d.code); action != m_actions.cend())
            tip += u"\n"_s + action->hint;
        item->setToolTip(0, tip);
        item->setIcon(0,
            m_tree->style()->standardIcon(
                d.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        errors += d.isError() ? 1 : 0;
    }
    m_tree->setUpdatesEnabled(true);
    const int warnings = int(diagnostics.size()) - errors;
    m_label->setText(diagnostics.isEmpty()
            ? tr("P&roblems: none, ready to send")
            : tr("P&roblems: %1 errors, %2 warnings").arg(errors).arg(warnings));
}

void ProblemList::setAction(const QString &code, const QString &hint, std::function<void()> action)
{
    m_actions.insert(code, {hint, std::move(action)});
}

} // namespace Wac
