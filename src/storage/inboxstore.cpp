// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/inboxstore.h"

#include "core/phonenumber.h"
#include "storage/historystore.h"
#include "storage/sqlrows.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QString conversationColumns =
    u"c.id, c.profile, c.phone_number_id, c.wa_id, c.user_id, c.group_id, c.name, c.username, "
    "c.last_at, c.last_inbound_at, c.last_text, c.last_type, c.last_from_us, c.unread"_s;

Conversation conversationOf(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.profile = q.value(1).toString();
    c.phoneNumberId = q.value(2).toString();
    c.waId = q.value(3).toString();
    c.userId = q.value(4).toString();
    c.groupId = q.value(5).toString();
    c.name = q.value(6).toString();
    c.username = q.value(7).toString();
    c.lastAt = q.value(8).toLongLong();
    c.lastInboundAt = q.value(9).toLongLong();
    c.lastText = q.value(10).toString();
    c.lastType = q.value(11).toString();
    c.lastFromUs = q.value(12).toBool();
    c.unread = q.value(13).toInt();
    return c;
}

// Both halves of a thread give the same columns, so one reader takes either.
const QString inboundColumns =
    u"1, i.id, i.id AS k, i.at, i.wamid, i.type, i.text, i.context_id, i.raw_json, "
    "i.understood, 0, '', 0, '', i.media_state, i.media_id, i.media_mime, i.media_path, "
    "i.media_error, ''"_s;
const QString outboundColumns =
    u"0, m.id, -m.id AS k, m.created_at AS at, coalesce(m.wamid, ''), m.type, m.body, "
    "m.replied_to, m.request_json, 1, m.outcome, m.last_status, CASE WHEN m.last_status = "
    "'failed' THEN coalesce((SELECT s.error_code FROM statuses s WHERE s.wamid = m.wamid AND "
    "s.status = 'failed'), m.error_code) ELSE m.error_code END, CASE WHEN m.last_status = "
    "'failed' THEN coalesce((SELECT s.error_message FROM statuses s WHERE s.wamid = m.wamid AND "
    "s.status = 'failed'), m.error_message) ELSE m.error_message END, 0, '', '', '', '', "
    "m.agent"_s;

ThreadItem itemOf(const QSqlQuery &q)
{
    ThreadItem t;
    t.inbound = q.value(0).toBool();
    t.id = q.value(1).toLongLong();
    t.at = q.value(3).toLongLong();
    t.wamid = q.value(4).toString();
    t.type = q.value(5).toString();
    t.text = q.value(6).toString();
    t.contextId = q.value(7).toString();
    t.json = q.value(8).toString().toUtf8();
    t.understood = q.value(9).toBool();
    t.outcome = q.value(10).toInt();
    t.status = q.value(11).toString();
    t.errorCode = q.value(12).toInt();
    t.errorMessage = q.value(13).toString();
    t.media = InboundMedia(q.value(14).toInt());
    t.mediaId = q.value(15).toString();
    t.mediaMimeType = q.value(16).toString();
    t.mediaPath = q.value(17).toString();
    t.mediaError = q.value(18).toString();
    t.agent = q.value(19).toString();
    return t;
}

/// NULL for an empty value: `column = NULL` is never true, so an empty number matches nothing.
QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

/// The digits of a search that reads as a phone number ("+1 650-555", "(650) 555"); empty for
/// anything else, so that "Customer 1" does not match every number holding a 1.
QString numberSearched(const QString &text)
{
    static const QRegularExpression number(u"^\\+?[0-9 ()\\-.]+$"_s);
    return number.match(text).hasMatch() ? PhoneNumber::parse(text).digits() : QString();
}

} // namespace

InboxStore::InboxStore(const HistoryStore *history)
    : m_history(history)
{ }

QList<Conversation> InboxStore::conversations(const QString &search, Cursor from, int limit) const
{
    QSqlQuery q(m_history->database());
    q.setForwardOnly(true);
    QString condition = u"TRUE"_s;
    if (from.at != 0)
        condition = u"(c.last_at < :at OR (c.last_at = :at AND c.id < :id))"_s;
    const QString text = search.trimmed();
    const SqlDialect dialect = m_history->dialect();
    const QString fts = dialect.textQuery(text);
    const QString digits = numberSearched(text);
    if (!text.isEmpty()) {
        // Who they are, by word prefix; their number anywhere in it; or the words they wrote.
        QStringList matches;
        if (!fts.isEmpty())
            matches << dialect.textMatch(u"conversations"_s, u"c"_s, u":fts"_s)
                    + u" OR c.id IN (SELECT i.conversation_id FROM inbound i WHERE "_s
                    + dialect.textMatch(u"inbound"_s, u"i"_s, u":fts"_s) + u')';
        if (!digits.isEmpty())
            matches << u"c.wa_id LIKE :digits"_s;
        condition +=
            u" AND ("_s + (matches.isEmpty() ? u"FALSE"_s : matches.join(u" OR "_s)) + u')';
    }
    q.prepare(u"SELECT %1 FROM conversations c WHERE %2 ORDER BY c.last_at DESC, c.id DESC "
              "LIMIT :limit"_s.arg(conversationColumns, condition));
    if (from.at != 0) {
        q.bindValue(u":at"_s, from.at);
        q.bindValue(u":id"_s, from.id);
    }
    if (!fts.isEmpty())
        q.bindValue(u":fts"_s, fts);
    if (!digits.isEmpty())
        q.bindValue(u":digits"_s, QString(u'%' + digits + u'%'));
    q.bindValue(u":limit"_s, limit);
    return collect<Conversation>(q, &m_error, conversationOf);
}

std::optional<Conversation> InboxStore::conversation(qint64 id) const
{
    QSqlQuery q(m_history->database());
    q.prepare(u"SELECT %1 FROM conversations c WHERE c.id = :id"_s.arg(conversationColumns));
    q.bindValue(u":id"_s, id);
    if (q.exec() && q.next())
        return conversationOf(q);
    return std::nullopt;
}

std::optional<Conversation> InboxStore::find(
    const QString &phoneNumberId, const QString &recipient) const
{
    const QString text = recipient.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // A BSUID ("US.1349…") or a group ID has letters or dots; anything else is a number.
    const bool number = numberSearched(text) == PhoneNumber::parse(text).digits()
        && !PhoneNumber::parse(text).digits().isEmpty();
    const QString onNumber = phoneNumberId.isEmpty() ? u"TRUE"_s : u"c.phone_number_id = :p"_s;
    const auto first = [&](const QString &condition,
                           const QString &value) -> std::optional<Conversation> {
        QSqlQuery q(m_history->database());
        q.prepare(u"SELECT %1 FROM conversations c WHERE %2 AND %3 ORDER BY c.last_at DESC "
                  "LIMIT 1"_s.arg(conversationColumns, onNumber, condition));
        if (!phoneNumberId.isEmpty())
            q.bindValue(u":p"_s, phoneNumberId);
        q.bindValue(u":v"_s, value);
        if (q.exec() && q.next())
            return conversationOf(q);
        return std::nullopt;
    };
    if (number)
        return first(u"c.wa_id = :v AND c.group_id = ''"_s, PhoneNumber::parse(text).digits());
    if (auto byUser = first(u"c.user_id = :v AND c.group_id = ''"_s, text))
        return byUser;
    return first(u"c.group_id = :v AND c.group_id <> ''"_s, text);
}

QList<ThreadItem> InboxStore::thread(const Conversation &c, Cursor before, int limit) const
{
    const QString older = before.at == 0 ? u"TRUE"_s : u"(at < :at OR (at = :at AND k < :k))"_s;
    // Each half is cut to a page by its own index before the two are merged.
    const QString sql =
        u"SELECT * FROM (SELECT * FROM (SELECT %1 FROM inbound i WHERE i.conversation_id = :c) "
        "AS theirs WHERE %3 ORDER BY at DESC, k DESC LIMIT :n) AS theirs_page UNION ALL SELECT * "
        "FROM (SELECT * FROM (SELECT %2 FROM messages m WHERE m.phone_number_id = :p AND "
        "(m.recipient_digits = :wa OR m.wa_id = :wa OR m.recipient = :uid OR m.recipient = :g)) "
        "AS sent WHERE %3 ORDER BY at DESC, k DESC LIMIT :n) AS ours_page ORDER BY 4 DESC, "
        "3 DESC LIMIT :n"_s.arg(inboundColumns, outboundColumns, older);
    QSqlQuery q(m_history->database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(u":c"_s, c.id);
    q.bindValue(u":p"_s, c.phoneNumberId);
    q.bindValue(u":wa"_s, orNull(c.groupId.isEmpty() ? c.waId : QString()));
    q.bindValue(u":uid"_s, orNull(c.groupId.isEmpty() ? c.userId : QString()));
    q.bindValue(u":g"_s, orNull(c.groupId));
    if (before.at != 0) {
        q.bindValue(u":at"_s, before.at);
        q.bindValue(u":k"_s, before.id);
    }
    q.bindValue(u":n"_s, limit);
    return collect<ThreadItem>(
        q, &m_error, [this](const QSqlQuery &row) { return located(itemOf(row)); });
}

QList<ThreadItem> InboxStore::inboundWhere(
    const QString &condition, const QVariantList &binds) const
{
    QSqlQuery q(m_history->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM inbound i WHERE %2"_s.arg(inboundColumns, condition));
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    return collect<ThreadItem>(
        q, &m_error, [this](const QSqlQuery &row) { return located(itemOf(row)); });
}

std::optional<ThreadItem> InboxStore::inbound(const QString &wamid) const
{
    const QList<ThreadItem> items = inboundWhere(u"i.wamid = ?"_s, {wamid});
    return items.isEmpty() ? std::nullopt : std::optional(items.first());
}

std::optional<ThreadItem> InboxStore::inbound(qint64 id) const
{
    const QList<ThreadItem> items = inboundWhere(u"i.id = ?"_s, {id});
    return items.isEmpty() ? std::nullopt : std::optional(items.first());
}

QList<ThreadItem> InboxStore::pendingMedia(int limit) const
{
    return inboundWhere(u"i.media_state = 1 ORDER BY i.id LIMIT ?"_s, {limit});
}

std::optional<MediaSource> InboxStore::mediaSource(qint64 inboundId) const
{
    QSqlQuery q(m_history->database());
    q.prepare(u"SELECT profile, media_id, media_mime, media_sha256, media_state, media_path "
              "FROM inbound WHERE id = :id"_s);
    q.bindValue(u":id"_s, inboundId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return MediaSource {inboundId, q.value(0).toString(), q.value(1).toString(),
        q.value(2).toString(), q.value(3).toString(), InboundMedia(q.value(4).toInt()),
        localPath(q.value(5).toString())};
}

QString InboxStore::localPath(const QString &stored) const
{
    // An absolute path (a file store's) stays as it is.
    return stored.isEmpty() || m_mediaFolder.isEmpty() ? stored
                                                       : QDir(m_mediaFolder).filePath(stored);
}

ThreadItem InboxStore::located(ThreadItem item) const
{
    item.mediaPath = localPath(item.mediaPath);
    item.mediaHere = !item.mediaPath.isEmpty() && QFileInfo::exists(item.mediaPath);
    return item;
}

QList<StatusRow> InboxStore::statuses(const QString &wamid) const
{
    QSqlQuery q(m_history->database());
    q.prepare(u"SELECT wamid, status, at, error_code, error_message, raw_json FROM statuses "
              "WHERE wamid = :wamid ORDER BY at, id"_s);
    q.bindValue(u":wamid"_s, wamid);
    return collect<StatusRow>(q, &m_error, [](const QSqlQuery &row) {
        return StatusRow {row.value(0).toString(), row.value(1).toString(),
            row.value(2).toLongLong(), row.value(3).toInt(), row.value(4).toString(),
            row.value(5).toString().toUtf8()};
    });
}

qint64 InboxStore::count(const QString &table) const
{
    QSqlQuery q(m_history->database());
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 InboxStore::conversationCount() const
{
    return count(u"conversations"_s);
}

qint64 InboxStore::inboundCount() const
{
    return count(u"inbound"_s);
}

} // namespace Wac
