// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

#include "payloadcorpus.h"
#include "simclient.h"
#include "webhookreceiver.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;

namespace {

const QString messagesPath = u"/v25.0/106540352242922/messages"_s;
const QByteArray appSecret = "test-app-secret";

using Receiver = Wac::Test::WebhookReceiver;

QJsonObject changeValue(const QByteArray &body)
{
    return Receiver::changeValue(body);
}

QStringList statusNames(const QList<QJsonObject> &statuses)
{
    QStringList names;
    for (const QJsonObject &s : statuses)
        names.append(s.value(u"status").toString());
    return names;
}

} // namespace

class TestSimConversations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void inboundOpensTheWindowAndStatusesFollow();
    void outsideTheWindowFailsByWebhookOrAtOnce();
    void templatesNeedNoWindow();
    void reactionsGetSentOnly();
    void webhooksAreSignedAsciiAndRetried();
    void pairRateLimit();
    void throughputLimit();
    void limitsCanBeSwitchedOff();

private:
    Answer send(const QString &to, const QJsonObject &extra = {});
    void inbound(const QString &from);

    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
    std::unique_ptr<Wac::Test::SimClient> m_control;
};

void TestSimConversations::init()
{
    m_receiver = std::make_unique<Receiver>();
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.webhooks = {m_receiver->url()};
    config.appSecret = appSecret;
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    m_server->webhooks().setTiming({50, 100, 150, 100, 3}); // also settable over /_sim/options
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
    m_control = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl(), QByteArray());
}

Answer TestSimConversations::send(const QString &to, const QJsonObject &extra)
{
    QJsonObject body = Wac::Test::loadValidPayload(u"seed-text"_s);
    body.insert(u"to"_s, to);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return m_client->postJson(messagesPath, body);
}

void TestSimConversations::inbound(const QString &from)
{
    const Answer answer = m_control->postJson(u"/_sim/inbound"_s,
        {{u"from"_s, from}, {u"text"_s, u"Olá, tudo bem?"_s}, {u"name"_s, u"João"_s}});
    QCOMPARE(answer.status, 200);
}

void TestSimConversations::inboundOpensTheWindowAndStatusesFollow()
{
    inbound(u"+5511987654321"_s);
    QTRY_COMPARE(m_receiver->deliveries().size(), 1);
    const QJsonObject value = changeValue(m_receiver->deliveries().at(0).body);
    QCOMPARE(value.value(u"metadata").toObject().value(u"phone_number_id").toString(),
        u"106540352242922"_s);
    QCOMPARE(value.value(u"metadata").toObject().value(u"display_phone_number").toString(),
        u"15550783881"_s);
    QCOMPARE(value.value(u"contacts").toArray().at(0).toObject().value(u"wa_id").toString(),
        u"5511987654321"_s);
    const QJsonObject message = value.value(u"messages").toArray().at(0).toObject();
    QCOMPARE(message.value(u"text").toObject().value(u"body").toString(), u"Olá, tudo bem?"_s);
    QVERIFY(message.value(u"id").toString().startsWith(u"wamid."_s));

    const Answer answer =
        send(u"+5511987654321"_s, {{u"biz_opaque_callback_data"_s, u"ticket-42"_s}});
    QCOMPARE(answer.status, 200);
    const QString wamid =
        answer.json().value(u"messages").toArray().at(0).toObject().value(u"id").toString();
    QTRY_COMPARE(
        statusNames(m_receiver->statuses()), QStringList({u"sent"_s, u"delivered"_s, u"read"_s}));
    for (const QJsonObject &status : m_receiver->statuses()) {
        QCOMPARE(status.value(u"id").toString(), wamid);
        QCOMPARE(status.value(u"recipient_id").toString(), u"5511987654321"_s);
        QCOMPARE(status.value(u"biz_opaque_callback_data").toString(), u"ticket-42"_s);
        QCOMPARE(status.value(u"pricing").toObject().value(u"category").toString(), u"service"_s);
        QVERIFY(status.value(u"timestamp").isString());
    }

    // A day later the window has closed: the same send now fails by webhook.
    m_server->conversations().advance(24 * 3600 + 60);
    QCOMPARE(send(u"+5511987654321"_s).status, 200);
    QTRY_COMPARE(statusNames(m_receiver->statuses()).last(), u"failed"_s);
}

void TestSimConversations::outsideTheWindowFailsByWebhookOrAtOnce()
{
    const Answer accepted = send(u"+447700900123"_s);
    QCOMPARE(accepted.status, 200); // accepted is not delivered
    QTRY_COMPARE(m_receiver->statuses().size(), 1);
    const QJsonObject failed = m_receiver->statuses().first();
    QCOMPARE(failed.value(u"status").toString(), u"failed"_s);
    QCOMPARE(failed.value(u"errors").toArray().at(0).toObject().value(u"code").toInt(), 131047);
    QVERIFY(!failed.contains(u"pricing"));

    QCOMPARE(
        m_control->postJson(u"/_sim/options"_s, {{u"window_errors"_s, u"sync"_s}}).status, 200);
    const Answer refused = send(u"+447700900123"_s);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.graphCode(), 131047);
    QCOMPARE(
        m_control->postJson(u"/_sim/options"_s, {{u"window_errors"_s, u"later"_s}}).status, 400);
}

void TestSimConversations::templatesNeedNoWindow()
{
    const QJsonObject hello {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"+447700900124"_s},
        {u"type"_s, u"template"_s},
        {u"template"_s,
            QJsonObject {{u"name"_s, u"hello_world"_s},
                {u"language"_s, QJsonObject {{u"code"_s, u"en_US"_s}}}}}};
    QCOMPARE(m_client->postJson(messagesPath, hello).status, 200);
    QTRY_COMPARE(
        statusNames(m_receiver->statuses()), QStringList({u"sent"_s, u"delivered"_s, u"read"_s}));
    QCOMPARE(
        m_receiver->statuses().first().value(u"pricing").toObject().value(u"category").toString(),
        u"utility"_s);
}

void TestSimConversations::reactionsGetSentOnly()
{
    inbound(u"+447700900125"_s);
    QJsonObject reaction = Wac::Test::loadValidPayload(u"seed-reaction"_s);
    reaction.insert(u"to"_s, u"+447700900125"_s);
    QCOMPARE(m_client->postJson(messagesPath, reaction).status, 200);
    QTRY_COMPARE(statusNames(m_receiver->statuses()), QStringList({u"sent"_s}));
    QTest::qWait(300); // nothing more comes
    QCOMPARE(statusNames(m_receiver->statuses()), QStringList({u"sent"_s}));
}

void TestSimConversations::webhooksAreSignedAsciiAndRetried()
{
    m_receiver->failNext(2);
    inbound(u"+5511912345678"_s); // the text has non-ASCII characters
    QTRY_COMPARE(m_receiver->deliveries().size(), 3); // two failures, then accepted
    const auto &deliveries = m_receiver->deliveries();
    QCOMPARE(deliveries.at(0).body, deliveries.at(2).body);
    QVERIFY(deliveries.at(1).atMs - deliveries.at(0).atMs >= 90); // backoff 100 ms
    QVERIFY(deliveries.at(2).atMs - deliveries.at(1).atMs >= 180); // then 200 ms
    for (const auto &d : deliveries) {
        for (const char c : d.body)
            QVERIFY2(uchar(c) < 0x80, d.body.constData());
        QVERIFY(d.body.contains("Ol\\u00e1"));
        const QByteArray expected = "sha256="
            + QMessageAuthenticationCode::hash(d.body, appSecret, QCryptographicHash::Sha256)
                  .toHex();
        QCOMPARE(d.signature, expected);
    }
    QCOMPARE(QJsonDocument::fromJson(deliveries.at(0).body)
                 .object()
                 .value(u"entry")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"id")
                 .toString(),
        u"102290129340398"_s);
}

void TestSimConversations::pairRateLimit()
{
    inbound(u"+447700900126"_s);
    int accepted = 0;
    Answer answer;
    for (int i = 0; i < 50; ++i) {
        answer = send(u"+447700900126"_s);
        if (answer.status != 200)
            break;
        ++accepted;
    }
    QCOMPARE(accepted, 45); // the documented burst
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.graphCode(), 131056);
    QCOMPARE(send(u"+447700900127"_s).status, 200); // another user is not affected
    m_server->conversations().advance(6);
    QCOMPARE(send(u"+447700900126"_s).status, 200); // one more after 6 s
    QCOMPARE(send(u"+447700900126"_s).graphCode(), 131056);
}

void TestSimConversations::throughputLimit()
{
    int accepted = 0;
    Answer answer;
    for (int i = 0; i < 100; ++i) {
        answer = send(u"+4477009%1"_s.arg(10000 + i));
        if (answer.status != 200)
            break;
        ++accepted;
    }
    QCOMPARE(answer.graphCode(), 130429);
    QVERIFY2(accepted <= 80 && accepted >= 40, qPrintable(QString::number(accepted)));
    m_server->conversations().advance(1);
    QCOMPARE(send(u"+447700999999"_s).status, 200);
}

void TestSimConversations::limitsCanBeSwitchedOff()
{
    const Answer delays = m_control->postJson(u"/_sim/options"_s,
        {{u"webhook_delays_ms"_s,
            QJsonObject {{u"sent"_s, 10}, {u"delivered"_s, 20}, {u"read"_s, 30}}}});
    QCOMPARE(delays.json().value(u"webhook_delays_ms").toObject().value(u"read").toInt(), 30);
    QCOMPARE(
        m_control
            ->postJson(u"/_sim/options"_s,
                {{u"webhook_delays_ms"_s, QJsonObject {{u"sent"_s, 50}, {u"delivered"_s, 10}}}})
            .status,
        400);
    const Answer options = m_control->postJson(u"/_sim/options"_s, {{u"limits"_s, false}});
    QCOMPARE(options.json().value(u"limits").toBool(), false);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(send(u"+447700900128"_s).status, 200);
    const Answer clock = m_control->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 3600}});
    QVERIFY(QDateTime::fromString(clock.json().value(u"now").toString(), Qt::ISODateWithMs)
        > QDateTime::currentDateTimeUtc().addSecs(3500));
}

QTEST_GUILESS_MAIN(TestSimConversations)
#include "tst_simconversations.moc"
