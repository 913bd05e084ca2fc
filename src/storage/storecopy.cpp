// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/storecopy.h"

#include "core/coretr.h"
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
        if (record.fieldName(i) != u"id"_s)
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
        origin = row.value(1 + columns.indexOf(u"origin"_s)).toString();
        if (origin.isEmpty())
            origin = m_fromId + u':' + row.value(0).toString();
        // A row that came from the target in the first place is there already, by its own id.
        if (origin.startsWith(m_toId + u':')) {
            QSqlQuery own(to);
            own.prepare(u"SELECT id FROM %1 WHERE id = :id"_s.arg(table.name));
            own.bindValue(u":id"_s, origin.mid(m_toId.size() + 1).toLongLong());
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
    if (!rows.exec(u"SELECT id, phone_number_id, wa_id, user_id, group_id, profile, name, "
                   "username, last_at, last_inbound_at, last_text, last_type, last_from_us, "
                   "unread FROM conversations ORDER BY id"_s)) {
        *error = failed(u"conversations"_s, rows);
        return false;
    }
    QSqlDatabase to = m_to->database();
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
        const qint64 id = matchConversation(rows, error);
        if (id <= 0) {
            to.rollback();
            return false;
        }
        m_conversations.insert(rows.value(0).toLongLong(), id);
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
    return !open || to.commit();
}

qint64 StoreCopy::matchConversation(const QSqlQuery &row, QString *error)
{
    QSqlDatabase to = m_to->database();
    QSqlQuery query(to);
    const QString phone = row.value(1).toString();
    // The listeners' own lock (ConversationMatcher): a copy beside them makes no second row.
    if (const QString lock = m_to->dialect().transactionLock(); !lock.isEmpty()) {
        query.prepare(lock);
        query.bindValue(u":key"_s, QString(u"conversations/"_s + phone));
        query.exec();
    }
    const QString group = row.value(4).toString();
    const QString waId = row.value(2).toString();
    const QString column = !group.isEmpty() ? u"group_id"_s
        : !waId.isEmpty()                   ? u"wa_id"_s
                                            : u"user_id"_s;
    const QVariant key = !group.isEmpty() ? group : !waId.isEmpty() ? waId : row.value(3);
    query.prepare(u"SELECT id FROM conversations WHERE phone_number_id = :phone AND %1 = :key "
                  "ORDER BY id LIMIT 1"_s.arg(column));
    query.bindValue(u":phone"_s, phone);
    query.bindValue(u":key"_s, key);
    if (!query.exec()) {
        *error = failed(u"conversations"_s, query);
        return -1;
    }
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        // The newer last message wins; who they are is kept where the target knew it.
        query.prepare(u"UPDATE conversations SET last_text = :text, last_type = :type, "
                      "last_from_us = :us, last_at = :at WHERE id = :id AND last_at < :at"_s);
        query.bindValue(u":text"_s, row.value(10));
        query.bindValue(u":type"_s, row.value(11));
        query.bindValue(u":us"_s, row.value(12));
        query.bindValue(u":at"_s, row.value(8));
        query.bindValue(u":id"_s, id);
        if (!query.exec()) {
            *error = failed(u"conversations"_s, query);
            return -1;
        }
        return id;
    }
    query.prepare(u"INSERT INTO conversations (phone_number_id, wa_id, user_id, group_id, "
                  "profile, name, username, last_at, last_inbound_at, last_text, last_type, "
                  "last_from_us, unread) VALUES (:phone, :wa, :user, :group, :profile, :name, "
                  ":username, :at, :inbound, :text, :type, :us, :unread) RETURNING id"_s);
    const QStringList names = {u":phone"_s, u":wa"_s, u":user"_s, u":group"_s, u":profile"_s,
        u":name"_s, u":username"_s, u":at"_s, u":inbound"_s, u":text"_s, u":type"_s, u":us"_s,
        u":unread"_s};
    for (int i = 0; i < names.size(); ++i)
        query.bindValue(names.at(i), row.value(1 + i));
    if (!query.exec() || !query.next()) {
        *error = failed(u"conversations"_s, query);
        return -1;
    }
    ++m_counts.added;
    return query.value(0).toLongLong();
}

} // namespace Wac
