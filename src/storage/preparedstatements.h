// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>

namespace Wac {

class HistoryStore;

/**
 * Statements of the history file, each prepared once per connection: a webhook delivery runs
 * the same few statements every time, and preparing them would cost more than running them. A
 * reference stays valid until the file is opened again (HistoryStore::generation()).
 */
class PreparedStatements
{
public:
    explicit PreparedStatements(HistoryStore *history);

    QSqlQuery &operator()(const QString &sql);

private:
    HistoryStore *m_history;
    QHash<QString, QSqlQuery> m_statements;
    int m_generation = -1;
};

} // namespace Wac
