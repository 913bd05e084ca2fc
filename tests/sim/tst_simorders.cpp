// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Pins and orders against the simulator over real HTTP: a pin is answered with the group ID as
// Meta does and gets a sent status only, a fourth pin is refused, and an order_details message
// is answered as any message and paid (or not) through /_sim/payment with Meta's payment status.
#include "core/jsonpointer.h"
#include "sim/simulatorserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "payloadcorpus.h"
#include "simclient.h"
#include "webhookreceiver.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;

namespace {

const QString messagesPath = u"/v25.0/106540352242922/messages"_s;
const QString group = u"Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD"_s;

/// The statuses received so far about `wamid`.
QList<QJsonObject> statusesOf(const Wac::Test::WebhookReceiver &receiver, const QString &wamid)
{
    QList<QJsonObject> found;
    for (const QJsonObject &status : receiver.statuses()) {
        if (status.value(u"id").toString() == wamid)
            found << status;
    }
    return found;
}

QJsonObject pinOf(const QString &messageId, const QString &operation = u"pin"_s)
{
    QJsonObject body = Wac::Test::loadValidPayload(u"ref-pin-pin"_s);
    QJsonObject pin = body.value(u"pin").toObject();
    pin.insert(u"message_id"_s, messageId);
    pin.insert(u"type"_s, operation);
    if (operation == u"unpin"_s)
        pin.remove(u"expiration_days"_s);
    body.insert(u"pin"_s, pin);
    return body;
}

} // namespace

class TestSimOrders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aPinIsAnsweredWithTheGroupAndGetsOnlySent();
    void aFourthPinIsRefusedUntilOneIsUnpinned();
    void pinsExpireWithTheClock();
    void anOrderIsAnsweredAndItsPaymentArrives_data();
    void anOrderIsAnsweredAndItsPaymentArrives();
    void aPaymentForNoOrderIsRefused();

private:
    std::unique_ptr<Wac::Test::WebhookReceiver> m_receiver;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
    std::unique_ptr<Wac::Test::SimClient> m_control;
};

void TestSimOrders::init()
{
    m_receiver = std::make_unique<Wac::Test::WebhookReceiver>();
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.webhooks = {m_receiver->url()};
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_server->webhooks().setTiming({50, 100, 150, 100, 3});
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
    m_control = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl(), QByteArray());
}

void TestSimOrders::aPinIsAnsweredWithTheGroupAndGetsOnlySent()
{
    const Answer answer = m_client->postJson(messagesPath, pinOf(u"wamid.first"_s));
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json();
    QCOMPARE(body.value(u"messaging_product").toString(), u"whatsapp"_s);
    const QJsonArray contacts = body.value(u"contacts").toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).toObject(),
        QJsonObject({{u"input"_s, group}, {u"wa_id"_s, group}})); // no digits made of the ID
    const QString wamid = body[u"messages"_s][0][u"id"_s].toString();
    QVERIFY2(wamid.startsWith(u"wamid."_s), qPrintable(wamid));
    QVERIFY(!body[u"messages"_s][0].toObject().contains(u"message_status"));
    QVERIFY(QTest::qWaitFor([&] { return !statusesOf(*m_receiver, wamid).isEmpty(); }, 5000));
    QTest::qWait(400); // past the delivered and read delays: none may come
    const QList<QJsonObject> statuses = statusesOf(*m_receiver, wamid);
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(statuses.first().value(u"status").toString(), u"sent"_s);
    QCOMPARE(statuses.first().value(u"recipient_id").toString(), group);
}

void TestSimOrders::aFourthPinIsRefusedUntilOneIsUnpinned()
{
    for (const QString &id : {u"wamid.one"_s, u"wamid.two"_s, u"wamid.three"_s})
        QCOMPARE(m_client->postJson(messagesPath, pinOf(id)).status, 200);
    // The same message pinned again is no new pin.
    QCOMPARE(m_client->postJson(messagesPath, pinOf(u"wamid.two"_s)).status, 200);
    const Answer refused = m_client->postJson(messagesPath, pinOf(u"wamid.four"_s));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.graphCode(), 131009);
    QVERIFY2(
        refused.graphError()[u"error_data"_s][u"details"_s].toString().contains(u"at most 3"_s),
        refused.body.constData());
    QCOMPARE(m_client->postJson(messagesPath, pinOf(u"wamid.two"_s, u"unpin"_s)).status, 200);
    QCOMPARE(m_client->postJson(messagesPath, pinOf(u"wamid.four"_s)).status, 200);
}

void TestSimOrders::pinsExpireWithTheClock()
{
    for (const QString &id : {u"wamid.one"_s, u"wamid.two"_s, u"wamid.three"_s})
        QCOMPARE(m_client->postJson(messagesPath, pinOf(id)).status, 200); // 7 days each
    QCOMPARE(m_client->postJson(messagesPath, pinOf(u"wamid.four"_s)).status, 400);
    const Answer moved = m_control->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 7 * 86400}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(m_client->postJson(messagesPath, pinOf(u"wamid.four"_s)).status, 200);
}

void TestSimOrders::anOrderIsAnsweredAndItsPaymentArrives_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("status"); ///< what /_sim/payment is asked for; empty: nothing
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("transactionStatus");
    const QString openapi = u"ref-interactive.order_details-openapi"_s;
    const QString intent = u"ref-interactive.order_details-upi-intent"_s;
    QTest::newRow("captured") << openapi << u"captured"_s << u"captured"_s << u"success"_s;
    QTest::newRow("failed") << intent << u"failed"_s << u"failed"_s << u"failed"_s;
    QTest::newRow("pending") << intent << u"pending"_s << u"pending"_s << u"pending"_s;
    QTest::newRow("paid when no status is given")
        << openapi << QString() << u"captured"_s << u"success"_s;
}

void TestSimOrders::anOrderIsAnsweredAndItsPaymentArrives()
{
    QFETCH(QString, fixture);
    QFETCH(QString, status);
    QFETCH(QString, expected);
    QFETCH(QString, transactionStatus);
    // The customer writes first: an interactive message needs their 24-hour window.
    QCOMPARE(
        m_control
            ->postJson(u"/_sim/inbound"_s, {{u"from"_s, u"+919876543210"_s}, {u"text"_s, u"Hi"_s}})
            .status,
        200);
    const QJsonObject order = Wac::Test::loadValidPayload(fixture);
    const Answer sent = m_client->postJson(messagesPath, order);
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.json()[u"contacts"_s][0].toObject(),
        QJsonObject({{u"input"_s, u"+919876543210"_s}, {u"wa_id"_s, u"919876543210"_s}}));
    const QString wamid = sent.json()[u"messages"_s][0][u"id"_s].toString();
    const QJsonObject parameters =
        Wac::JsonPointer::resolve(order, u"/interactive/action/parameters"_s).toObject();
    QJsonObject request {{u"reference_id"_s, parameters.value(u"reference_id")}};
    if (!status.isEmpty())
        request.insert(u"status"_s, status);
    const Answer paid = m_control->postJson(u"/_sim/payment"_s, request);
    QCOMPARE(paid.status, 200);
    const auto payment = [&]() -> QJsonObject {
        for (const QJsonObject &s : statusesOf(*m_receiver, wamid)) {
            if (s.value(u"type").toString() == u"payment"_s)
                return s;
        }
        return {};
    };
    QVERIFY(QTest::qWaitFor([&] { return !payment().isEmpty(); }, 5000));
    const QJsonObject s = payment();
    QCOMPARE(s.value(u"status").toString(), expected);
    QCOMPARE(s.value(u"recipient_id").toString(), u"919876543210"_s);
    const QJsonObject p = s.value(u"payment").toObject();
    QCOMPARE(p.value(u"reference_id"), parameters.value(u"reference_id"));
    QCOMPARE(p.value(u"currency"), parameters.value(u"currency"));
    QCOMPARE(p.value(u"amount"), parameters.value(u"total_amount"));
    const QJsonObject transaction = p.value(u"transaction").toObject();
    QCOMPARE(transaction.value(u"status").toString(), transactionStatus);
    QCOMPARE(transaction.value(u"type").toString(), u"upi"_s); // neither names a gateway
    QVERIFY(!transaction.value(u"id").toString().isEmpty());
    QCOMPARE(transaction.contains(u"error"), expected == u"failed"_s);
}

void TestSimOrders::aPaymentForNoOrderIsRefused()
{
    const Answer unknown =
        m_control->postJson(u"/_sim/payment"_s, {{u"reference_id"_s, u"never-sent"_s}});
    QCOMPARE(unknown.status, 404);
    QVERIFY2(unknown.body.contains("never-sent"), unknown.body.constData());
}

QTEST_MAIN(TestSimOrders)
#include "tst_simorders.moc"
