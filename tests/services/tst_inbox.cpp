// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// What the receiver hands over is committed once, joined to its message whenever that exists,
// and read back paged: a real SQLite file (and a real PostgreSQL server, as tst_inbox_postgres),
// deliveries shaped as Meta sends them.
#include "storage/historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "services/historylog.h"
#include "services/inbox.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace Wac;

Q_DECLARE_METATYPE(Wac::RecordedDelivery)

namespace {

const QString phoneId = u"106540352242922"_s;

QByteArray envelope(const QJsonObject &additions, const QString &field = u"messages"_s)
{
    QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {
                {u"display_phone_number"_s, u"15550783881"_s}, {u"phone_number_id"_s, phoneId}}}};
    for (auto it = additions.begin(); it != additions.end(); ++it)
        value.insert(it.key(), it.value());
    const QJsonObject body {{u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
            QJsonArray {QJsonObject {{u"id"_s, u"102290129340398"_s},
                {u"changes"_s,
                    QJsonArray {QJsonObject {{u"field"_s, field}, {u"value"_s, value}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject status(const QString &wamid, const QString &name, qint64 seconds)
{
    QJsonObject s {{u"id"_s, wamid}, {u"status"_s, name},
        {u"timestamp"_s, QString::number(seconds)}, {u"recipient_id"_s, u"16505551234"_s}};
    if (name == u"failed"_s) {
        s.insert(u"errors"_s,
            QJsonArray {QJsonObject {{u"code"_s, 131047}, {u"title"_s, u"Re-engagement message"_s},
                {u"message"_s, u"Re-engagement message"_s},
                {u"error_data"_s,
                    QJsonObject {{u"details"_s, u"More than 24 hours have passed."_s}}}}});
    }
    return s;
}

QByteArray statuses(const QJsonArray &list)
{
    return envelope({{u"statuses"_s, list}});
}

QByteArray text(const QString &wamid, const QString &body, qint64 seconds,
    const QString &from = u"16505551234"_s, const QString &name = u"Pablo Morales"_s,
    const QString &userId = {})
{
    QJsonObject contact {{u"profile"_s, QJsonObject {{u"name"_s, name}}}};
    QJsonObject message {{u"id"_s, wamid}, {u"timestamp"_s, QString::number(seconds)},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, body}}}};
    if (!from.isEmpty()) {
        contact.insert(u"wa_id"_s, from);
        message.insert(u"from"_s, from);
    }
    if (!userId.isEmpty()) {
        contact.insert(u"user_id"_s, userId);
        message.insert(u"from_user_id"_s, userId);
    }
    return envelope({{u"contacts"_s, QJsonArray {contact}}, {u"messages"_s, QJsonArray {message}}});
}

ReceivedDelivery delivery(const QByteArray &body, qint64 at = 1750030000000)
{
    return {body, "sha256=…", at, u"127.0.0.1:5000"_s, true};
}

qint64 rows(HistoryStore &store, const QString &table)
{
    QSqlQuery q(store.database());
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestInbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aRetryChangesNothing();
    void statusesOutOfOrderLeaveTheNewest();
    void aStatusBeforeTheAnswerIsJoinedLater();
    void aStatusOfAnotherToolsMessageIsKept();
    void aFailedStatusCarriesItsError();
    void theThreadMergesTheirsAndOursInOrder();
    void aCustomerByNumberAndByBsuidIsOneConversation();
    void conversationsAreNewestFirstPagedAndSearched();
    void anUnknownTypeAndOtherFieldsAreKept();
    void aThousandUpdatesInOneDelivery();
    void theWindowStartsAtTheirLastMessage();
    void aStatusWithoutATimeTakesTheTimeItCame();
    void retentionBoundsTheRawDeliveries();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryLog> m_log;
    std::unique_ptr<Inbox> m_inbox;

    qint64 sent(
        const QString &wamid, const QString &to, qint64 atMs, const QString &body = u"hi"_s);
};

void TestInbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(TestStores::fresh(m_dir->path()));
    QVERIFY(m_store->open());
    m_log = std::make_unique<HistoryLog>(m_store.get());
    m_inbox = std::make_unique<Inbox>(m_log.get());
}

void TestInbox::cleanup()
{
    m_inbox.reset();
    m_log.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestInbox::sent(const QString &wamid, const QString &to, qint64 atMs, const QString &body)
{
    const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, to},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, body}}}};
    const qint64 id = m_log->addPending({atMs, u"Sandbox"_s, phoneId, to, u"text"_s,
        QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}, {}});
    HistoryAnswer answer;
    answer.outcome = HistoryOutcome::Accepted;
    answer.httpStatus = 200;
    answer.wamid = wamid;
    m_log->finish(id, answer);
    return id;
}

void TestInbox::aRetryChangesNothing()
{
    const qint64 id = sent(u"wamid.A"_s, u"+1 650 555 1234"_s, 1750030000000);
    const QByteArray body = statuses({status(u"wamid.A"_s, u"delivered"_s, 1750030010)});
    QSignalSpy changed(m_log.get(), &HistoryLog::recordChanged);
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(body)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), id);
    const QByteArray message = text(u"wamid.IN"_s, u"thanks"_s, 1750030020);
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(message)));
    // Meta retries the same deliveries: kept raw each time, recorded once.
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(body)));
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(message)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_inbox->store().statuses(u"wamid.A"_s).size(), 1);
    QCOMPARE(m_inbox->store().inboundCount(), 1);
    QCOMPARE(m_inbox->deliveries().count(), 4);
    QCOMPARE(m_inbox->store().conversations({}, {}, 10).first().unread, 1);
}

void TestInbox::statusesOutOfOrderLeaveTheNewest()
{
    const qint64 id = sent(u"wamid.O"_s, u"+16505551234"_s, 1750030000000);
    // Read first; then delivered within the same second (Meta's timestamps are whole
    // seconds), then sent a second earlier.
    QVERIFY(m_inbox->record(
        u"Sandbox"_s, delivery(statuses({status(u"wamid.O"_s, u"read"_s, 1750030012)}))));
    QVERIFY(m_inbox->record(
        u"Sandbox"_s, delivery(statuses({status(u"wamid.O"_s, u"delivered"_s, 1750030012)}))));
    QVERIFY(m_inbox->record(
        u"Sandbox"_s, delivery(statuses({status(u"wamid.O"_s, u"sent"_s, 1750030011)}))));
    QCOMPARE(m_store->record(id)->lastStatus, u"read"_s);
    const QList<HistoryStatusEvent> timeline = m_store->timeline(u"wamid.O"_s);
    QCOMPARE(timeline.size(), 3);
    QCOMPARE(timeline.first().status, u"sent"_s);
}

void TestInbox::aStatusBeforeTheAnswerIsJoinedLater()
{
    // The webhook outran the send's own answer (or came to another process's receiver).
    QVERIFY(m_inbox->record(
        u"Sandbox"_s, delivery(statuses({status(u"wamid.EARLY"_s, u"delivered"_s, 1750030010)}))));
    const qint64 id = sent(u"wamid.EARLY"_s, u"+16505551234"_s, 1750030000000);
    QCOMPARE(m_store->record(id)->lastStatus, u"delivered"_s);
}

void TestInbox::aStatusOfAnotherToolsMessageIsKept()
{
    QVERIFY(m_inbox->record(
        u"Sandbox"_s, delivery(statuses({status(u"wamid.OTHER"_s, u"read"_s, 1750030010)}))));
    sent(u"wamid.MINE"_s, u"+16505551234"_s, 1750030000000);
    QCOMPARE(m_log->remove({*m_store->findWamid(u"wamid.MINE"_s)}), 1);
    // Deleting a message of ours takes its timeline along, not the other tool's statuses.
    QCOMPARE(m_inbox->store().statuses(u"wamid.OTHER"_s).size(), 1);
}

void TestInbox::aFailedStatusCarriesItsError()
{
    const qint64 id = sent(u"wamid.F"_s, u"+16505551234"_s, 1750030000000);
    QVERIFY(m_inbox->record(u"Sandbox"_s,
        delivery(statuses({status(u"wamid.F"_s, u"sent"_s, 1750030001),
            status(u"wamid.F"_s, u"failed"_s, 1750030002)}))));
    QCOMPARE(m_store->record(id)->lastStatus, u"failed"_s);
    const QList<StatusRow> rows = m_inbox->store().statuses(u"wamid.F"_s);
    QCOMPARE(rows.last().errorCode, 131047);
    QCOMPARE(rows.last().errorMessage, u"Re-engagement message: More than 24 hours have passed."_s);
    QVERIFY(rows.last().json.contains("131047")); // as received
}

void TestInbox::theThreadMergesTheirsAndOursInOrder()
{
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(text(u"wamid.1"_s, u"hello"_s, 1750030000))));
    sent(u"wamid.2"_s, u"+1 (650) 555-1234"_s, 1750030005000, u"hi Pablo"_s);
    QVERIFY(
        m_inbox->record(u"Sandbox"_s, delivery(text(u"wamid.3"_s, u"where is it"_s, 1750030010))));
    sent(u"wamid.4"_s, u"16505551234"_s, 1750030015000, u"on its way"_s);
    sent(u"wamid.X"_s, u"+44 7700 900123"_s, 1750030016000, u"someone else"_s);
    const Conversation c = m_inbox->store().conversations({}, {}, 10).first();
    QCOMPARE(c.name, u"Pablo Morales"_s);
    QCOMPARE(c.address(), u"+16505551234"_s);
    QVERIFY(c.lastFromUs); // our last send moved it, by the trigger
    QCOMPARE(c.lastText, u"on its way"_s);
    QList<ThreadItem> page = m_inbox->store().thread(c, {}, 3);
    QCOMPARE(page.size(), 3);
    QCOMPARE(page[0].wamid, u"wamid.4"_s);
    QCOMPARE(page[1].wamid, u"wamid.3"_s);
    QVERIFY(page[1].inbound);
    QCOMPARE(page[2].wamid, u"wamid.2"_s);
    QVERIFY(!page[2].inbound);
    const ThreadItem &last = page.last();
    page = m_inbox->store().thread(c, {last.at, last.inbound ? last.id : -last.id}, 3);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.first().wamid, u"wamid.1"_s);
    QCOMPARE(page.first().text, u"hello"_s);
}

void TestInbox::aCustomerByNumberAndByBsuidIsOneConversation()
{
    QVERIFY(m_inbox->record(u"Sandbox"_s,
        delivery(text(u"wamid.N"_s, u"by number"_s, 1750030000, u"16505551234"_s, u"Pablo"_s,
            u"US.1349"_s))));
    // Later the customer hides their number: only the BSUID comes.
    QVERIFY(m_inbox->record(u"Sandbox"_s,
        delivery(text(u"wamid.B"_s, u"by bsuid"_s, 1750030100, {}, u"Pablo M."_s, u"US.1349"_s))));
    QCOMPARE(m_inbox->store().conversationCount(), 1);
    const Conversation c = m_inbox->store().conversations({}, {}, 10).first();
    QCOMPARE(c.waId, u"16505551234"_s);
    QCOMPARE(c.userId, u"US.1349"_s);
    QCOMPARE(c.name, u"Pablo M."_s);
    QCOMPARE(c.unread, 2);
    QCOMPARE(m_inbox->store().find(phoneId, u"US.1349"_s)->id, c.id);
    QCOMPARE(m_inbox->store().find(phoneId, u"+1 650-555-1234"_s)->id, c.id);
    QVERIFY(!m_inbox->store().find(u"other-number"_s, u"+16505551234"_s));
    QVERIFY(m_inbox->markRead(c.id));
    QCOMPARE(m_inbox->store().conversation(c.id)->unread, 0);
}

void TestInbox::conversationsAreNewestFirstPagedAndSearched()
{
    for (int i = 0; i < 25; ++i) {
        QVERIFY(m_inbox->record(u"Sandbox"_s,
            delivery(text(u"wamid.c%1"_s.arg(i), i == 7 ? u"my parcel is late"_s : u"hello"_s,
                1750030000 + i, u"1650555%1"_s.arg(1000 + i), u"Customer %1"_s.arg(i)))));
    }
    const InboxStore &store = m_inbox->store();
    QList<Conversation> page = store.conversations({}, {}, 10);
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.first().name, u"Customer 24"_s);
    page = store.conversations({}, {page.last().lastAt, page.last().id}, 10);
    QCOMPARE(page.first().name, u"Customer 14"_s);
    page = store.conversations({}, {page.last().lastAt, page.last().id}, 10);
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.last().name, u"Customer 0"_s);
    QCOMPARE(store.conversations(u"parc"_s, {}, 10).size(), 1); // a word of their message
    QCOMPARE(store.conversations(u"parc"_s, {}, 10).first().name, u"Customer 7"_s);
    QCOMPARE(store.conversations(u"Customer 1"_s, {}, 50).size(), 11); // 1, 10–19
    QCOMPARE(store.conversations(u"+1 650 5551003"_s, {}, 10).first().name, u"Customer 3"_s);
    QCOMPARE(store.conversations(u"\"%_"_s, {}, 10).size(), 0); // no SQL or FTS syntax
}

void TestInbox::anUnknownTypeAndOtherFieldsAreKept()
{
    const QJsonObject future {{u"from"_s, u"16505551234"_s}, {u"id"_s, u"wamid.H"_s},
        {u"timestamp"_s, u"1750030000"_s}, {u"type"_s, u"hologram"_s},
        {u"hologram"_s, QJsonObject {{u"depth"_s, 3}}}};
    QVERIFY(
        m_inbox->record(u"Sandbox"_s, delivery(envelope({{u"messages"_s, QJsonArray {future}}}))));
    const std::optional<ThreadItem> kept = m_inbox->store().inbound(u"wamid.H"_s);
    QVERIFY(kept);
    QVERIFY(!kept->understood);
    QCOMPARE(QJsonDocument::fromJson(kept->json).object(), future);
    QSignalSpy received(m_inbox.get(), &Inbox::received);
    const QByteArray quality =
        envelope({{u"event"_s, u"FLAGGED"_s}}, u"phone_number_quality_update"_s);
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(quality)));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().at(2).value<RecordedDelivery>().newOtherIndexes, QList<int> {0});
    QCOMPARE(rows(*m_store, u"events"_s), 1);
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(quality))); // Meta's retry
    QCOMPARE(rows(*m_store, u"events"_s), 1);
    QVERIFY(received.last().at(2).value<RecordedDelivery>().newOtherIndexes.isEmpty());
}

void TestInbox::aThousandUpdatesInOneDelivery()
{
    QJsonArray list;
    for (int i = 0; i < 1000; ++i)
        list.append(status(u"wamid.%1"_s.arg(i), u"delivered"_s, 1750030000 + i));
    sent(u"wamid.500"_s, u"+16505551234"_s, 1750030000000);
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(statuses(list))));
    QCOMPARE(rows(*m_store, u"statuses"_s), 1000);
    QCOMPARE(m_store->record(*m_store->findWamid(u"wamid.500"_s))->lastStatus, u"delivered"_s);
}

void TestInbox::theWindowStartsAtTheirLastMessage()
{
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(text(u"wamid.W1"_s, u"a"_s, 1750030000))));
    sent(u"wamid.W2"_s, u"+16505551234"_s, 1750039000000); // ours does not open it
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(text(u"wamid.W0"_s, u"late"_s, 1750020000))));
    const Conversation c = *m_inbox->store().find(phoneId, u"+16505551234"_s);
    QCOMPARE(c.lastInboundAt, 1750030000000); // an older message arriving late does not move it
    QCOMPARE(c.lastAt, 1750039000000);
}

void TestInbox::aStatusWithoutATimeTakesTheTimeItCame()
{
    QJsonObject undated = status(u"wamid.U"_s, u"delivered"_s, 0);
    undated.remove(u"timestamp"_s);
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(statuses({undated}), 1750030000123)));
    QCOMPARE(m_inbox->store().statuses(u"wamid.U"_s).first().at, 1750030000123);
    // Beyond year 9999 (or an overflow in waiting) is not a time either.
    QVERIFY(m_inbox->record(u"Sandbox"_s,
        delivery(statuses({status(u"wamid.U"_s, u"read"_s, 99999999999999)}), 1750030000456)));
    QCOMPARE(m_inbox->store().statuses(u"wamid.U"_s).last().at, 1750030000456);
}

void TestInbox::retentionBoundsTheRawDeliveries()
{
    QVERIFY(m_inbox->record(u"Sandbox"_s, delivery(text(u"wamid.R"_s, u"a"_s, 1750030000), 1000)));
    QVERIFY(m_inbox->record(
        u"Sandbox"_s, delivery(statuses({status(u"wamid.Z"_s, u"read"_s, 1)}), 1000)));
    QCOMPARE(m_log->removeOlderThan(30, 1000 + 31LL * 24 * 3600 * 1000), 0);
    QCOMPARE(m_inbox->deliveries().count(), 0);
    QCOMPARE(m_inbox->store().statuses(u"wamid.Z"_s).size(), 0);
    QCOMPARE(m_inbox->store().inboundCount(), 1); // the conversation stays
}

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
