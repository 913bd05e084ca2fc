// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/typelist.h"

#include "widgets/composer/composerregistry.h"

#include <QCoreApplication>
#include <QStyle>
#include <QTreeWidget>

namespace Wac {

namespace {

constexpr int typeRole = Qt::UserRole;

} // namespace

TypeList::TypeList(QTreeWidget *tree, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
{
    fill();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, typeRole).isValid())
            Q_EMIT chosen(MessageType(item->data(0, typeRole).toInt()));
    });
}

void TypeList::fill()
{
    QHash<QString, QTreeWidgetItem *> groups;
    for (const ComposerEntry &entry : composerEntries()) {
        QTreeWidgetItem *parent = nullptr;
        if (entry.group) {
            const QString group = QString::fromLatin1(entry.group);
            parent = groups.value(group);
            if (!parent) {
                parent = new QTreeWidgetItem(
                    m_tree, {QCoreApplication::translate("ComposerRegistry", entry.group)});
                parent->setFlags(Qt::ItemIsEnabled); // a heading, not a type
                groups.insert(group, parent);
            }
        }
        const QString title = QCoreApplication::translate("ComposerRegistry", entry.title);
        auto *item =
            parent ? new QTreeWidgetItem(parent, {title}) : new QTreeWidgetItem(m_tree, {title});
        item->setData(0, typeRole, int(entry.type));
        m_items.insert(entry.type, item);
    }
    m_tree->expandAll();
    // Wide enough for the longest title in the current language: none is elided.
    const QAbstractItemView *view = m_tree; // sizeHintForColumn() is public here
    m_tree->setMinimumWidth(view->sizeHintForColumn(0) + m_tree->indentation()
        + 2 * m_tree->frameWidth() + m_tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

void TypeList::show(MessageType type)
{
    const QSignalBlocker blocker(m_tree);
    if (QTreeWidgetItem *item = m_items.value(type)) {
        // The type on show is always offered: a loaded pin arrives before its group recipient,
        // and a disabled item cannot be the current one.
        item->setDisabled(false);
        m_tree->setCurrentItem(item);
    } else
        m_tree->clearSelection();
}

void TypeList::offer(bool group, MessageType current)
{
    // Meta's groups take text, media and templates, and only a group's messages are pinned:
    // the types the recipient cannot receive are not offered (the one on show stays, and the
    // validator says why it cannot be sent).
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        QString reason;
        if (group && isInteractive(it.key()))
            reason = tr("A group receives text, media and templates only.");
        else if (!group && it.key() == MessageType::Pin)
            reason = tr("Only a group's messages are pinned: choose Group beside the recipient.");
        it.value()->setDisabled(!reason.isEmpty() && it.key() != current);
        it.value()->setToolTip(0, reason);
    }
}

} // namespace Wac
