// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/conversationmatcher.h"

#include "storage/historyschema.h"
#include "storage/preparedstatements.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

using HistorySchema::orEmpty;

const QString insertConversation =
    u"INSERT INTO conversations (profile, phone_number_id, wa_id, user_id, group_id, name, "
    "username) VALUES (:profile, :p, :wa, :uid, :g, :name, :username) RETURNING id"_s;

// What a later message says of them (a name, a number shown again) is kept.
const QString updateConversation =
    u"UPDATE conversations SET wa_id = CASE WHEN :wa <> '' THEN :wa ELSE wa_id END, "
    "user_id = CASE WHEN :uid <> '' THEN :uid ELSE user_id END, "
    "name = CASE WHEN :name <> '' THEN :name ELSE name END, "
    "username = CASE WHEN :username <> '' THEN :username ELSE username END "
    "WHERE id = :id AND phone_number_id = :p AND group_id = :g"_s;

} // namespace

ConversationMatcher::ConversationMatcher(PreparedStatements &statements, SqlDialect dialect)
    : m_statements(statements)
    , m_dialect(dialect)
{ }

qint64 ConversationMatcher::find(
    const QString &phoneNumberId, const QString &column, const QString &value, QString *error)
{
    if (value.isEmpty())
        return 0;
    // A group's conversation, or one customer's outside any group.
    const QString group = column == u"group_id"_s ? u"group_id <> ''"_s : u"group_id = ''"_s;
    QSqlQuery &query = m_statements(u"SELECT id FROM conversations WHERE phone_number_id = :p AND "
                                    "%1 = :v AND %2 LIMIT 1"_s.arg(column, group));
    query.bindValue(u":p"_s, orEmpty(phoneNumberId));
    query.bindValue(u":v"_s, value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    const qint64 found = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return found;
}

qint64 ConversationMatcher::conversationFor(
    const QString &profile, const WebhookMessage &message, QString *error)
{
    const WebhookContact &contact = message.contact;
    const bool group = !message.groupId.isEmpty();
    const QString waId = group ? QString() : message.from;
    const QString userId = group ? QString() : message.fromUserId;
    const QString &phone = message.phoneNumberId;
    // Two listeners given the same customer's first messages at once would each find no
    // conversation and make one: on a shared server they take turns per business number.
    if (const QString lock = m_dialect.transactionLock(); !lock.isEmpty()) {
        QSqlQuery &query = m_statements(lock);
        query.bindValue(u":key"_s, QString(u"conversations/"_s + phone));
        if (!query.exec()) {
            *error = query.lastError().text();
            return 0;
        }
        query.finish();
    }
    qint64 id = group ? find(phone, u"group_id"_s, message.groupId, error)
                      : find(phone, u"wa_id"_s, waId, error);
    if (id == 0 && !group && error->isEmpty())
        id = find(phone, u"user_id"_s, userId, error);
    if (!error->isEmpty())
        return 0;
    QSqlQuery &query = m_statements(id == 0 ? insertConversation : updateConversation);
    if (id == 0)
        query.bindValue(u":profile"_s, orEmpty(profile));
    else
        query.bindValue(u":id"_s, id);
    query.bindValue(u":p"_s, orEmpty(phone));
    query.bindValue(u":wa"_s, orEmpty(waId));
    query.bindValue(u":uid"_s, orEmpty(userId));
    query.bindValue(u":g"_s, orEmpty(message.groupId));
    query.bindValue(u":name"_s, orEmpty(group ? QString() : contact.name));
    query.bindValue(u":username"_s, orEmpty(group ? QString() : contact.username));
    if (!query.exec() || (id == 0 && !query.next())) {
        *error = query.lastError().text();
        return 0;
    }
    if (id == 0)
        id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace Wac
