// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// What was received, at 100,000 customers and a million of their messages: the conversation
// list's first page and a scroll through it, a search, a thread opened and scrolled, each beside
// the same rows read by one plain SQLite query in the same process; then deliveries recorded per
// second (parsed and committed, one transaction each) beside bare INSERTs of the same bodies.
// Figures, never a test.
//   build/bench/bench_inbox [MESSAGES]   (the database is made once, in /tmp, and reused)
#include "core/webhooks/webhookparser.h"
#include "storage/historystore.h"
#include "storage/inboxstore.h"
#include "storage/inboxwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

#include "benchtiming.h"

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const QStringList words = {u"order"_s, u"where"_s, u"refund"_s, u"invoice"_s, u"delivery"_s,
    u"tomorrow"_s, u"thanks"_s, u"payment"_s, u"broken"_s, u"parcel"_s, u"pedido"_s, u"заказ"_s,
    u"hello"_s, u"address"_s, u"size"_s, u"colour"_s};

constexpr qint64 customers = 100000;
const QString phoneId = u"106540352242922"_s;

QByteArray body(const QJsonArray &messages, const QJsonArray &contacts)
{
    const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {
                {u"display_phone_number"_s, u"15550783881"_s}, {u"phone_number_id"_s, phoneId}}},
        {u"contacts"_s, contacts}, {u"messages"_s, messages}};
    return QJsonDocument(QJsonObject {{u"object"_s, u"whatsapp_business_account"_s},
                             {u"entry"_s,
                                 QJsonArray {QJsonObject {{u"id"_s, u"1"_s},
                                     {u"changes"_s,
                                         QJsonArray {QJsonObject {{u"field"_s, u"messages"_s},
                                             {u"value"_s, value}}}}}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject message(qint64 n, QRandomGenerator &rng, QString *from)
{
    *from = u"1650"_s + QString::number(1000000 + rng.bounded(int(customers)));
    QStringList text;
    for (int w = 0, count = 2 + rng.bounded(10); w < count; ++w)
        text << words.at(rng.bounded(words.size()));
    // And one of 20,000 rarer words (a name, a product, an order number's word), as real
    // messages have: searches for those are what an agent mostly types.
    text << u"item"_s + QString::number(rng.bounded(20000));
    return {{u"from"_s, *from}, {u"id"_s, QString(u"wamid.in."_s + QString::number(n))},
        {u"timestamp"_s, QString::number(1700000000 + n * 30)}, {u"type"_s, u"text"_s},
        {u"text"_s, QJsonObject {{u"body"_s, text.join(u' ')}}}};
}

/// A million messages from 100,000 customers, written by the real writer in deliveries of 1,000.
void generate(Wac::HistoryStore &store, qint64 messages)
{
    QSqlQuery(store.database()).exec(u"PRAGMA synchronous = OFF"_s);
    Wac::InboxWriter writer(&store);
    QRandomGenerator rng(7);
    for (qint64 n = 0; n < messages;) {
        QJsonArray batch;
        QJsonArray contacts;
        for (int i = 0; i < 1000 && n < messages; ++i, ++n) {
            QString from;
            batch.append(message(n, rng, &from));
            contacts.append(QJsonObject {{u"wa_id"_s, from},
                {u"profile"_s,
                    QJsonObject {{u"name"_s, QString(u"Customer "_s + from.right(6))}}}});
        }
        const QByteArray bytes = body(batch, contacts);
        // One contact per message: the parser matches each message to its own.
        writer.record(u"Production"_s, bytes, 1700000000000 + n, true,
            Wac::WebhookParser::parse(QJsonDocument::fromJson(bytes).object()));
        if (n % 200000 == 0)
            out << "  generated " << n << " messages" << Qt::endl;
    }
    QSqlQuery(store.database()).exec(u"PRAGMA synchronous = NORMAL"_s);
}

void row(const char *what, double oursNs, double rawNs)
{
    out << QString::fromLatin1(what).leftJustified(44) << QString::number(oursNs / 1e6, 'f', 3)
        << " ms   raw SQLite " << QString::number(rawNs / 1e6, 'f', 3) << " ms   ratio "
        << QString::number(oursNs / rawNs, 'f', 2) << Qt::endl;
}

double rawQuery(Wac::HistoryStore &store, const QString &sql, const QVariantList &binds)
{
    return Bench::nanosPerCall(
        [&] {
            QSqlQuery q(store.database());
            q.setForwardOnly(true);
            q.prepare(sql);
            for (qsizetype i = 0; i < binds.size(); ++i)
                q.bindValue(int(i), binds.at(i));
            q.exec();
            const int columns = q.record().count();
            while (q.next()) {
                for (int c = 0; c < columns; ++c)
                    q.value(c);
            }
        },
        200000000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 messages = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QString path = u"/tmp/waconsole-bench-inbox-%1.sqlite"_s.arg(messages);
    Wac::HistoryStore store(path);
    const bool fresh = !QFile::exists(path);
    if (!store.open()) {
        out << "cannot open " << path << ": " << store.lastError() << Qt::endl;
        return 1;
    }
    const Wac::InboxStore inbox(&store);
    if (fresh || inbox.inboundCount() < messages) {
        out << "generating " << messages << " messages from up to " << customers << " customers in "
            << path << Qt::endl;
        generate(store, messages);
    }
    out << "inbox: " << inbox.inboundCount() << " messages, " << inbox.conversationCount()
        << " conversations, " << QFile(path).size() / (1024 * 1024) << " MB" << Qt::endl;

    // The conversation list: its first page, and page 20 reached by scrolling (keyset).
    const double firstPage =
        Bench::nanosPerCall([&] { inbox.conversations({}, {}, 50); }, 200000000);
    const double rawFirst = rawQuery(store,
        u"SELECT id, profile, phone_number_id, wa_id, user_id, group_id, name, username, last_at, "
        "last_inbound_at, last_text, last_type, last_from_us, unread FROM conversations ORDER BY "
        "last_at DESC, id DESC LIMIT 50"_s,
        {});
    row("conversation list, first page of 50", firstPage, rawFirst);
    QList<Wac::Conversation> page = inbox.conversations({}, {}, 50);
    for (int i = 0; i < 19; ++i)
        page = inbox.conversations({}, {page.last().lastAt, page.last().id}, 50);
    const Wac::InboxStore::Cursor deep {page.last().lastAt, page.last().id};
    const double scrolled =
        Bench::nanosPerCall([&] { inbox.conversations({}, deep, 50); }, 200000000);
    const double rawScrolled = rawQuery(store,
        u"SELECT id, profile, phone_number_id, wa_id, user_id, group_id, name, username, last_at, "
        "last_inbound_at, last_text, last_type, last_from_us, unread FROM conversations WHERE "
        "last_at < ? OR (last_at = ? AND id < ?) ORDER BY last_at DESC, id DESC LIMIT 50"_s,
        {deep.at, deep.at, deep.id});
    row("conversation list, page 21 (scrolled)", scrolled, rawScrolled);
    const auto searched = [&](const char *what, const QString &words, const QString &match) {
        const double ours =
            Bench::nanosPerCall([&] { inbox.conversations(words, {}, 50); }, 300000000);
        const double raw = rawQuery(store,
            u"SELECT DISTINCT i.conversation_id FROM inbound_fts JOIN inbound i ON i.id = "
            "inbound_fts.rowid WHERE inbound_fts MATCH ? LIMIT 50"_s,
            {match});
        row(what, ours, raw);
    };
    searched("search, a rare word \"item4711\"", u"item4711"_s, u"\"item4711\"*"_s);
    searched(
        "search, two common words (worst case)", u"parcel broken"_s, u"\"parcel\"* \"broken\"*"_s);

    // The busiest customer's thread: opened, then its tenth page.
    QSqlQuery busiest(store.database());
    busiest.exec(u"SELECT conversation_id FROM inbound GROUP BY conversation_id ORDER BY "
                 "count(*) DESC LIMIT 1"_s);
    busiest.next();
    const Wac::Conversation c = *inbox.conversation(busiest.value(0).toLongLong());
    const double thread = Bench::nanosPerCall([&] { inbox.thread(c, {}, 50); }, 200000000);
    const double rawThread = rawQuery(store,
        u"SELECT id, at, wamid, type, text, context_id, raw_json, understood, media_state, "
        "media_id, media_mime, media_path, media_error FROM inbound WHERE conversation_id = ? "
        "ORDER BY at DESC, id DESC LIMIT 50"_s,
        {c.id});
    row("thread, first page of 50", thread, rawThread);
    QList<Wac::ThreadItem> items = inbox.thread(c, {}, 5);
    const Wac::InboxStore::Cursor older {items.last().at, items.last().id};
    const double threadOlder = Bench::nanosPerCall([&] { inbox.thread(c, older, 50); }, 200000000);
    const double rawOlder = rawQuery(store,
        u"SELECT id, at, wamid, type, text, context_id, raw_json, understood, media_state, "
        "media_id, media_mime, media_path, media_error FROM inbound WHERE conversation_id = ? "
        "AND (at < ? OR (at = ? AND id < ?)) ORDER BY at DESC, id DESC LIMIT 50"_s,
        {c.id, older.at, older.at, older.id});
    row("thread, an older page (scrolled up)", threadOlder, rawOlder);

    // Recording: one delivery (one new customer message) per transaction, as the receiver does.
    Wac::InboxWriter writer(&store);
    QRandomGenerator rng(99);
    qint64 n = messages + 1000000;
    const int deliveries = 2000;
    QList<QByteArray> bodies;
    for (int i = 0; i < deliveries; ++i) {
        QString from;
        const QJsonObject m = message(n++, rng, &from);
        bodies << body({m}, {QJsonObject {{u"wa_id"_s, from}}});
    }
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &bytes : std::as_const(bodies)) {
        writer.record(u"Production"_s, bytes, 1, true,
            Wac::WebhookParser::parse(QJsonDocument::fromJson(bytes).object()));
    }
    const double oursPerSecond = deliveries / (timer.nsecsElapsed() / 1e9);
    QSqlQuery bare(store.database());
    timer.restart();
    for (const QByteArray &bytes : std::as_const(bodies)) {
        store.database().transaction();
        bare.prepare(u"INSERT INTO deliveries (received_at, body) VALUES (1, ?)"_s);
        bare.bindValue(0, bytes);
        bare.exec();
        store.database().commit();
    }
    const double barePerSecond = deliveries / (timer.nsecsElapsed() / 1e9);
    out << "deliveries recorded (parsed, 1 message, committed): "
        << QString::number(oursPerSecond, 'f', 0) << "/s   bare INSERT+commit of the body "
        << QString::number(barePerSecond, 'f', 0) << "/s   ratio "
        << QString::number(barePerSecond / oursPerSecond, 'f', 2) << " slower" << Qt::endl;
    return 0;
}
