// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/inboxschema.h"

using namespace Qt::StringLiterals;

namespace Wac::InboxSchema {

namespace {

const QString statusRank = u"CASE status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 "
                           "WHEN 'read' THEN 3 WHEN 'played' THEN 4 WHEN 'failed' THEN 5 "
                           "WHEN 'deleted' THEN 6 ELSE 0 END"_s;

// A send to a customer who wrote moves their conversation up, whichever process sent it. The
// customer is matched by number (recipient_digits, or the wa_id Graph answered with) or BSUID.
QString outboundTrigger(const QString &event, const QString &when)
{
    return u"CREATE TRIGGER conversations_outbound_%1 AFTER %2 ON messages %3 BEGIN "
           "UPDATE conversations SET last_at = max(last_at, new.created_at), "
           "last_text = substr(replace(new.body, char(10), ' '), 1, 200), last_type = new.type, "
           "last_from_us = 1 WHERE last_at <= new.created_at AND group_id = '' "
           "AND phone_number_id = new.phone_number_id AND ((new.recipient_digits <> '' AND "
           "wa_id = new.recipient_digits) OR (new.wa_id <> '' AND wa_id = new.wa_id) OR "
           "(user_id <> '' AND user_id = new.recipient)); END"_s.arg(event, event.toUpper(), when);
}

} // namespace

QString statusesWithMessageTrigger()
{
    return u"CREATE TRIGGER statuses_with_message AFTER DELETE ON messages "
           "WHEN old.wamid IS NOT NULL BEGIN DELETE FROM statuses WHERE wamid = old.wamid; END"_s;
}

QStringList version5()
{
    return {
        u"CREATE TABLE deliveries (id INTEGER PRIMARY KEY, received_at INTEGER NOT NULL, "
        "profile TEXT NOT NULL DEFAULT '', verified INTEGER NOT NULL DEFAULT 0, "
        "statuses INTEGER NOT NULL DEFAULT 0, messages INTEGER NOT NULL DEFAULT 0, "
        "others INTEGER NOT NULL DEFAULT 0, body BLOB NOT NULL)"_s,
        u"CREATE INDEX deliveries_received ON deliveries(received_at)"_s,
        // A retried delivery carries the same status of the same message: kept once.
        u"DELETE FROM statuses WHERE id NOT IN (SELECT min(id) FROM statuses GROUP BY wamid, "
        "status)"_s,
        u"CREATE UNIQUE INDEX statuses_once ON statuses(wamid, status)"_s,
        u"ALTER TABLE statuses ADD COLUMN delivery_id INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE statuses ADD COLUMN recipient TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE statuses ADD COLUMN raw_json TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX statuses_at ON statuses(at)"_s,
        statusesWithMessageTrigger(),
        u"CREATE INDEX messages_wa_id ON messages(wa_id)"_s,
        u"CREATE INDEX messages_recipient_text ON messages(recipient)"_s,
        u"CREATE TABLE conversations (id INTEGER PRIMARY KEY, profile TEXT NOT NULL DEFAULT '', "
        "phone_number_id TEXT NOT NULL, wa_id TEXT NOT NULL DEFAULT '', "
        "user_id TEXT NOT NULL DEFAULT '', group_id TEXT NOT NULL DEFAULT '', "
        "name TEXT NOT NULL DEFAULT '', username TEXT NOT NULL DEFAULT '', "
        "last_at INTEGER NOT NULL DEFAULT 0, last_inbound_at INTEGER NOT NULL DEFAULT 0, "
        "last_text TEXT NOT NULL DEFAULT '', last_type TEXT NOT NULL DEFAULT '', "
        "last_from_us INTEGER NOT NULL DEFAULT 0, unread INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX conversations_last ON conversations(last_at DESC, id DESC)"_s,
        u"CREATE INDEX conversations_wa_id ON conversations(phone_number_id, wa_id)"_s,
        u"CREATE INDEX conversations_user_id ON conversations(phone_number_id, user_id)"_s,
        // Partial: most conversations are with one customer, and a full index on group_id = ''
        // would tempt the planner away from the number's index.
        u"CREATE INDEX conversations_group_id ON conversations(phone_number_id, group_id) "
        "WHERE group_id <> ''"_s,
        // Who they are, searchable by word prefix: name, username, BSUID, group.
        u"CREATE VIRTUAL TABLE conversations_fts USING fts5(name, username, user_id, group_id, "
        "content='conversations', content_rowid='id')"_s,
        u"CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN "
        "INSERT INTO conversations_fts(rowid, name, username, user_id, group_id) VALUES (new.id, "
        "new.name, new.username, new.user_id, new.group_id); END"_s,
        // Only when who they are changed: every message updates the row's last message too.
        u"CREATE TRIGGER conversations_fts_update AFTER UPDATE OF name, username, user_id, "
        "group_id ON conversations WHEN old.name IS NOT new.name OR old.username IS NOT "
        "new.username OR old.user_id IS NOT new.user_id OR old.group_id IS NOT new.group_id "
        "BEGIN INSERT INTO conversations_fts(conversations_fts, rowid, name, username, user_id, "
        "group_id) VALUES ('delete', old.id, old.name, old.username, old.user_id, old.group_id); "
        "INSERT INTO conversations_fts(rowid, name, username, user_id, group_id) VALUES (new.id, "
        "new.name, new.username, new.user_id, new.group_id); END"_s,
        u"CREATE TABLE inbound (id INTEGER PRIMARY KEY, wamid TEXT NOT NULL UNIQUE, "
        "conversation_id INTEGER NOT NULL, profile TEXT NOT NULL DEFAULT '', "
        "phone_number_id TEXT NOT NULL DEFAULT '', from_number TEXT NOT NULL DEFAULT '', "
        "from_user_id TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT '', "
        "at INTEGER NOT NULL, received_at INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '', "
        "context_id TEXT NOT NULL DEFAULT '', understood INTEGER NOT NULL DEFAULT 1, "
        "raw_json TEXT NOT NULL, delivery_id INTEGER NOT NULL DEFAULT 0, "
        "media_id TEXT NOT NULL DEFAULT '', media_mime TEXT NOT NULL DEFAULT '', "
        "media_sha256 TEXT NOT NULL DEFAULT '', media_state INTEGER NOT NULL DEFAULT 0, "
        "media_path TEXT NOT NULL DEFAULT '', media_error TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX inbound_thread ON inbound(conversation_id, at, id)"_s,
        u"CREATE INDEX inbound_media ON inbound(media_state) WHERE media_state = 1"_s,
        u"CREATE VIRTUAL TABLE inbound_fts USING fts5(text, content='inbound', "
        "content_rowid='id')"_s,
        u"CREATE TRIGGER inbound_fts_insert AFTER INSERT ON inbound BEGIN "
        "INSERT INTO inbound_fts(rowid, text) VALUES (new.id, new.text); END"_s,
        u"CREATE TRIGGER inbound_fts_delete AFTER DELETE ON inbound BEGIN "
        "INSERT INTO inbound_fts(inbound_fts, rowid, text) VALUES ('delete', old.id, old.text); "
        "END"_s,
        outboundTrigger(u"insert"_s, {}),
        // Graph's answer brings the wa_id a send to a BSUID or an unnormalised number lacked.
        outboundTrigger(u"update"_s, u"WHEN new.wa_id <> old.wa_id"_s),
        u"CREATE TABLE events (id INTEGER PRIMARY KEY, delivery_id INTEGER NOT NULL, "
        "received_at INTEGER NOT NULL, field TEXT NOT NULL DEFAULT '', "
        "waba_id TEXT NOT NULL DEFAULT '', value_json TEXT NOT NULL, "
        "value_hash TEXT NOT NULL UNIQUE)"_s,
        u"CREATE INDEX events_received ON events(received_at)"_s,
    };
}

QString newestStatusSql()
{
    return u"SELECT status FROM statuses WHERE wamid = :wamid ORDER BY at DESC, %1 DESC, "
           "id DESC LIMIT 1"_s.arg(statusRank);
}

} // namespace Wac::InboxSchema
