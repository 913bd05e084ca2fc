// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/inboxschema.h"

#include "storage/sqldialect.h"

using namespace Qt::StringLiterals;

namespace Wac::InboxSchema {

namespace {

// Who a conversation is with, searchable by word prefix: name, username, BSUID, group.
const QStringList who = {u"name"_s, u"username"_s, u"user_id"_s, u"group_id"_s};

const QString statusRank = u"CASE status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 "
                           "WHEN 'read' THEN 3 WHEN 'played' THEN 4 WHEN 'failed' THEN 5 "
                           "WHEN 'deleted' THEN 6 ELSE 0 END"_s;

// A send to a customer who wrote moves their conversation up, whichever process sent it. The
// customer is matched by number (recipient_digits, or the wa_id Graph answered with) or BSUID.
QStringList outboundTrigger(const SqlDialect &dialect, const QString &event, const QString &when)
{
    return dialect.trigger(u"conversations_outbound_"_s + event.toLower(), event, u"messages"_s,
        when,
        u"UPDATE conversations SET last_at = {greatest}(last_at, new.created_at), "
        "last_text = substr(replace(new.body, {char10}, ' '), 1, 200), last_type = new.type, "
        "last_from_us = 1 WHERE last_at <= new.created_at AND group_id = '' "
        "AND phone_number_id = new.phone_number_id AND ((new.recipient_digits <> '' AND "
        "wa_id = new.recipient_digits) OR (new.wa_id <> '' AND wa_id = new.wa_id) OR "
        "(user_id <> '' AND user_id = new.recipient));"_s);
}

} // namespace

QStringList version7(const SqlDialect &dialect)
{
    return dialect.storedWords(u"conversations"_s, who)
        + dialect.storedWords(u"inbound"_s, {u"text"_s});
}

QStringList statusesWithMessageTrigger(const SqlDialect &dialect)
{
    return dialect.trigger(u"statuses_with_message"_s, u"DELETE"_s, u"messages"_s,
        u"old.wamid IS NOT NULL"_s, u"DELETE FROM statuses WHERE wamid = old.wamid;"_s);
}

QStringList version5(const SqlDialect &dialect)
{
    QStringList out = dialect.sql(QStringList {
        u"CREATE TABLE deliveries (id {id}, received_at {int} NOT NULL, "
        "profile TEXT NOT NULL DEFAULT '', verified {int} NOT NULL DEFAULT 0, "
        "statuses {int} NOT NULL DEFAULT 0, messages {int} NOT NULL DEFAULT 0, "
        "others {int} NOT NULL DEFAULT 0, body {blob} NOT NULL)"_s,
        u"CREATE INDEX deliveries_received ON deliveries(received_at)"_s,
        // A retried delivery carries the same status of the same message: kept once.
        u"DELETE FROM statuses WHERE id NOT IN (SELECT min(id) FROM statuses GROUP BY wamid, "
        "status)"_s,
        u"CREATE UNIQUE INDEX statuses_once ON statuses(wamid, status)"_s,
        u"ALTER TABLE statuses ADD COLUMN delivery_id {int} NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE statuses ADD COLUMN recipient TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE statuses ADD COLUMN raw_json TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX statuses_at ON statuses(at)"_s,
    });
    out += statusesWithMessageTrigger(dialect);
    out += dialect.sql(QStringList {
        u"CREATE INDEX messages_wa_id ON messages(wa_id)"_s,
        u"CREATE INDEX messages_recipient_text ON messages(recipient)"_s,
        u"CREATE TABLE conversations (id {id}, profile TEXT NOT NULL DEFAULT '', "
        "phone_number_id TEXT NOT NULL, wa_id TEXT NOT NULL DEFAULT '', "
        "user_id TEXT NOT NULL DEFAULT '', group_id TEXT NOT NULL DEFAULT '', "
        "name TEXT NOT NULL DEFAULT '', username TEXT NOT NULL DEFAULT '', "
        "last_at {int} NOT NULL DEFAULT 0, last_inbound_at {int} NOT NULL DEFAULT 0, "
        "last_text TEXT NOT NULL DEFAULT '', last_type TEXT NOT NULL DEFAULT '', "
        "last_from_us {int} NOT NULL DEFAULT 0, unread {int} NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX conversations_last ON conversations(last_at DESC, id DESC)"_s,
        u"CREATE INDEX conversations_wa_id ON conversations(phone_number_id, wa_id)"_s,
        u"CREATE INDEX conversations_user_id ON conversations(phone_number_id, user_id)"_s,
        // Partial: most conversations are with one customer, and a full index on group_id = ''
        // would tempt the planner away from the number's index.
        u"CREATE INDEX conversations_group_id ON conversations(phone_number_id, group_id) "
        "WHERE group_id <> ''"_s,
    });
    out += dialect.textIndex(u"conversations"_s, who);
    if (!dialect.isPostgres()) {
        // Only when who they are changed: every message updates the row's last message too.
        QStringList changed;
        for (const QString &column : who)
            changed << u"old.%1 IS NOT new.%1"_s.arg(column);
        out += dialect.trigger(u"conversations_fts_update"_s, u"UPDATE OF "_s + who.join(u", "_s),
            u"conversations"_s, changed.join(u" OR "_s),
            u"INSERT INTO conversations_fts(conversations_fts, rowid, name, username, user_id, "
            "group_id) VALUES ('delete', old.id, old.name, old.username, old.user_id, "
            "old.group_id); INSERT INTO conversations_fts(rowid, name, username, user_id, "
            "group_id) VALUES (new.id, new.name, new.username, new.user_id, new.group_id);"_s);
    }
    out += dialect.sql(QStringList {
        u"CREATE TABLE inbound (id {id}, wamid TEXT NOT NULL UNIQUE, "
        "conversation_id {int} NOT NULL, profile TEXT NOT NULL DEFAULT '', "
        "phone_number_id TEXT NOT NULL DEFAULT '', from_number TEXT NOT NULL DEFAULT '', "
        "from_user_id TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT '', "
        "at {int} NOT NULL, received_at {int} NOT NULL, text TEXT NOT NULL DEFAULT '', "
        "context_id TEXT NOT NULL DEFAULT '', understood {int} NOT NULL DEFAULT 1, "
        "raw_json TEXT NOT NULL, delivery_id {int} NOT NULL DEFAULT 0, "
        "media_id TEXT NOT NULL DEFAULT '', media_mime TEXT NOT NULL DEFAULT '', "
        "media_sha256 TEXT NOT NULL DEFAULT '', media_state {int} NOT NULL DEFAULT 0, "
        "media_path TEXT NOT NULL DEFAULT '', media_error TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX inbound_thread ON inbound(conversation_id, at, id)"_s,
        u"CREATE INDEX inbound_media ON inbound(media_state) WHERE media_state = 1"_s,
    });
    out += dialect.textIndex(u"inbound"_s, {u"text"_s});
    out += outboundTrigger(dialect, u"INSERT"_s, {});
    // Graph's answer brings the wa_id a send to a BSUID or an unnormalised number lacked.
    out += outboundTrigger(dialect, u"UPDATE"_s, u"new.wa_id <> old.wa_id"_s);
    out += dialect.sql(QStringList {
        u"CREATE TABLE events (id {id}, delivery_id {int} NOT NULL, "
        "received_at {int} NOT NULL, field TEXT NOT NULL DEFAULT '', "
        "waba_id TEXT NOT NULL DEFAULT '', value_json TEXT NOT NULL, "
        "value_hash TEXT NOT NULL UNIQUE)"_s,
        u"CREATE INDEX events_received ON events(received_at)"_s,
    });
    return out;
}

QString newestStatusSql()
{
    return u"SELECT status FROM statuses WHERE wamid = :wamid ORDER BY at DESC, %1 DESC, "
           "id DESC LIMIT 1"_s.arg(statusRank);
}

} // namespace Wac::InboxSchema
