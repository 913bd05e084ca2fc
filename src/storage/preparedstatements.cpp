// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/preparedstatements.h"

#include "storage/historystore.h"

namespace Wac {

PreparedStatements::PreparedStatements(HistoryStore *history)
    : m_history(history)
{ }

QSqlQuery &PreparedStatements::operator()(const QString &sql)
{
    if (m_generation != m_history->generation()) {
        m_statements.clear(); // the file was opened again: a new connection
        m_generation = m_history->generation();
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_history->database()));
        it->prepare(sql);
    }
    return *it;
}

} // namespace Wac
