// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QSqlQuery>
#include <QString>

namespace Wac {

class HistoryStore;

/**
 * A conversation copied from another store, joined to the target's own: found as the listeners
 * find a customer (a group by its ID; a person by number, else by BSUID), its last message and
 * the customer's window brought up to date, or added when the target has none.
 */
class ConversationJoin
{
public:
    explicit ConversationJoin(HistoryStore *to);

    /// The source row's columns after its id, in the order join() reads them.
    static QString columns();

    /// The target's conversation for `row` (the id, then columns()), or -1 with `error`.
    qint64 join(const QSqlQuery &row, QString *error);

    /// The last join() added the conversation.
    bool added() const { return m_added; }

private:
    HistoryStore *m_to;
    bool m_added = false;
};

} // namespace Wac
