// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The calling kinds and the contact info request through the simulator over loopback HTTP: the
// send is answered as Meta answers it, and the customer's answers arrive as the webhooks of
// cloud-api-2026.md §1.4 (call_permission_reply) and §1.5 (contacts with origin). A voice-call
// button has no webhook of its own to check: its tap is a call, and the doc shows no body for
// the calls webhooks that carry its payload.
#include "core/jsonpointer.h"
#include "sim/simulatorserver.h"

#include <QFile>
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
const QString customerDigits = u"16505551234"_s;
const QString bsuid = u"US.13491208655302741918"_s;

QJsonObject example(const QString &id)
{
    QFile file(QStringLiteral(WACONSOLE_EXAMPLES_DIR) + u'/' + id + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no example %s", qPrintable(id));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestSimCalls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sendsAreAnsweredAsMetaAnswers_data();
    void sendsAreAnsweredAsMetaAnswers();
    void anAllowedPermissionQuotesTheRequestAndLastsSevenDays();
    void aDeclinedOrPermanentPermissionHasNoExpiry_data();
    void aDeclinedOrPermanentPermissionHasNoExpiry();
    void sharedContactInfoArrivesAsAContactOfItsOrigin();
    void badAnswersAreRefusedAndSendNothing_data();
    void badAnswersAreRefusedAndSendNothing();

private:
    /// Posts `request` to /_sim/inbound and returns the webhook's `value`.
    QJsonObject inbound(const QJsonObject &request);
    /// Sends `payload` and returns the WAMID of the answer.
    QString send(const QJsonObject &payload);

    std::unique_ptr<Wac::Test::WebhookReceiver> m_receiver;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
    std::unique_ptr<Wac::Test::SimClient> m_control;
};

void TestSimCalls::init()
{
    m_receiver = std::make_unique<Wac::Test::WebhookReceiver>();
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.webhooks = {m_receiver->url()};
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
    m_control = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl(), QByteArray());
}

QJsonObject TestSimCalls::inbound(const QJsonObject &request)
{
    const qsizetype before = m_receiver->valuesWith(u"messages"_s).size();
    const Answer answer = m_control->postJson(u"/_sim/inbound"_s, request);
    if (answer.status != 200) {
        qWarning() << answer.body;
        return {};
    }
    if (!QTest::qWaitFor(
            [&] { return m_receiver->valuesWith(u"messages"_s).size() > before; }, 5000))
        return {};
    const QJsonObject value = m_receiver->valuesWith(u"messages"_s).last();
    if (value[u"messages"_s][0][u"id"_s] != answer.json().value(u"id"))
        return {};
    return value;
}

QString TestSimCalls::send(const QJsonObject &payload)
{
    const Answer answer = m_client->postJson(messagesPath, payload);
    if (answer.status != 200) {
        qWarning() << answer.body;
        return {};
    }
    return answer.json()[u"messages"_s][0][u"id"_s].toString();
}

void TestSimCalls::sendsAreAnsweredAsMetaAnswers_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("waId");
    for (const QString &id : {u"interactive.voice_call"_s, u"interactive.call_permission_request"_s,
             u"interactive.request_contact_info"_s})
        QTest::newRow(qPrintable(id)) << example(id) << customerDigits;
    // Meta's own examples write "to" without a plus: Graph prepends the business number's
    // country code (+1 for the Sandbox), as the reference's algorithm says.
    QTest::newRow("Meta's voice call")
        << Wac::Test::loadValidPayload(u"ref-interactive.voice_call-call-button"_s)
        << u"114085551234"_s;
    QTest::newRow("Meta's call permission request")
        << Wac::Test::loadValidPayload(u"ref-interactive.call_permission_request-free-form"_s)
        << u"114085551234"_s;
}

void TestSimCalls::sendsAreAnsweredAsMetaAnswers()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, waId);
    inbound({{u"from"_s, QString(u'+' + waId)}, {u"text"_s, u"Hi"_s}}); // the service window opens
    const Answer answer = m_client->postJson(messagesPath, payload);
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json();
    QCOMPARE(body.keys(), (QStringList {u"contacts"_s, u"messages"_s, u"messaging_product"_s}));
    QCOMPARE(body.value(u"messaging_product").toString(), u"whatsapp"_s);
    QCOMPARE(body.value(u"contacts").toArray(),
        QJsonArray({QJsonObject {{u"input"_s, payload.value(u"to")}, {u"wa_id"_s, waId}}}));
    const QJsonArray messages = body.value(u"messages").toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().keys(), QStringList {u"id"_s}); // no message_status
    QVERIFY(messages.at(0)[u"id"_s].toString().startsWith(u"wamid.HBgL"_s));
}

void TestSimCalls::anAllowedPermissionQuotesTheRequestAndLastsSevenDays()
{
    inbound({{u"from"_s, customer}, {u"text"_s, u"My planter arrived cracked"_s}});
    const QString request = send(example(u"interactive.call_permission_request"_s));
    QVERIFY(!request.isEmpty());
    const QJsonObject value =
        inbound({{u"from"_s, customer}, {u"type"_s, u"call_permission_reply"_s},
            {u"context_id"_s, request}, {u"response"_s, u"accept"_s}});
    const QJsonObject message = value[u"messages"_s][0].toObject();
    QCOMPARE(message.keys(),
        (QStringList {
            u"context"_s, u"from"_s, u"id"_s, u"interactive"_s, u"timestamp"_s, u"type"_s}));
    QCOMPARE(message.value(u"from").toString(), customerDigits);
    QCOMPARE(message.value(u"type").toString(), u"interactive"_s);
    QCOMPARE(message.value(u"context").toObject(),
        (QJsonObject {{u"from"_s, u"15550783881"_s}, {u"id"_s, request}}));
    const qint64 sent = message.value(u"timestamp").toString().toLongLong();
    QVERIFY(sent > 0);
    const QJsonObject expected {{u"type"_s, u"call_permission_reply"_s},
        {u"call_permission_reply"_s,
            QJsonObject {{u"response"_s, u"accept"_s}, {u"is_permanent"_s, false},
                {u"expiration_timestamp"_s, QString::number(sent + 7 * 24 * 3600)},
                {u"response_source"_s, u"user_action"_s}}}};
    QCOMPARE(message.value(u"interactive").toObject(), expected);
}

void TestSimCalls::aDeclinedOrPermanentPermissionHasNoExpiry_data()
{
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<QJsonObject>("reply");
    QTest::newRow("declined") << QJsonObject {{u"response"_s, u"reject"_s}}
                              << QJsonObject {{u"response"_s, u"reject"_s},
                                     {u"is_permanent"_s, false},
                                     {u"response_source"_s, u"user_action"_s}};
    QTest::newRow("always allowed")
        << QJsonObject {{u"response"_s, u"accept"_s}, {u"is_permanent"_s, true}}
        << QJsonObject {{u"response"_s, u"accept"_s}, {u"is_permanent"_s, true},
               {u"response_source"_s, u"user_action"_s}};
    QTest::newRow("declined by WhatsApp")
        << QJsonObject {{u"response"_s, u"reject"_s}, {u"response_source"_s, u"automatic"_s}}
        << QJsonObject {{u"response"_s, u"reject"_s}, {u"is_permanent"_s, false},
               {u"response_source"_s, u"automatic"_s}};
}

void TestSimCalls::aDeclinedOrPermanentPermissionHasNoExpiry()
{
    QFETCH(QJsonObject, answer);
    QFETCH(QJsonObject, reply);
    answer.insert(u"from"_s, customer);
    answer.insert(u"type"_s, u"call_permission_reply"_s);
    answer.insert(u"context_id"_s, u"wamid.request"_s);
    const QJsonObject message = inbound(answer)[u"messages"_s][0].toObject();
    QCOMPARE(message[u"interactive"_s][u"call_permission_reply"_s].toObject(), reply);
    QCOMPARE(message[u"context"_s][u"id"_s].toString(), u"wamid.request"_s);
}

void TestSimCalls::sharedContactInfoArrivesAsAContactOfItsOrigin()
{
    inbound({{u"from"_s, customer}, {u"text"_s, u"I want to return my order"_s}});
    QVERIFY(!send(example(u"interactive.request_contact_info"_s)).isEmpty());
    const QJsonObject value = inbound({{u"from"_s, customer}, {u"name"_s, u"Pablo"_s},
        {u"type"_s, u"contact_info"_s}, {u"user_id"_s, bsuid}});
    QCOMPARE(value.value(u"contacts").toArray(),
        QJsonArray({QJsonObject {{u"profile"_s, QJsonObject {{u"name"_s, u"Pablo"_s}}},
            {u"wa_id"_s, customerDigits}, {u"user_id"_s, bsuid}}}));
    const QJsonObject message = value[u"messages"_s][0].toObject();
    QCOMPARE(message.keys(),
        (QStringList {
            u"contacts"_s, u"from"_s, u"from_user_id"_s, u"id"_s, u"timestamp"_s, u"type"_s}));
    QCOMPARE(message.value(u"type").toString(), u"contacts"_s);
    QCOMPARE(message.value(u"from_user_id").toString(), bsuid);
    // Tapped, not shared directly: the origin says so, and Meta sends no vcard.
    const QJsonObject phone {
        {u"phone"_s, customer}, {u"wa_id"_s, customerDigits}, {u"type"_s, u"CELL"_s}};
    QCOMPARE(message.value(u"contacts").toArray(),
        QJsonArray({QJsonObject {
            {u"origin"_s, u"contact_request"_s}, {u"phones"_s, QJsonArray {phone}}}}));

    // Without a business-scoped user ID the customer is known by their number alone.
    const QJsonObject plain = inbound({{u"from"_s, customer}, {u"type"_s, u"contact_info"_s}});
    QVERIFY(!plain[u"messages"_s][0].toObject().contains(u"from_user_id"));
    QVERIFY(!plain[u"contacts"_s][0].toObject().contains(u"user_id"));
}

void TestSimCalls::badAnswersAreRefusedAndSendNothing_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("says");
    const QJsonObject reply {{u"from"_s, customer}, {u"type"_s, u"call_permission_reply"_s},
        {u"context_id"_s, u"wamid.request"_s}, {u"response"_s, u"accept"_s}};
    const auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    };
    QTest::newRow("reply to nothing")
        << with(reply, u"context_id"_s, QJsonValue::Undefined) << u"context_id"_s;
    QTest::newRow("no response") << with(reply, u"response"_s, QJsonValue::Undefined)
                                 << u"\"response\" must be one of"_s;
    QTest::newRow("response unknown")
        << with(reply, u"response"_s, u"maybe"_s) << u"accept, reject"_s;
    QTest::newRow("permanent not a boolean")
        << with(reply, u"is_permanent"_s, u"yes"_s) << u"is_permanent"_s;
    QTest::newRow("source unknown")
        << with(reply, u"response_source"_s, u"manual"_s) << u"user_action, automatic"_s;
    QTest::newRow("user id not a string")
        << QJsonObject {{u"from"_s, customer}, {u"type"_s, u"contact_info"_s}, {u"user_id"_s, 12}}
        << u"user_id"_s;
}

void TestSimCalls::badAnswersAreRefusedAndSendNothing()
{
    QFETCH(QJsonObject, request);
    QFETCH(QString, says);
    const Answer answer = m_control->postJson(u"/_sim/inbound"_s, request, 10000);
    QCOMPARE(answer.status, 400);
    const QString error = answer.json().value(u"error").toString();
    QVERIFY2(error.contains(says), qPrintable(error));
    QTest::qWait(100);
    QVERIFY(m_receiver->valuesWith(u"messages"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSimCalls)
#include "tst_simcalls.moc"
