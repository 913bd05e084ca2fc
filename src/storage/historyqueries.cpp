// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The history's reads: rows by id, pages of ids under a filter, counts and timelines.
#include "storage/historystore.h"
#include "storage/sqldialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QString recordColumns =
    u"m.id, m.created_at, m.profile, m.phone_number_id, m.recipient, m.type, m.request_json, "
    "m.callback_data, m.replied_to, m.outcome, m.http_status, m.response_json, m.wamid, m.wa_id, "
    "m.message_status, m.error_code, m.error_message, m.fbtrace_id, m.last_status, "
    "m.error_reason, m.agent"_s;

HistoryRecord readRecord(const QSqlQuery &q)
{
    HistoryRecord r;
    r.id = q.value(0).toLongLong();
    r.entry.createdAt = q.value(1).toLongLong();
    r.entry.profile = q.value(2).toString();
    r.entry.phoneNumberId = q.value(3).toString();
    r.entry.recipient = q.value(4).toString();
    r.entry.type = q.value(5).toString();
    r.entry.requestJson = q.value(6).toString().toUtf8();
    r.entry.callbackData = q.value(7).toString();
    r.entry.repliedTo = q.value(8).toString();
    r.answer.outcome = HistoryOutcome(qBound(0, q.value(9).toInt(), 3));
    r.answer.httpStatus = q.value(10).toInt();
    r.answer.responseJson = q.value(11).toString().toUtf8();
    r.answer.wamid = q.value(12).toString();
    r.answer.waId = q.value(13).toString();
    r.answer.messageStatus = q.value(14).toString();
    r.answer.errorCode = q.value(15).toInt();
    r.answer.errorMessage = q.value(16).toString();
    r.answer.fbtraceId = q.value(17).toString();
    r.lastStatus = q.value(18).toString();
    r.answer.errorReason = q.value(19).toString();
    r.entry.agent = q.value(20).toString();
    return r;
}

void bindAll(QSqlQuery &query, const QVariantMap &binds)
{
    for (auto it = binds.begin(); it != binds.end(); ++it)
        query.bindValue(it.key(), it.value());
}

/// How many of the newest rows a word search on PostgreSQL reads before it asks the word index.
/// Its planner guesses a word prefix at 2% of rows (0.04% for two) whatever the word. For two
/// common words it asked the index, which handed over every row holding them (185,000 of a
/// million, 0.3 s) to be sorted for a page the newest few hundred rows fill (0.2 ms); for one
/// rare word it read every row newest first until the page was full (0.35 s; the index: 0.3 ms).
constexpr qint64 newestRows = 20000;

using RowReader = std::function<void(const QSqlQuery &)>;

/// Up to `limit` rows of `source` (as `m`) matching `filter`, newest first and older than
/// `beforeId`, each handed to `row`; how many, none when the query fails. `byIndex` false: the
/// order is not read from the ids' index, so the rows are found through the other indexes.
std::optional<qint64> readPage(const QSqlDatabase &db, const QString &columns,
    const QString &source, const HistoryFilter &filter, qint64 beforeId, qint64 limit,
    const RowReader &row, bool byIndex = true)
{
    QVariantMap binds;
    const SqlDialect dialect = SqlDialect::of(db.driver());
    const QString key = filter.sqlOrderKey(dialect);
    QString sql = u"SELECT "_s + columns + u" FROM "_s + source + u" WHERE "_s
        + filter.sqlCondition(dialect, &binds);
    if (beforeId > 0) {
        sql += u" AND "_s + key + u" < :before"_s;
        binds.insert(u":before"_s, beforeId);
    }
    sql += u" ORDER BY "_s + key + (byIndex ? QString() : u" + 0"_s) + u" DESC LIMIT :limit"_s;
    binds.insert(u":limit"_s, limit);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    bindAll(query, binds);
    if (!query.exec())
        return std::nullopt;
    qint64 read = 0;
    for (; query.next(); ++read)
        row(query);
    return read;
}

/// `columns` of up to `limit` rows matching `filter`, newest first, older than `beforeId`, each
/// handed to `row`; false when a query fails.
bool eachOfPage(const QSqlDatabase &db, const QString &columns, const HistoryFilter &filter,
    qint64 beforeId, qint64 limit, const RowReader &row)
{
    const SqlDialect dialect = SqlDialect::of(db.driver());
    if (!dialect.isPostgres() || dialect.textQuery(filter.text).isEmpty()) {
        return readPage(db, columns, filter.sqlSource(dialect), filter, beforeId, limit, row)
            .has_value();
    }
    // The newest rows first, read in order (a subquery with a limit is planned on its own, so
    // the word index is not asked); then, when they did not fill the page, the word index alone
    // for what is older: the word is rare, and the index hands over few rows.
    const QString below = beforeId > 0 ? u"WHERE id < %1 "_s.arg(beforeId) : QString();
    const QString newest = u"(SELECT * FROM messages %1ORDER BY id DESC LIMIT %2) m"_s.arg(
        below, QString::number(newestRows));
    const std::optional<qint64> found = readPage(db, columns, newest, filter, beforeId, limit, row);
    if (!found)
        return false;
    if (*found == limit)
        return true;
    QSqlQuery edge(db);
    if (!edge.exec(u"SELECT id FROM messages %1ORDER BY id DESC OFFSET %2 LIMIT 1"_s.arg(
            below, QString::number(newestRows - 1))))
        return false;
    if (!edge.next())
        return true; // those were all the rows there are
    return readPage(db, columns, u"messages m"_s, filter, edge.value(0).toLongLong(),
        limit - *found, row, false)
        .has_value();
}

} // namespace

std::optional<HistoryRecord> HistoryStore::record(qint64 id) const
{
    const QList<HistoryRecord> found = records({id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<HistoryRecord> HistoryStore::records(const QList<qint64> &ids) const
{
    // Chunks of a fixed size, so one prepared statement serves every page.
    constexpr qsizetype chunk = 64;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    QStringList marks;
    for (qsizetype i = 0; i < chunk; ++i)
        marks << u":i"_s + QString::number(i);
    query.prepare(u"SELECT "_s + recordColumns + u" FROM messages m WHERE m.id IN ("_s
        + marks.join(u',') + u')');
    QHash<qint64, HistoryRecord> byId;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        for (qsizetype i = 0; i < chunk; ++i)
            query.bindValue(marks.at(i), ids.at(qMin(start + i, ids.size() - 1)));
        if (!query.exec())
            return {};
        while (query.next()) {
            HistoryRecord r = readRecord(query);
            byId.insert(r.id, std::move(r));
        }
    }
    QList<HistoryRecord> out;
    out.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            out << it.value();
    }
    return out;
}

QList<qint64> HistoryStore::ids(const HistoryFilter &filter, qint64 beforeId, qint64 limit) const
{
    QList<qint64> out;
    eachOfPage(database(), u"m.id"_s, filter, beforeId, limit,
        [&out](const QSqlQuery &q) { out << q.value(0).toLongLong(); });
    return out;
}

QList<HistoryRecord> HistoryStore::page(
    const HistoryFilter &filter, qint64 beforeId, qint64 limit) const
{
    QList<HistoryRecord> out;
    eachOfPage(database(), recordColumns, filter, beforeId, limit,
        [&out](const QSqlQuery &q) { out << readRecord(q); });
    return out;
}

qint64 HistoryStore::count(const HistoryFilter &filter, qint64 cap) const
{
    QVariantMap binds;
    const SqlDialect dialect = this->dialect();
    const QString rows = u"SELECT 1 FROM "_s + filter.sqlSource(dialect) + u" WHERE "_s
        + filter.sqlCondition(dialect, &binds);
    QSqlQuery query(database());
    if (cap > 0) {
        // Counting every match of a common word would read them all: stop at the cap.
        query.prepare(u"SELECT count(*) FROM ("_s + rows + u" LIMIT :cap) AS r"_s);
        binds.insert(u":cap"_s, cap);
    } else {
        query.prepare(u"SELECT count(*) FROM ("_s + rows + u") AS r"_s);
    }
    bindAll(query, binds);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool HistoryStore::matches(const HistoryFilter &filter, qint64 id) const
{
    QVariantMap binds;
    const SqlDialect dialect = this->dialect();
    QSqlQuery query(database());
    query.prepare(u"SELECT 1 FROM "_s + filter.sqlSource(dialect) + u" WHERE m.id = :id AND "_s
        + filter.sqlCondition(dialect, &binds));
    binds.insert(u":id"_s, id);
    bindAll(query, binds);
    return query.exec() && query.next();
}

std::optional<qint64> HistoryStore::findWamid(const QString &wamid) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM messages WHERE wamid = :wamid ORDER BY id DESC LIMIT 1"_s);
    query.bindValue(u":wamid"_s, wamid);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<HistoryRecord> HistoryStore::findRecentSame(const QString &profile,
    const QString &recipient, const QByteArray &requestJson, qint64 sinceMs) const
{
    // created_at is indexed: only the last minutes' rows are compared.
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM messages WHERE created_at >= :since AND profile = :profile "
                  "AND recipient = :to AND request_json = :body AND outcome != :failed "
                  "ORDER BY id DESC LIMIT 1"_s);
    query.bindValue(u":profile"_s, profile);
    query.bindValue(u":since"_s, sinceMs);
    query.bindValue(u":to"_s, recipient);
    query.bindValue(u":body"_s, QString::fromUtf8(requestJson));
    query.bindValue(u":failed"_s, int(HistoryOutcome::Failed));
    if (query.exec() && query.next())
        return record(query.value(0).toLongLong());
    return std::nullopt;
}

QList<HistoryStatusEvent> HistoryStore::timeline(const QString &wamid) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT status, at, error_code, error_message FROM statuses "
                  "WHERE wamid = :wamid ORDER BY at, id"_s);
    query.bindValue(u":wamid"_s, wamid);
    QList<HistoryStatusEvent> out;
    if (!query.exec())
        return out;
    while (query.next()) {
        out << HistoryStatusEvent {wamid, query.value(0).toString(), query.value(1).toLongLong(),
            query.value(2).toInt(), query.value(3).toString()};
    }
    return out;
}

} // namespace Wac
