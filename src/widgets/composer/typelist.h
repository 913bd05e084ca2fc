// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/messagetype.h"

#include <QHash>
#include <QObject>

class QTreeWidget;
class QTreeWidgetItem;

namespace Wac {

/// The composer's list of message types, grouped under headings as the registry names them.
class TypeList : public QObject
{
    Q_OBJECT

public:
    explicit TypeList(QTreeWidget *tree, QObject *parent = nullptr);

    /// Marks `type` as the one on show (none is marked for a type the list lacks); emits
    /// nothing.
    void show(MessageType type);
    /// The types the recipient cannot receive are disabled, all but `current`: interactive ones
    /// for a group, a pin for a person.
    void offer(bool group, MessageType current);

Q_SIGNALS:
    /// The user chose `type`.
    void chosen(Wac::MessageType type);

private:
    void fill();

    QTreeWidget *m_tree;
    QHash<MessageType, QTreeWidgetItem *> m_items;
};

} // namespace Wac
