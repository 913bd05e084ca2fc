// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "conversationscommand.h"

#include "core/coretr.h"
#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "storage/inboxstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

#include "clicommands.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

namespace {

constexpr qint64 windowMs = 24LL * 3600 * 1000;

QJsonValue isoTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\t', u' ');
}

/// "open", "closed" or "unknown" (never written): the 24-hour window from their last message.
QString windowState(const Conversation &c, qint64 nowMs)
{
    if (c.lastInboundAt <= 0)
        return u"unknown"_s;
    return nowMs - c.lastInboundAt < windowMs ? u"open"_s : u"closed"_s;
}

QJsonObject conversationJson(const Conversation &c, qint64 nowMs)
{
    return {{u"id"_s, c.id}, {u"address"_s, c.address()}, {u"wa_id"_s, c.waId},
        {u"user_id"_s, c.userId}, {u"group_id"_s, c.groupId}, {u"name"_s, c.name},
        {u"username"_s, c.username}, {u"phone_number_id"_s, c.phoneNumberId},
        {u"profile"_s, c.profile}, {u"last_at"_s, isoTime(c.lastAt)},
        {u"last_inbound_at"_s, isoTime(c.lastInboundAt)}, {u"last_text"_s, c.lastText},
        {u"last_type"_s, c.lastType}, {u"last_from_us"_s, c.lastFromUs}, {u"unread"_s, c.unread},
        {u"window"_s, windowState(c, nowMs)},
        {u"window_open_until"_s,
            c.lastInboundAt > 0 ? isoTime(c.lastInboundAt + windowMs) : QJsonValue::Null}};
}

QJsonObject itemJson(const ThreadItem &t)
{
    QJsonObject item {{u"direction"_s, t.inbound ? u"in"_s : u"out"_s}, {u"wamid"_s, t.wamid},
        {u"type"_s, t.type}, {u"timestamp"_s, isoTime(t.at)}, {u"text"_s, t.text}};
    if (!t.contextId.isEmpty())
        item.insert(u"context"_s, t.contextId);
    if (t.inbound && !t.understood)
        item.insert(u"understood"_s, false);
    if (!t.inbound) {
        if (!t.agent.isEmpty())
            item.insert(u"agent"_s, t.agent);
        item.insert(
            u"status"_s, t.status.isEmpty() ? HistoryExport::outcomeName(t.outcome) : t.status);
        if (t.errorCode != 0)
            item.insert(
                u"error"_s, QJsonObject {{u"code"_s, t.errorCode}, {u"message"_s, t.errorMessage}});
    }
    return item;
}

void writeJson(const QJsonArray &array, QTextStream &out)
{
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out.flush();
}

int thread(const InboxStore &inbox, const QString &with, qint64 limit, bool json, QTextStream &out,
    QTextStream &err)
{
    const std::optional<Conversation> found = inbox.find({}, with);
    if (!found) {
        err << Tr::tr("No conversation with %1: they have not written to a receiver of this "
                      "computer.")
                   .arg(with)
            << Qt::endl;
        return Invalid;
    }
    QList<ThreadItem> items = inbox.thread(*found, {}, int(limit));
    std::reverse(items.begin(), items.end()); // read as a chat reads: oldest first
    if (json) {
        QJsonArray array;
        for (const ThreadItem &t : std::as_const(items))
            array.append(itemJson(t));
        writeJson(array, out);
        return Ok;
    }
    for (const ThreadItem &t : std::as_const(items)) {
        const QString status = t.inbound
            ? QString()
            : (t.status.isEmpty() ? HistoryExport::outcomeName(t.outcome) : t.status);
        out << localTime(t.at) << u'\t' << (t.inbound ? u"<-"_s : u"->"_s) << u'\t' << t.type
            << u'\t' << (status.isEmpty() ? u"-"_s : status) << u'\t' << oneLine(t.text)
            << (t.errorCode != 0 ? u" [%1 %2]"_s.arg(t.errorCode).arg(t.errorMessage) : QString())
            << u'\n';
    }
    out.flush();
    return Ok;
}

} // namespace

int conversations(const std::optional<Profile> &profile, const QString &with, qint64 limit,
    const QString &format, QTextStream &out, QTextStream &err)
{
    if (format != u"table" && format != u"json") {
        err << Tr::tr("--format takes table or json.") << Qt::endl;
        return Unreadable;
    }
    const bool json = format == u"json";
    const std::optional<StoreLocation> location = storeOf(profile, err);
    if (!location)
        return Unreadable;
    if (noHistoryYet(*location, err))
        return json ? (out << "[]\n", Ok) : Ok;
    HistoryStore store(*location);
    if (!openHistory(store, err))
        return Unreadable;
    const InboxStore inbox(&store);
    const qint64 count = limit > 0 ? limit : 50;
    if (!with.isEmpty())
        return thread(inbox, with, count, json, out, err);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<Conversation> list = inbox.conversations({}, {}, int(count));
    if (json) {
        QJsonArray array;
        for (const Conversation &c : list)
            array.append(conversationJson(c, now));
        writeJson(array, out);
        return Ok;
    }
    for (const Conversation &c : list) {
        out << localTime(c.lastAt) << u'\t' << c.address() << u'\t'
            << (c.name.isEmpty() ? u"-"_s : oneLine(c.name)) << u'\t' << c.unread << u'\t'
            << windowState(c, now) << u'\t' << (c.lastFromUs ? u"-> "_s : u"<- "_s)
            << oneLine(c.lastText) << u'\n';
    }
    out.flush();
    return Ok;
}

} // namespace Wac::Cli
