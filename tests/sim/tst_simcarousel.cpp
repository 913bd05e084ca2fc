// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A carousel over real HTTP: the simulator answers its send as Meta's page shows, its statuses
// follow, and a customer's tap on a card's quick reply arrives as Meta's button_reply webhook,
// quoting the carousel, with the id and title that card had.
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
const QString customer = u"+16505551234"_s;

} // namespace

class TestSimCarousel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theSendIsAnsweredAsMetaAnswers();
    void aTapOnAQuickReplyArrivesAsButtonReply();
    void tapsThatCannotBeAreRefused_data();
    void tapsThatCannotBeAreRefused();

private:
    /// Sends `fixture` to the customer; its WAMID.
    QString send(const QString &fixture);

    std::unique_ptr<Wac::Test::WebhookReceiver> m_receiver;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
    std::unique_ptr<Wac::Test::SimClient> m_control;
};

void TestSimCarousel::init()
{
    m_receiver = std::make_unique<Wac::Test::WebhookReceiver>();
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.webhooks = {m_receiver->url()};
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_server->webhooks().setTiming({10, 20, 30, 100, 3});
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
    m_control = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl(), QByteArray());
    // The customer wrote first: the 24-hour window is open for a free-form carousel.
    QCOMPARE(m_control->postJson(u"/_sim/inbound"_s, {{u"from"_s, customer}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->items(u"messages"_s).size(), 1, 5000);
}

QString TestSimCarousel::send(const QString &fixture)
{
    QJsonObject payload = Wac::Test::loadValidPayload(fixture);
    payload.insert(u"to"_s, customer);
    const Answer answer = m_client->postJson(messagesPath, payload);
    if (answer.status != 200)
        qWarning() << answer.body;
    return answer.json()[u"messages"_s][0][u"id"_s].toString();
}

void TestSimCarousel::theSendIsAnsweredAsMetaAnswers()
{
    for (const QString &fixture : {u"ref-interactive.carousel-url"_s,
             u"ref-interactive.carousel-quick-reply"_s, u"ref-interactive.carousel-product"_s}) {
        QJsonObject payload = Wac::Test::loadValidPayload(fixture);
        payload.insert(u"to"_s, customer);
        const Answer answer = m_client->postJson(messagesPath, payload);
        QCOMPARE(answer.status, 200);
        const QJsonObject body = answer.json();
        // Field by field as §1.1's response: nothing more, nothing less.
        QCOMPARE(body.keys(), (QStringList {u"contacts"_s, u"messages"_s, u"messaging_product"_s}));
        QCOMPARE(body.value(u"messaging_product").toString(), u"whatsapp"_s);
        const QJsonArray contacts = body.value(u"contacts").toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.at(0).toObject(),
            (QJsonObject {{u"input"_s, customer}, {u"wa_id"_s, u"16505551234"_s}}));
        const QJsonArray messages = body.value(u"messages").toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().keys(), QStringList {u"id"_s});
        const QString wamid = messages.at(0)[u"id"_s].toString();
        QVERIFY2(wamid.startsWith(u"wamid.HBgL"_s), qPrintable(wamid));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject &status : m_receiver->items(u"statuses"_s)) {
                    if (status.value(u"id") == wamid && status.value(u"status") == u"read"_s)
                        return status.value(u"recipient_id") == u"16505551234"_s;
                }
                return false;
            }(),
            5000);
    }
}

void TestSimCarousel::aTapOnAQuickReplyArrivesAsButtonReply()
{
    const QString wamid = send(u"ref-interactive.carousel-quick-reply"_s);
    QVERIFY(!wamid.isEmpty());
    const Answer tap = m_control->postJson(u"/_sim/inbound"_s,
        {{u"from"_s, customer}, {u"type"_s, u"button_reply"_s}, {u"context_id"_s, wamid},
            {u"card_index"_s, 1}, {u"button_index"_s, 1}});
    QCOMPARE(tap.status, 200);
    const QString tapId = tap.json().value(u"id").toString();
    QJsonObject message;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject &m : m_receiver->items(u"messages"_s)) {
                if (m.value(u"id").toString() == tapId)
                    message = m;
            }
            return !message.isEmpty();
        }(),
        5000);
    QCOMPARE(message.value(u"from").toString(), u"16505551234"_s);
    QCOMPARE(message.value(u"type").toString(), u"interactive"_s);
    QCOMPARE(message.value(u"interactive").toObject(),
        (QJsonObject {{u"type"_s, u"button_reply"_s},
            {u"button_reply"_s,
                QJsonObject {
                    {u"id"_s, u"fav-zebra-haworthia"_s}, {u"title"_s, u"Add to favorites"_s}}}}));
    QCOMPARE(message.value(u"context").toObject(),
        (QJsonObject {{u"from"_s, u"15550783881"_s}, {u"id"_s, wamid}}));
    QVERIFY(!message.value(u"timestamp").toString().isEmpty());
    // The first button is the default.
    const Answer first = m_control->postJson(u"/_sim/inbound"_s,
        {{u"from"_s, customer}, {u"type"_s, u"button_reply"_s}, {u"context_id"_s, wamid},
            {u"card_index"_s, 2}});
    QCOMPARE(first.status, 200);
}

void TestSimCarousel::tapsThatCannotBeAreRefused_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QJsonObject>("tap");
    QTest::addColumn<QString>("says");
    const QString replies = u"ref-interactive.carousel-quick-reply"_s;
    QTest::newRow("no such card") << replies << QJsonObject {{u"card_index"_s, 3}} << u"card"_s;
    QTest::newRow("no such button")
        << replies << QJsonObject {{u"card_index"_s, 0}, {u"button_index"_s, 2}}
        << u"button_index"_s;
    QTest::newRow("a URL button") << u"ref-interactive.carousel-url"_s
                                  << QJsonObject {{u"card_index"_s, 0}} << u"URL button"_s;
    QTest::newRow("not a carousel")
        << QString() << QJsonObject {{u"card_index"_s, 0}} << u"not a carousel"_s;
}

void TestSimCarousel::tapsThatCannotBeAreRefused()
{
    QFETCH(QString, fixture);
    QFETCH(QJsonObject, tap);
    QFETCH(QString, says);
    tap.insert(u"from"_s, customer);
    tap.insert(u"type"_s, u"button_reply"_s);
    tap.insert(u"context_id"_s, fixture.isEmpty() ? u"wamid.elsewhere"_s : send(fixture));
    const qsizetype before = m_receiver->items(u"messages"_s).size();
    const Answer answer = m_control->postJson(u"/_sim/inbound"_s, tap);
    QCOMPARE(answer.status, 400);
    const QString error = answer.json().value(u"error").toString();
    QVERIFY2(error.contains(says), qPrintable(error));
    QTest::qWait(100);
    QCOMPARE(m_receiver->items(u"messages"_s).size(), before);
}

QTEST_GUILESS_MAIN(TestSimCarousel)
#include "tst_simcarousel.moc"
