// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Wac {

/// Runs the prepared `query`; false, with `error` (when given) set to why, if it failed.
inline bool execPrepared(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

/// Runs `q` and reads each of its rows with `read`; empty with `error` set when it failed.
template <typename Row, typename Read> QList<Row> collect(QSqlQuery &q, QString *error, Read read)
{
    QList<Row> out;
    if (!execPrepared(q, error))
        return out;
    while (q.next())
        out << read(q);
    return out;
}

} // namespace Wac
