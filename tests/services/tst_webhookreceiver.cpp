// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The webhook receiver as Meta and a user meet it, over real loopback HTTP: the handshake,
// signed deliveries handed on byte for byte, refusals that name what was wrong, and the
// simulator's own webhooks (signed as Meta signs them) arriving verified and retried.
#include "sim/simulatorserver.h"
#include "sim/webhookdispatcher.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "rawhttpclient.h"
#include "services/webhookreceiver.h"

using namespace Qt::StringLiterals;
using namespace Wac;

Q_DECLARE_METATYPE(Wac::ReceivedDelivery)

namespace {

const QByteArray appSecret = "9f2c4e1b7a3d6f80";
const QByteArray verifyToken = "waconsole-verify-7731";

/// An inbound text in Meta's byte form: non-ASCII escaped as \uXXXX.
const QByteArray inboundBody =
    R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":)"
    R"([{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":)"
    R"("15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":)"
    R"("Jo\u00e3o"},"wa_id":"16505551234"}],"messages":[{"from":"16505551234","id":)"
    R"("wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTdCRjNBNjU4","timestamp":"1714510003",)"
    R"("type":"text","text":{"body":"Ol\u00e1 \ud83d\ude2e"}}]},"field":"messages"}]}]})";

QByteArray sign(const QByteArray &body, const QByteArray &secret = appSecret)
{
    return Sim::WebhookDispatcher::signature(secret, body);
}

struct Reply
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestWebhookReceiver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void handshake_data();
    void handshake();
    void signedDeliveryIsHandedOnExactly();
    void refusedDelivery_data();
    void refusedDelivery();
    void bodyNotJson_data();
    void bodyNotJson();
    void sinkThatCannotKeepAsksForARetry();
    void withoutSinkAVerifiedDeliveryIsAccepted();
    void misdirected_data();
    void misdirected();
    void hundredRequestsOnOneConnection();
    void simulatorWebhooksArriveVerified();
    void listenNamesAddressAndPort();

private:
    Reply request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
        const QByteArray &signature = {});

    Reply post(const QByteArray &body, const QByteArray &signature)
    {
        return request("POST", m_receiver->url(), body, signature);
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<WebhookReceiver> m_receiver;
    QList<QByteArray> m_sunk;
};

void TestWebhookReceiver::init()
{
    m_sunk.clear();
    m_receiver = std::make_unique<WebhookReceiver>();
    m_receiver->setAppSecret(appSecret);
    m_receiver->setVerifyToken(verifyToken);
    m_receiver->setSink([this](const ReceivedDelivery &delivery) {
        m_sunk.append(delivery.body);
        return true;
    });
    QString error;
    QVERIFY2(m_receiver->listen({}, &error), qPrintable(error));
}

Reply TestWebhookReceiver::request(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &signature)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!signature.isNull())
        request.setRawHeader("X-Hub-Signature-256", signature);
    std::unique_ptr<QNetworkReply> reply(
        verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

void TestWebhookReceiver::handshake_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("configuredToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    const QString challenge = u"&hub.challenge=1158201444"_s;
    const QString right = u"hub.mode=subscribe&hub.verify_token=waconsole-verify-7731"_s;
    QTest::newRow("right token") << right + challenge << verifyToken << 200 << QString();
    // Meta writes the query as a form does: a space in the token comes as "+".
    QTest::newRow("token with a space, sent as +")
        << u"hub.mode=subscribe&hub.verify_token=my+verify+token"_s + challenge
        << QByteArray("my verify token") << 200 << QString();
    QTest::newRow("token with a plus, sent as %2B")
        << u"hub.mode=subscribe&hub.verify_token=a%2Bb"_s + challenge << QByteArray("a+b") << 200
        << QString();
    QTest::newRow("wrong token") << u"hub.mode=subscribe&hub.verify_token=guess"_s + challenge
                                 << verifyToken << 403 << u"does not match"_s;
    QTest::newRow("token differs in case")
        << u"hub.mode=subscribe&hub.verify_token=WACONSOLE-VERIFY-7731"_s + challenge << verifyToken
        << 403 << u"does not match"_s;
    QTest::newRow("wrong mode") << u"hub.mode=unsubscribe&hub.verify_token=waconsole-verify-7731"_s
            + challenge << verifyToken
                                << 403 << u"hub.mode"_s;
    QTest::newRow("no token") << u"hub.mode=subscribe"_s + challenge << verifyToken << 403
                              << u"no hub.verify_token"_s;
    QTest::newRow("no query") << QString() << verifyToken << 403 << u"hub.mode"_s;
    QTest::newRow("profile without token")
        << right + challenge << QByteArray() << 403 << u"no verify token"_s;
    QTest::newRow("empty token sent to a profile without one")
        << u"hub.mode=subscribe&hub.verify_token="_s + challenge << QByteArray() << 403
        << u"no verify token"_s;
}

void TestWebhookReceiver::handshake()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, configuredToken);
    QFETCH(int, status);
    QFETCH(QString, reason);
    m_receiver->setVerifyToken(configuredToken);
    QSignalSpy handshakes(m_receiver.get(), &WebhookReceiver::handshake);
    QUrl url = m_receiver->url();
    url.setQuery(query);
    const Reply reply = request("GET", url);
    QCOMPARE(reply.status, status);
    QCOMPARE(handshakes.size(), 1);
    QCOMPARE(handshakes.at(0).at(0).toBool(), status == 200);
    if (status == 200) {
        QCOMPARE(reply.body, QByteArray("1158201444")); // the challenge and nothing else
    } else {
        QVERIFY(!reply.body.contains("1158201444"));
        QVERIFY2(handshakes.at(0).at(1).toString().contains(reason),
            qPrintable(handshakes.at(0).at(1).toString()));
    }
}

void TestWebhookReceiver::signedDeliveryIsHandedOnExactly()
{
    QSignalSpy delivered(m_receiver.get(), &WebhookReceiver::delivered);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Reply reply = post(inboundBody, sign(inboundBody));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.size() < 16);
    QCOMPARE(m_sunk, QList<QByteArray> {inboundBody});
    QCOMPARE(delivered.size(), 1);
    const auto delivery = delivered.at(0).at(0).value<ReceivedDelivery>();
    QCOMPARE(delivery.body, inboundBody);
    QCOMPARE(delivery.signature, sign(inboundBody));
    QVERIFY(delivery.verified);
    QVERIFY(delivery.receivedAt >= before && delivery.receivedAt <= before + 5000);
    QVERIFY2(delivery.peer.startsWith(u"127.0.0.1:"_s), qPrintable(delivery.peer));
    QVERIFY(delivery.peer.section(u':', 1).toInt() > 0);
}

void TestWebhookReceiver::refusedDelivery_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("configuredSecret");
    QTest::addColumn<QString>("reason");
    const QByteArray good = sign(inboundBody);
    QTest::newRow("wrong signature") << inboundBody << QByteArray("sha256=" + QByteArray(64, 'a'))
                                     << appSecret << u"does not match"_s;
    QTest::newRow("another app's secret")
        << inboundBody << sign(inboundBody, "other-secret") << appSecret << u"does not match"_s;
    QTest::newRow("missing header") << inboundBody << QByteArray() << appSecret << u"missing"_s;
    QTest::newRow("sha1 header") << inboundBody << QByteArray("sha1=" + good.mid(7, 40))
                                 << appSecret << u"64 hex digits"_s;
    QTest::newRow("profile without app secret")
        << inboundBody << good << QByteArray() << u"no app secret"_s;
    QTest::newRow("one byte changed") << QByteArray(inboundBody).replace("Jo\\u00e3o", "Jo\\u00e3O")
                                      << good << appSecret << u"does not match"_s;
    // Meta signs its \uXXXX bytes; the same JSON written out again as UTF-8 is not what was
    // signed, so the signature must be checked over the bytes as they came.
    const QByteArray reserialised =
        QJsonDocument::fromJson(inboundBody).toJson(QJsonDocument::Compact);
    QVERIFY(reserialised.contains("Olá"));
    QTest::newRow("re-serialised as UTF-8")
        << reserialised << good << appSecret << u"does not match"_s;
}

void TestWebhookReceiver::refusedDelivery()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, configuredSecret);
    QFETCH(QString, reason);
    m_receiver->setAppSecret(configuredSecret);
    QSignalSpy delivered(m_receiver.get(), &WebhookReceiver::delivered);
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    QCOMPARE(post(body, signature).status, 403);
    QVERIFY(m_sunk.isEmpty());
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).toInt(), 403);
    QVERIFY2(rejected.at(0).at(1).toString().contains(reason),
        qPrintable(rejected.at(0).at(1).toString()));
    const auto delivery = rejected.at(0).at(2).value<ReceivedDelivery>();
    QVERIFY(!delivery.verified);
    QCOMPARE(delivery.body, body); // what came is there to look at
}

void TestWebhookReceiver::bodyNotJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("cut short") << inboundBody.left(100) << u"not JSON"_s;
    QTest::newRow("form data") << QByteArray("object=whatsapp_business_account") << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray(R"([{"object":"whatsapp_business_account"}])")
                              << u"not an object"_s;
}

void TestWebhookReceiver::bodyNotJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    QCOMPARE(post(body, "sha256=" + QByteArray(64, '0')).status, 403); // the signature first
    QCOMPARE(post(body, sign(body)).status, 400);
    QVERIFY(m_sunk.isEmpty());
    QCOMPARE(rejected.size(), 2);
    QVERIFY2(rejected.at(1).at(1).toString().contains(reason),
        qPrintable(rejected.at(1).at(1).toString()));
    QVERIFY(rejected.at(1).at(2).value<ReceivedDelivery>().verified);
}

void TestWebhookReceiver::sinkThatCannotKeepAsksForARetry()
{
    m_receiver->setSink([](const ReceivedDelivery &) { return false; });
    QSignalSpy delivered(m_receiver.get(), &WebhookReceiver::delivered);
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    QCOMPARE(post(inboundBody, sign(inboundBody)).status, 500);
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).toInt(), 500);
}

void TestWebhookReceiver::withoutSinkAVerifiedDeliveryIsAccepted()
{
    m_receiver->setSink({});
    QSignalSpy delivered(m_receiver.get(), &WebhookReceiver::delivered);
    QCOMPARE(post(inboundBody, sign(inboundBody)).status, 200);
    QCOMPARE(delivered.size(), 1);
}

void TestWebhookReceiver::misdirected_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("POST elsewhere") << QByteArray("POST") << u"/webhooks"_s << 404;
    QTest::newRow("GET the root") << QByteArray("GET") << u"/"_s << 404;
    QTest::newRow("PUT") << QByteArray("PUT") << u"/webhook"_s << 405;
    QTest::newRow("DELETE") << QByteArray("DELETE") << u"/webhook"_s << 405;
}

void TestWebhookReceiver::misdirected()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    QUrl url = m_receiver->url();
    url.setPath(path);
    const Reply reply = request(verb, url, inboundBody, sign(inboundBody));
    QCOMPARE(reply.status, status);
    QVERIFY(m_sunk.isEmpty());
    QCOMPARE(rejected.size(), 1);
    if (status == 404) // the reason names the callback path, the answer does not give it away
        QCOMPARE(reply.body, QByteArray("Not Found\n"));
}

void TestWebhookReceiver::hundredRequestsOnOneConnection()
{
    QSignalSpy delivered(m_receiver.get(), &WebhookReceiver::delivered);
    Test::RawHttpClient client;
    QVERIFY(client.connectTo(m_receiver->url()));
    for (int i = 0; i < 100; ++i) {
        const QByteArray body =
            QByteArray(inboundBody).replace("1714510003", QByteArray::number(i));
        client.send(Test::RawHttpClient::request(
            "POST", "/webhook", "X-Hub-Signature-256: " + sign(body) + "\r\n", body));
        const Test::RawAnswer answer = client.read();
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.header("connection").isNull());
        QVERIFY(client.isConnected());
    }
    QCOMPARE(m_sunk.size(), 100);
    QVERIFY(m_sunk.at(99).contains("\"timestamp\":\"99\""));
    // One connection: the same client port each time.
    QCOMPARE(delivered.first().at(0).value<ReceivedDelivery>().peer,
        delivered.last().at(0).value<ReceivedDelivery>().peer);
}

void TestWebhookReceiver::simulatorWebhooksArriveVerified()
{
    Sim::SimConfig config = Sim::SimConfig::sandbox();
    config.appSecret = appSecret;
    config.webhooks = {m_receiver->url()};
    Sim::SimulatorServer sim(config);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    Sim::WebhookDispatcher::Timing timing;
    timing.retryBaseMs = 50;
    sim.webhooks().setTiming(timing);
    // The first attempt cannot be kept: Meta's side (here the simulator) must send it again.
    int calls = 0;
    m_receiver->setSink([&](const ReceivedDelivery &delivery) {
        m_sunk.append(delivery.body);
        return ++calls > 1;
    });
    QSignalSpy attempts(&sim.webhooks(), &Sim::WebhookDispatcher::attempted);
    QSignalSpy delivered(m_receiver.get(), &WebhookReceiver::delivered);
    QNetworkRequest inbound(sim.baseUrl().resolved(QUrl(u"/_sim/inbound"_s)));
    inbound.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        m_nam.post(inbound, R"({"from":"+16505551234","text":"Olá 😮","name":"João"})"));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 5000);
    // The simulator hears the 200 after the receiver has written it: wait for that too.
    QTRY_COMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).at(3).toInt(), 500);
    QCOMPARE(attempts.at(1).at(3).toInt(), 200);
    QCOMPARE(m_sunk.size(), 2);
    QCOMPARE(m_sunk.at(0), m_sunk.at(1)); // the same bytes, again
    const auto delivery = delivered.at(0).at(0).value<ReceivedDelivery>();
    QVERIFY(delivery.verified);
    QVERIFY(delivery.body.contains(R"(Ol\u00e1 \ud83d\ude2e)"));
}

void TestWebhookReceiver::listenNamesAddressAndPort()
{
    WebhookReceiver second;
    WebhookReceiver::Options options;
    options.port = quint16(m_receiver->url().port());
    QString error;
    QVERIFY(!second.listen(options, &error));
    QVERIFY(!second.isListening());
    QVERIFY2(error.contains(u"127.0.0.1:%1"_s.arg(options.port)), qPrintable(error));
    QCOMPARE(m_receiver->url().toString(), u"http://127.0.0.1:%1/webhook"_s.arg(options.port));
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
