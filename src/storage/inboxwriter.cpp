// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/inboxwriter.h"

#include "storage/historyschema.h"
#include "storage/historystore.h"
#include "storage/inboxschema.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

using HistorySchema::orEmpty;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// What Graph said of a failure: the first error's code, and its message with its details.
std::pair<int, QString> firstError(const QJsonArray &errors)
{
    if (errors.isEmpty())
        return {0, {}};
    const QJsonObject error = errors.first().toObject();
    QString text = error.value(u"message").toString(error.value(u"title").toString());
    const QString details = error[u"error_data"_s][u"details"_s].toString();
    if (!details.isEmpty() && details != text)
        text += (text.isEmpty() ? u""_s : u": "_s) + details;
    return {error.value(u"code").toInt(), text};
}

/// A webhook's Unix seconds in UTC ms; when missing or absurd (beyond year 9999), the time it
/// came, so that it is neither the oldest of its timeline nor gone at the next clean-up.
qint64 timeOf(qint64 seconds, qint64 receivedAt)
{
    constexpr qint64 year9999 = 253402300799;
    return seconds > 0 && seconds <= year9999 ? seconds * 1000 : receivedAt;
}

/// A user's message opens or refreshes the customer-service window (reference §7); a system
/// notice (a changed number) is not the customer writing.
bool opensWindow(const WebhookMessage &message)
{
    return message.type != u"system"_s;
}

} // namespace

InboxWriter::InboxWriter(HistoryStore *history)
    : m_history(history)
    , m_prepared(history)
    , m_matcher(m_prepared, history->dialect())
{ }

bool InboxWriter::fail(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    return false;
}

std::optional<RecordedDelivery> InboxWriter::record(const QString &profile, const QByteArray &body,
    qint64 receivedAt, bool verified, const WebhookDelivery &delivery)
{
    QSqlDatabase db = m_history->database();
    m_error.clear();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return std::nullopt;
    }
    RecordedDelivery out;
    const auto work = [&] {
        QSqlQuery &query =
            m_prepared(u"INSERT INTO deliveries (received_at, profile, verified, statuses, "
                       "messages, others, body) VALUES (:at, :profile, :verified, :s, :m, :o, "
                       ":body) RETURNING id"_s);
        query.bindValue(u":at"_s, receivedAt);
        query.bindValue(u":profile"_s, orEmpty(profile));
        query.bindValue(u":verified"_s, verified ? 1 : 0);
        query.bindValue(u":s"_s, delivery.statuses.size());
        query.bindValue(u":m"_s, delivery.messages.size());
        query.bindValue(u":o"_s, delivery.others.size());
        query.bindValue(u":body"_s, body);
        if (!query.exec() || !query.next())
            return fail(query);
        out.deliveryId = query.value(0).toLongLong();
        query.finish();
        for (int i = 0; i < delivery.statuses.size(); ++i) {
            const int before = out.newStatuses;
            if (!recordStatus(delivery.statuses.at(i), receivedAt, out.deliveryId, out))
                return false;
            if (out.newStatuses != before)
                out.newStatusIndexes << i;
        }
        for (int i = 0; i < delivery.messages.size(); ++i) {
            const int before = out.newMessages;
            if (!recordMessage(profile, delivery.messages.at(i), receivedAt, out.deliveryId, out))
                return false;
            if (out.newMessages != before)
                out.newMessageIndexes << i;
        }
        // A retry brings the same change again: kept once, by its content's hash.
        QSqlQuery &events = m_prepared(u"INSERT INTO events (delivery_id, received_at, field, "
                                       "waba_id, value_json, value_hash) VALUES (:d, :at, :field, "
                                       ":waba, :value, :hash) ON CONFLICT DO NOTHING "
                                       "RETURNING id"_s);
        for (int i = 0; i < delivery.others.size(); ++i) {
            const WebhookChange &change = delivery.others.at(i);
            const QString value = compact(change.value);
            const QByteArray hash = QCryptographicHash::hash(
                (change.field + u'\n' + change.wabaId + u'\n' + value).toUtf8(),
                QCryptographicHash::Sha256);
            events.bindValue(u":d"_s, out.deliveryId);
            events.bindValue(u":at"_s, receivedAt);
            events.bindValue(u":field"_s, orEmpty(change.field));
            events.bindValue(u":waba"_s, orEmpty(change.wabaId));
            events.bindValue(u":value"_s, value);
            events.bindValue(u":hash"_s, QString::fromLatin1(hash.toHex()));
            if (!events.exec())
                return fail(events);
            if (events.next()) {
                ++out.others;
                out.newOtherIndexes << i;
            }
            events.finish();
        }
        return true;
    };
    if (work() && db.commit())
        return out;
    if (m_error.isEmpty())
        m_error = db.lastError().text();
    db.rollback();
    return std::nullopt;
}

bool InboxWriter::recordStatus(
    const WebhookStatus &status, qint64 receivedAt, qint64 deliveryId, RecordedDelivery &out)
{
    const auto [code, message] = firstError(status.errors);
    QSqlQuery &query =
        m_prepared(u"INSERT INTO statuses (wamid, status, at, error_code, error_message, "
                   "delivery_id, recipient, raw_json) VALUES (:wamid, :status, :at, :code, "
                   ":message, :d, :recipient, :raw) ON CONFLICT DO NOTHING RETURNING id"_s);
    query.bindValue(u":wamid"_s, status.wamid);
    query.bindValue(u":status"_s, status.status);
    query.bindValue(u":at"_s, timeOf(status.timestamp, receivedAt));
    query.bindValue(u":code"_s, code);
    query.bindValue(u":message"_s, orEmpty(message));
    query.bindValue(u":d"_s, deliveryId);
    query.bindValue(u":recipient"_s,
        orEmpty(status.recipientId.isEmpty() ? status.recipientUserId : status.recipientId));
    query.bindValue(u":raw"_s, compact(status.raw));
    if (!query.exec())
        return fail(query);
    // Unique constraints, not luck, keep a retry (or a second receiver's copy) out.
    const bool added = query.next();
    query.finish();
    if (!added)
        return true; // a retry: already recorded
    ++out.newStatuses;
    // The row shows the newest status of its timeline, whatever order webhooks arrive in.
    QSqlQuery &update =
        m_prepared(u"UPDATE messages SET last_status = (%1) WHERE wamid = :wamid"_s.arg(
            InboxSchema::newestStatusSql()));
    update.bindValue(u":wamid"_s, status.wamid);
    if (!update.exec())
        return fail(update);
    QSqlQuery &rows = m_prepared(u"SELECT id FROM messages WHERE wamid = :wamid"_s);
    rows.bindValue(u":wamid"_s, status.wamid);
    if (!rows.exec())
        return fail(rows);
    while (rows.next())
        out.historyIds << rows.value(0).toLongLong();
    rows.finish();
    return true;
}

bool InboxWriter::recordMessage(const QString &profile, const WebhookMessage &message,
    qint64 receivedAt, qint64 deliveryId, RecordedDelivery &out)
{
    const qint64 conversation = m_matcher.conversationFor(profile, message, &m_error);
    if (conversation == 0)
        return false; // m_error says why
    const qint64 at = timeOf(message.timestamp, receivedAt);
    const bool media = !message.mediaId.isEmpty();
    QSqlQuery &query =
        m_prepared(u"INSERT INTO inbound (wamid, conversation_id, profile, "
                   "phone_number_id, from_number, from_user_id, type, at, received_at, text, "
                   "context_id, understood, raw_json, delivery_id, media_id, media_mime, "
                   "media_sha256, media_state) VALUES (:wamid, :c, :profile, :p, :from, :uid, "
                   ":type, :at, :received, :text, :context, :understood, :raw, :d, :mid, :mime, "
                   ":sha, :state) ON CONFLICT DO NOTHING RETURNING id"_s);
    query.bindValue(u":wamid"_s, message.wamid);
    query.bindValue(u":c"_s, conversation);
    query.bindValue(u":profile"_s, orEmpty(profile));
    query.bindValue(u":p"_s, orEmpty(message.phoneNumberId));
    query.bindValue(u":from"_s, orEmpty(message.from));
    query.bindValue(u":uid"_s, orEmpty(message.fromUserId));
    query.bindValue(u":type"_s, orEmpty(message.type));
    query.bindValue(u":at"_s, at);
    query.bindValue(u":received"_s, receivedAt);
    query.bindValue(u":text"_s, orEmpty(message.text));
    query.bindValue(u":context"_s, orEmpty(message.contextId));
    query.bindValue(u":understood"_s, message.understood ? 1 : 0);
    query.bindValue(u":raw"_s, compact(message.raw));
    query.bindValue(u":d"_s, deliveryId);
    query.bindValue(u":mid"_s, orEmpty(message.mediaId));
    query.bindValue(u":mime"_s, orEmpty(message.mediaMimeType));
    query.bindValue(u":sha"_s, orEmpty(message.mediaSha256));
    query.bindValue(u":state"_s, int(media ? InboundMedia::Pending : InboundMedia::None));
    if (!query.exec())
        return fail(query);
    const qint64 inboundId = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (inboundId == 0)
        return true; // a retry: already recorded
    ++out.newMessages;
    if (media)
        out.mediaIds << inboundId;
    // SQL reads every right-hand side from the row as it was: last_at is the old one here.
    QSqlQuery &moved = m_prepared(m_history->dialect().sql(
        u"UPDATE conversations SET last_text = CASE WHEN :at >= last_at THEN :text "
        "ELSE last_text END, last_type = CASE WHEN :at >= last_at THEN :type ELSE "
        "last_type END, last_from_us = CASE WHEN :at >= last_at THEN 0 ELSE "
        "last_from_us END, last_at = {greatest}(last_at, :at), last_inbound_at = CASE WHEN "
        ":opens = 1 THEN {greatest}(last_inbound_at, :at) ELSE last_inbound_at END, "
        "unread = unread + 1 WHERE id = :c"_s));
    moved.bindValue(u":at"_s, at);
    moved.bindValue(u":text"_s, orEmpty(message.text.left(200)));
    moved.bindValue(u":type"_s, orEmpty(message.type));
    moved.bindValue(u":opens"_s, opensWindow(message) ? 1 : 0);
    moved.bindValue(u":c"_s, conversation);
    if (!moved.exec())
        return fail(moved);
    if (!out.conversationIds.contains(conversation))
        out.conversationIds << conversation;
    return true;
}

bool InboxWriter::setMedia(
    qint64 inboundId, InboundMedia state, const QString &path, const QString &error)
{
    QSqlQuery &query = m_prepared(u"UPDATE inbound SET media_state = :state, media_path = :path, "
                                  "media_error = :error WHERE id = :id"_s);
    query.bindValue(u":state"_s, int(state));
    query.bindValue(u":path"_s, orEmpty(path));
    query.bindValue(u":error"_s, orEmpty(error));
    query.bindValue(u":id"_s, inboundId);
    return (query.exec() && query.numRowsAffected() == 1) || fail(query);
}

bool InboxWriter::markRead(qint64 conversationId)
{
    QSqlQuery &query =
        m_prepared(u"UPDATE conversations SET unread = 0 WHERE id = :id AND unread <> 0"_s);
    query.bindValue(u":id"_s, conversationId);
    return query.exec() || fail(query);
}

} // namespace Wac
