// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historyschema.h"

#include "core/phonenumber.h"
#include "storage/inboxschema.h"
#include "storage/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Wac::HistorySchema {

namespace {

// The indexes, the status timeline and the text index: the same for a new store and a migrated
// one. On SQLite the text index holds no copy of the text: it reads `messages.body`.
QStringList sharedStatements(const SqlDialect &dialect)
{
    return dialect.sql(QStringList {
               u"CREATE INDEX messages_wamid ON messages(wamid)"_s,
               u"CREATE INDEX messages_created ON messages(created_at)"_s,
               u"CREATE INDEX messages_recipient ON messages(recipient_digits)"_s,
               u"CREATE INDEX messages_type ON messages(type)"_s,
               u"CREATE INDEX messages_outcome ON messages(outcome)"_s,
               u"CREATE INDEX messages_last_status ON messages(last_status)"_s,
               u"CREATE TABLE statuses (id {id}, wamid TEXT NOT NULL, status TEXT NOT NULL, "
               "at {int} NOT NULL, error_code {int} NOT NULL DEFAULT 0, "
               "error_message TEXT NOT NULL DEFAULT '')"_s,
               u"CREATE INDEX statuses_wamid ON statuses(wamid, at)"_s,
           })
        + dialect.textIndex(u"messages"_s, {u"body"_s});
}

const QString createMessages = u"CREATE TABLE messages ("
                               "id {id}, created_at {int} NOT NULL, "
                               "profile TEXT NOT NULL, recipient TEXT NOT NULL DEFAULT '', "
                               "type TEXT NOT NULL DEFAULT '', request_json TEXT NOT NULL, "
                               "http_status {int} NOT NULL DEFAULT 0, response_json TEXT, "
                               "wamid TEXT, error_code {int} NOT NULL DEFAULT 0, "
                               "error_message TEXT NOT NULL DEFAULT '', "
                               "phone_number_id TEXT NOT NULL DEFAULT '', "
                               "recipient_digits TEXT NOT NULL DEFAULT '', "
                               "wa_id TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', "
                               "outcome {int} NOT NULL DEFAULT 0, "
                               "message_status TEXT NOT NULL DEFAULT '', "
                               "fbtrace_id TEXT NOT NULL DEFAULT '', "
                               "callback_data TEXT NOT NULL DEFAULT '', "
                               "replied_to TEXT NOT NULL DEFAULT '', "
                               "last_status TEXT NOT NULL DEFAULT '', "
                               "error_reason TEXT NOT NULL DEFAULT '', "
                               "writer TEXT NOT NULL DEFAULT '')"_s;

// Version 1 had the first eleven columns (`account` where `profile` is now); these follow them.
const QStringList addedInVersion2 = {
    u"ALTER TABLE messages RENAME COLUMN account TO profile"_s,
    u"ALTER TABLE messages ADD COLUMN phone_number_id TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE messages ADD COLUMN recipient_digits TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE messages ADD COLUMN wa_id TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE messages ADD COLUMN body TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE messages ADD COLUMN outcome INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE messages ADD COLUMN message_status TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE messages ADD COLUMN fbtrace_id TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE messages ADD COLUMN callback_data TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE messages ADD COLUMN replied_to TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE messages ADD COLUMN last_status TEXT NOT NULL DEFAULT ''"_s,
    // Version 1 kept no outcome: a WAMID means accepted, an HTTP error failed, else unknown.
    u"UPDATE messages SET outcome = CASE WHEN wamid IS NOT NULL AND wamid <> '' THEN 1 "
    "WHEN http_status >= 400 THEN 2 ELSE 3 END"_s,
};

// Version 2 wrote the sentence of an interrupted send, in the language of the day, where the
// server's message goes; version 3 keeps a code there instead and translates it when shown.
const QStringList addedInVersion3 = {
    u"ALTER TABLE messages ADD COLUMN error_reason TEXT NOT NULL DEFAULT ''"_s,
    u"UPDATE messages SET error_reason = 'interrupted', error_message = '' WHERE outcome = 3 "
    "AND http_status = 0 AND error_message IN ("
    "'waconsole stopped before the answer came: the message may have been sent.', "
    "'waconsole остановился до получения ответа: сообщение могло быть отправлено.', "
    "'O waconsole parou antes da resposta: a mensagem pode ter sido enviada.')"_s,
};

// Version 4 names the process that wrote a pending row (HistoryWriter): a console starting up
// leaves alone the sends another live process is still waiting on.
const QStringList addedInVersion4 = {
    u"ALTER TABLE messages ADD COLUMN writer TEXT NOT NULL DEFAULT ''"_s,
};

// Version 6: who sent a row in a team (the profile's agent name), and where a row copied from
// another store came from ("<store id>:<row id>"), so that copying again finds it there.
QStringList addedInVersion6()
{
    return {
        u"ALTER TABLE messages ADD COLUMN agent TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE messages ADD COLUMN origin TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE UNIQUE INDEX messages_origin ON messages(origin) WHERE origin <> ''"_s,
        u"ALTER TABLE deliveries ADD COLUMN origin TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE UNIQUE INDEX deliveries_origin ON deliveries(origin) WHERE origin <> ''"_s,
        u"INSERT INTO meta(name, value) VALUES ('storeId', '%1') ON CONFLICT(name) DO NOTHING"_s
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
    };
}

// Version 7: a team store's words stored beside the text they are made of.
QStringList addedInVersion7(const SqlDialect &dialect)
{
    return dialect.storedWords(u"messages"_s, {u"body"_s}) + InboxSchema::version7(dialect);
}

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + u" ("_s + sql.left(60) + u')';
    return false;
}

bool setVersion(QSqlQuery &query, QString *error)
{
    query.prepare(u"INSERT INTO meta(name, value) VALUES ('schemaVersion', :v) "
                  "ON CONFLICT(name) DO UPDATE SET value = excluded.value"_s);
    query.bindValue(u":v"_s, QString::number(currentVersion));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

/// Fills the columns version 1 did not have and that only C++ can derive.
bool deriveColumns(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!run(read, u"SELECT id, request_json, recipient FROM messages"_s, error))
        return false;
    write.prepare(u"UPDATE messages SET body = :body, recipient_digits = :digits, "
                  "replied_to = :reply, callback_data = :callback WHERE id = :id"_s);
    while (read.next()) {
        const QByteArray request = read.value(1).toByteArray();
        const QJsonObject body = QJsonDocument::fromJson(request).object();
        write.bindValue(u":body"_s, searchableText(request));
        write.bindValue(
            u":digits"_s, orEmpty(PhoneNumber::parse(read.value(2).toString()).digits()));
        write.bindValue(u":reply"_s,
            orEmpty(body.value(u"context").toObject().value(u"message_id").toString()));
        write.bindValue(
            u":callback"_s, orEmpty(body.value(u"biz_opaque_callback_data").toString()));
        write.bindValue(u":id"_s, read.value(0));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

bool inTransaction(QSqlDatabase &db, QString *error, const std::function<bool()> &work)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (work() && db.commit())
        return true;
    if (error->isEmpty())
        *error = db.lastError().text();
    db.rollback();
    return false;
}

void collectStrings(const QJsonValue &value, const QString &key, QStringList &out)
{
    static const QStringList envelope = {u"messaging_product"_s, u"recipient_type"_s, u"to"_s,
        u"type"_s, u"biz_opaque_callback_data"_s, u"message_id"_s, u"status"_s};
    if (value.isString() && !envelope.contains(key)) {
        out << value.toString();
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), it.key(), out);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, key, out);
    }
}

} // namespace

int version(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(SqlDialect::of(db).tableCount()) || !query.next()) {
        if (error)
            *error = query.lastError();
        return -1; // not a database, or unreadable
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(u"SELECT value FROM meta WHERE name = 'schemaVersion'"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString storeId(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT value FROM meta WHERE name = 'storeId'"_s) || !query.next())
        return {};
    return query.value(0).toString();
}

bool create(QSqlDatabase &db, QString *error)
{
    const SqlDialect dialect = SqlDialect::of(db);
    return inTransaction(db, error, [&] {
        QSqlQuery query(db);
        if (!run(query, u"CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)"_s, error)
            || !run(query, dialect.sql(createMessages), error))
            return false;
        const QStringList tables = {u"messages"_s, u"statuses"_s, u"conversations"_s, u"inbound"_s,
            u"deliveries"_s, u"events"_s};
        for (const QString &sql : sharedStatements(dialect) + InboxSchema::version5(dialect)
                + addedInVersion6() + dialect.changeNotices(tables)) {
            if (!run(query, sql, error))
                return false;
        }
        return setVersion(query, error);
    });
}

namespace {

bool runAll(QSqlQuery &query, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!run(query, sql, error))
            return false;
    }
    return true;
}

bool toVersion2(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    return runAll(query, addedInVersion2 + sharedStatements(SqlDialect()), error)
        && deriveColumns(db, error)
        && run(query, u"INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"_s, error);
}

} // namespace

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion < 1 || fromVersion >= currentVersion) {
        *error = QStringLiteral("schema version %1 is not one this build knows").arg(fromVersion);
        return false;
    }
    // Each step from the file's version on, all in one transaction: a failure leaves it whole.
    return inTransaction(db, error, [&] {
        QSqlQuery query(db);
        return (fromVersion >= 2 || toVersion2(db, error))
            && (fromVersion >= 3 || runAll(query, addedInVersion3, error))
            && (fromVersion >= 4 || runAll(query, addedInVersion4, error))
            && (fromVersion >= 5 || runAll(query, InboxSchema::version5(SqlDialect::of(db)), error))
            && (fromVersion >= 6 || runAll(query, addedInVersion6(), error))
            && runAll(query, addedInVersion7(SqlDialect::of(db)), error)
            && setVersion(query, error);
    });
}

QString searchableText(const QByteArray &requestJson)
{
    QStringList strings;
    collectStrings(QJsonDocument::fromJson(requestJson).object(), {}, strings);
    return orEmpty(strings.join(u'\n'));
}

QString orEmpty(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace Wac::HistorySchema
