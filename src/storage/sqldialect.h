// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/storelocation.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlDriver;

namespace Wac {

/**
 * Everything the store's SQL says differently on SQLite and on PostgreSQL, in one place, so that
 * every other statement has one definition for both. Portable SQL names the differences with
 * tokens that sql() replaces: `{id}` a row id that numbers itself, `{int}` a 64-bit integer,
 * `{blob}` bytes, `{greatest}`
 * the larger of two values, `{char10}` a newline. Word search (FTS5 against a stored
 * `tsvector` with a GIN index) and triggers (inline against a function) have their own builders.
 */
class SqlDialect
{
public:
    using Engine = StoreLocation::Engine;

    explicit SqlDialect(Engine engine = Engine::SQLite)
        : m_engine(engine)
    { }

    /// The engine of `db`'s driver.
    static SqlDialect of(const QSqlDatabase &db);
    static SqlDialect of(const QSqlDriver *driver);

    Engine engine() const { return m_engine; }

    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }

    /// `portable` with this engine's words for the tokens.
    QString sql(QString portable) const;
    QStringList sql(const QStringList &portable) const;

    /// How many tables the database holds (0: a new store).
    QString tableCount() const;

    /// A row trigger: `event` is "INSERT", "DELETE" or "UPDATE OF a, b"; `when` a condition on
    /// new./old. (may be empty); `body` one or more statements, each ending in ';'.
    QStringList trigger(const QString &name, const QString &event, const QString &table,
        const QString &when, const QString &body) const;

    /// Makes `columns` of `table` searchable by word prefix (for a new store).
    QStringList textIndex(const QString &table, const QStringList &columns) const;

    /// Version 7: PostgreSQL's words of `table` kept in a stored column rather than computed
    /// again for every row a search reads (which made a first page read ten times slower than
    /// SQLite's); nothing on SQLite, whose index is already its own table.
    QStringList storedWords(const QString &table, const QStringList &columns) const;

    /// The column that holds a PostgreSQL table's words: the server's own, never copied.
    static QString wordsColumn();

    /// SQLite's trigger that takes a deleted row's words out of its index (textIndex() makes
    /// it; dropped while a whole table is emptied at once).
    QString textIndexDeleteTrigger(const QString &table, const QStringList &columns) const;

    /// The condition that the row `alias` of `table` holds every word of the search bound as
    /// `bind` (whose value textQuery() makes).
    QString textMatch(const QString &table, const QString &alias, const QString &bind) const;

    /// What textMatch()'s bind takes for `text`: each word as a prefix; empty when no word.
    QString textQuery(const QString &text) const;

    /// A statement that makes the transactions naming the same `bind` value (`:key`) wait for
    /// each other until they end; empty on SQLite, where one writer at a time is the rule.
    QString transactionLock() const;

    /// PostgreSQL's channel that every commit to `tables` notifies (LISTEN/NOTIFY), so that
    /// each console hears another's writes at once; none on SQLite, whose file is watched.
    QStringList changeNotices(const QStringList &tables) const;
    static QString changeChannel();

private:
    Engine m_engine;
};

} // namespace Wac
