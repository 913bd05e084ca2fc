// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/storecopy.h"

#include "core/coretr.h"
#include "storage/conversationjoin.h"
#include "storage/historyschema.h"
#include "storage/historystore.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QStringList columnsOf(QSqlDatabase db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i) {
        // A team store's words are the server's own, made from the text copied.
        if (record.fieldName(i) != u"id"_s && record.fieldName(i) != SqlDialect::wordsColumn())
            columns << record.fieldName(i);
    }
    return columns;
}

qint64 countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT count(*) FROM "_s + table) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

QString failed(const QString &table, const QSqlQuery &query)
{
    return Tr::tr("copying %1: %2").arg(table, query.lastError().text());
}

} // namespace

StoreCopy::StoreCopy(HistoryStore *from, HistoryStore *to)
    : m_from(from)
    , m_to(to)
{ }

bool StoreCopy::run(const std::function<void(const Progress &)> &progress, QString *error)
{
    m_progress = progress;
    m_counts = {};
    QSqlDatabase from = m_from->database();
    QSqlDatabase to = m_to->database();
    m_fromId = HistorySchema::storeId(from);
    m_toId = HistorySchema::storeId(to);
    if (m_fromId.isEmpty() || m_toId.isEmpty()) {
        *error = Tr::tr("a store without its ID (open it once in waconsole to update it)");
        return false;
    }
    if (m_fromId == m_toId) {
        *error = Tr::tr("the two profiles keep their history in the same store");
        return false;
    }
    const QHash<QString, QHash<qint64, qint64> *> delivery {{u"delivery_id"_s, &m_deliveries}};
    QHash<QString, QHash<qint64, qint64> *> inbound = delivery;
    inbound.insert(u"conversation_id"_s, &m_conversations);
    return copyTable({u"deliveries"_s, Key::Origin, u"origin"_s, {}, &m_deliveries}, error)
        && copyConversations(error)
        && copyTable({u"messages"_s, Key::Origin, u"origin"_s, {}, nullptr}, error)
        && copyTable({u"statuses"_s, Key::Unique, u"wamid, status"_s, delivery, nullptr}, error)
        && copyTable({u"inbound"_s, Key::Unique, u"wamid"_s, inbound, nullptr}, error)
        && copyTable({u"events"_s, Key::Unique, u"value_hash"_s, delivery, nullptr}, error);
}

bool StoreCopy::copyTable(const Table &table, QString *error)
{
    QSqlDatabase from = m_from->database();
    const QStringList columns = columnsOf(from, table.name);
    const qint64 total = countRows(from, table.name);
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT id, %1 FROM %2 WHERE id > :after ORDER BY id LIMIT %3"_s
                     .arg(columns.join(u", "_s), table.name)
                     .arg(batchRows));
    qint64 lastId = 0;
    qint64 done = 0;
    if (m_progress)
        m_progress({table.name, 0, total});
    while (true) {
        rows.bindValue(u":after"_s, lastId);
        if (!rows.exec()) {
            *error = failed(table.name, rows);
            return false;
        }
        const qint64 before = done;
        if (!copyBatch(table, rows, columns, &lastId, &done, error))
            return false;
        if (m_progress)
            m_progress({table.name, done, total});
        if (done - before < batchRows)
            return true;
    }
}

bool StoreCopy::copyBatch(const Table &table, QSqlQuery &rows, const QStringList &columns,
    qint64 *lastId, qint64 *done, QString *error)
{
    QSqlDatabase to = m_to->database();
    if (!to.transaction()) {
        *error = Tr::tr("copying %1: %2").arg(table.name, to.lastError().text());
        return false;
    }
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const qint64 target = insertRow(table, columns, rows, error);
        if (target < 0) {
            to.rollback();
            return false;
        }
        if (table.ids)
            table.ids->insert(id, target);
        *lastId = id;
        ++*done;
        ++m_counts.read;
    }
    if (to.commit())
        return true;
    *error = Tr::tr("copying %1: %2").arg(table.name, to.lastError().text());
    to.rollback();
    return false;
}

qint64 StoreCopy::insertRow(
    const Table &table, const QStringList &columns, const QSqlQuery &row, QString *error)
{
    QSqlDatabase to = m_to->database();
    QString origin;
    if (table.key == Key::Origin) {
        // SQLite gives a deleted row's id again: its time makes the origin its own.
        const QString at = table.name == u"messages"_s ? u"created_at"_s : u"received_at"_s;
        origin = row.value(1 + columns.indexOf(u"origin"_s)).toString();
        if (origin.isEmpty())
            origin = u"%1:%2:%3"_s.arg(
                m_fromId, row.value(0).toString(), row.value(1 + columns.indexOf(at)).toString());
        // A row that came from the target in the first place is there already, by its own id.
        const QStringList parts = origin.split(u':');
        if (parts.size() == 3 && parts.at(0) == m_toId) {
            QSqlQuery own(to);
            own.prepare(u"SELECT id FROM %1 WHERE id = :id AND %2 = :at"_s.arg(table.name, at));
            own.bindValue(u":id"_s, parts.at(1).toLongLong());
            own.bindValue(u":at"_s, parts.at(2).toLongLong());
            if (own.exec() && own.next())
                return own.value(0).toLongLong();
        }
    }
    QStringList names;
    for (const QString &column : columns)
        names << u':' + column;
    QSqlQuery insert(to);
    insert.prepare(
        u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4)%5 DO NOTHING RETURNING id"_s.arg(
            table.name, columns.join(u", "_s), names.join(u", "_s), table.conflict,
            table.key == Key::Origin ? u" WHERE origin <> ''"_s : QString()));
    for (int i = 0; i < columns.size(); ++i) {
        const QString &column = columns.at(i);
        QVariant value = row.value(1 + i);
        if (const auto remap = table.remaps.value(column)) {
            value = remap->value(value.toLongLong(), 0);
        } else if (column == u"origin"_s) {
            value = origin;
        } else if (column == u"agent"_s && value.toString().isEmpty()) {
            value = HistorySchema::orEmpty(m_agent);
        } else if (value.isNull() && column != u"wamid"_s && column != u"response_json"_s) {
            value = u""_s; // NOT NULL text the source left null
        }
        insert.bindValue(names.at(i), value);
    }
    if (!insert.exec()) {
        *error = failed(table.name, insert);
        return -1;
    }
    if (insert.next()) {
        ++m_counts.added;
        return insert.value(0).toLongLong();
    }
    if (table.key == Key::Unique)
        return 0; // there already; nothing points at these rows
    QSqlQuery existing(to);
    existing.prepare(u"SELECT id FROM %1 WHERE origin = :origin"_s.arg(table.name));
    existing.bindValue(u":origin"_s, origin);
    if (existing.exec() && existing.next())
        return existing.value(0).toLongLong();
    *error = failed(table.name, existing);
    return -1;
}

bool StoreCopy::copyConversations(QString *error)
{
    QSqlDatabase from = m_from->database();
    const qint64 total = countRows(from, u"conversations"_s);
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    if (!rows.exec(
            u"SELECT id, %1 FROM conversations ORDER BY id"_s.arg(ConversationJoin::columns()))) {
        *error = failed(u"conversations"_s, rows);
        return false;
    }
    QSqlDatabase to = m_to->database();
    ConversationJoin join(m_to);
    qint64 done = 0;
    if (m_progress)
        m_progress({u"conversations"_s, 0, total});
    bool open = false;
    while (rows.next()) {
        if (!open && !to.transaction()) {
            *error = Tr::tr("copying %1: %2").arg(u"conversations"_s, to.lastError().text());
            return false;
        }
        open = true;
        const qint64 id = join.join(rows, error);
        if (id <= 0) {
            to.rollback();
            return false;
        }
        m_conversations.insert(rows.value(0).toLongLong(), id);
        m_counts.added += join.added() ? 1 : 0;
        ++m_counts.read;
        if (++done % batchRows == 0 || done == total) {
            open = false;
            if (!to.commit()) {
                *error = Tr::tr("copying %1: %2").arg(u"conversations"_s, to.lastError().text());
                return false;
            }
            if (m_progress)
                m_progress({u"conversations"_s, done, total});
        }
    }
    if (!open || to.commit())
        return true;
    *error = Tr::tr("copying %1: %2").arg(u"conversations"_s, to.lastError().text());
    return false;
}

} // namespace Wac
