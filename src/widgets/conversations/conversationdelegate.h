// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QStyledItemDelegate>

namespace Wac {

class ConversationListModel;

/**
 * A row of the conversation list, as a chat list draws it: the customer's name and the time of
 * the newest message, the newest message and the unread count, their number (or BSUID) and
 * username, and the 24-hour window's state.
 */
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ConversationDelegate(ConversationListModel *model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ConversationListModel *m_model;
};

} // namespace Wac
