// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/conversationjoin.h"

#include "core/coretr.h"
#include "storage/historystore.h"
#include "storage/sqldialect.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString failed(const QString &table, const QSqlQuery &query)
{
    return Tr::tr("copying %1: %2").arg(table, query.lastError().text());
}

} // namespace

ConversationJoin::ConversationJoin(HistoryStore *to)
    : m_to(to)
{ }

QString ConversationJoin::columns()
{
    return u"phone_number_id, wa_id, user_id, group_id, profile, name, username, last_at, "
           "last_inbound_at, last_text, last_type, last_from_us, unread"_s;
}

qint64 ConversationJoin::join(const QSqlQuery &row, QString *error)
{
    m_added = false;
    QSqlDatabase to = m_to->database();
    QSqlQuery query(to);
    const QString phone = row.value(1).toString();
    // The listeners' own lock (ConversationMatcher): a copy beside them makes no second row.
    if (const QString lock = m_to->dialect().transactionLock(); !lock.isEmpty()) {
        query.prepare(lock);
        query.bindValue(u":key"_s, QString(u"conversations/"_s + phone));
        if (!query.exec()) {
            *error = failed(u"conversations"_s, query);
            return -1;
        }
    }
    // As the listeners match a customer: a group by its ID; a person by number, else by BSUID.
    const QString group = row.value(4).toString();
    qint64 found = 0;
    QList<std::pair<QString, QVariant>> keys;
    if (!group.isEmpty())
        keys = {{u"group_id"_s, group}};
    else
        keys = {{u"wa_id"_s, row.value(2)}, {u"user_id"_s, row.value(3)}};
    for (const auto &[column, key] : std::as_const(keys)) {
        if (key.toString().isEmpty())
            continue;
        query.prepare(u"SELECT id FROM conversations WHERE phone_number_id = :phone AND %1 = :key "
                      "%2 ORDER BY id LIMIT 1"_s.arg(
                          column, group.isEmpty() ? u"AND group_id = ''"_s : QString()));
        query.bindValue(u":phone"_s, phone);
        query.bindValue(u":key"_s, key);
        if (!query.exec()) {
            *error = failed(u"conversations"_s, query);
            return -1;
        }
        if (query.next()) {
            found = query.value(0).toLongLong();
            break;
        }
    }
    if (found > 0) {
        // The newer last message wins, the customer's window counts from their newest message;
        // who they are is kept where the target knew it.
        query.prepare(
            m_to->dialect()
                .sql(QStringList {
                    u"UPDATE conversations SET last_inbound_at = {greatest}(last_inbound_at, "
                    u":inbound), "
                    "last_text = CASE WHEN last_at < :at THEN :text ELSE last_text END, "
                    "last_type = CASE WHEN last_at < :at THEN :type ELSE last_type END, "
                    "last_from_us = CASE WHEN last_at < :at THEN :us ELSE last_from_us END, "
                    "last_at = {greatest}(last_at, :at) WHERE id = :id"_s})
                .first());
        query.bindValue(u":inbound"_s, row.value(9));
        query.bindValue(u":text"_s, row.value(10));
        query.bindValue(u":type"_s, row.value(11));
        query.bindValue(u":us"_s, row.value(12));
        query.bindValue(u":at"_s, row.value(8));
        query.bindValue(u":id"_s, found);
        if (!query.exec()) {
            *error = failed(u"conversations"_s, query);
            return -1;
        }
        return found;
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
    m_added = true;
    return query.value(0).toLongLong();
}

} // namespace Wac
