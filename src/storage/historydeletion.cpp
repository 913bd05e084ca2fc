// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historydeletion.h"

#include "storage/historyschema.h"
#include "storage/historystore.h"
#include "storage/inboxschema.h"
#include "storage/sqldialect.h"
#include "storage/sqlrows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

/// Past the retention, what was received goes too: raw deliveries, other changes, and the
/// statuses of messages the history never had (its own go with their rows, by a trigger).
const QStringList receivedBefore = {
    u"DELETE FROM statuses WHERE at < :cutoff AND wamid NOT IN (SELECT wamid FROM messages "
    "WHERE wamid IS NOT NULL)"_s,
    u"DELETE FROM deliveries WHERE received_at < :cutoff"_s,
    u"DELETE FROM events WHERE received_at < :cutoff"_s,
};

} // namespace

HistoryDeletion::HistoryDeletion(HistoryStore *store)
    : m_store(store)
{ }

bool HistoryDeletion::inTransaction(const std::function<bool(QSqlQuery &)> &work)
{
    QSqlDatabase db = m_store->database();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    m_error.clear();
    if (work(query) && db.commit())
        return true;
    // A failed commit (a lock, a full disk) leaves the transaction open: roll it back too, so
    // none of its deletes stays half done.
    if (m_error.isEmpty())
        m_error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
    db.rollback();
    return false;
}

int HistoryDeletion::remove(const QList<qint64> &ids)
{
    int removed = 0;
    const bool ok = inTransaction([&](QSqlQuery &query) {
        query.prepare(u"DELETE FROM messages WHERE id = :id"_s);
        for (const qint64 id : ids) {
            query.bindValue(u":id"_s, id);
            if (!execPrepared(query, &m_error))
                return false;
            removed += query.numRowsAffected();
        }
        return true;
    });
    return ok ? removed : -1;
}

bool HistoryDeletion::clear()
{
    const SqlDialect dialect = m_store->dialect();
    if (dialect.isPostgres()) {
        // TRUNCATE runs no row trigger: the statuses that would go with each row go by name.
        return inTransaction(
            [](QSqlQuery &query) { return query.exec(u"TRUNCATE messages, statuses"_s); });
    }
    // Row by row the text index's trigger would take minutes on a large history: the trigger is
    // dropped for the one statement and the index emptied at once, all in one transaction.
    return inTransaction([&](QSqlQuery &query) {
        return query.exec(u"DROP TRIGGER messages_fts_delete"_s)
            && query.exec(u"DROP TRIGGER statuses_with_message"_s)
            && query.exec(u"DELETE FROM messages"_s) && query.exec(u"DELETE FROM statuses"_s)
            && query.exec(u"INSERT INTO messages_fts(messages_fts) VALUES ('delete-all')"_s)
            && query.exec(dialect.textIndexDeleteTrigger(u"messages"_s, {u"body"_s}))
            && query.exec(InboxSchema::statusesWithMessageTrigger(dialect).constFirst());
    });
}

int HistoryDeletion::removeOlderThan(int days, qint64 nowMs)
{
    int removed = 0;
    const bool ok = inTransaction([&](QSqlQuery &query) {
        query.prepare(u"DELETE FROM messages WHERE created_at < :cutoff"_s);
        query.bindValue(u":cutoff"_s, nowMs - qint64(days) * 24 * 3600 * 1000);
        if (!execPrepared(query, &m_error))
            return false;
        removed = query.numRowsAffected();
        for (const QString &sql : receivedBefore) {
            query.prepare(sql);
            query.bindValue(u":cutoff"_s, nowMs - qint64(days) * 24 * 3600 * 1000);
            if (!execPrepared(query, &m_error))
                return false;
        }
        return true;
    });
    return ok ? removed : -1;
}

bool HistoryDeletion::compact()
{
    QSqlQuery query(m_store->database());
    // PostgreSQL keeps its GIN index compact itself; VACUUM gives dead rows' room back.
    const bool ok =
        (m_store->dialect().isPostgres()
            || query.exec(u"INSERT INTO messages_fts(messages_fts) VALUES ('optimize')"_s))
        && query.exec(u"VACUUM"_s);
    if (!ok)
        m_error = query.lastError().text();
    return ok;
}

} // namespace Wac
