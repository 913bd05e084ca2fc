// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The receiver's HTTP against clients QNetworkAccessManager cannot play, on raw loopback
// sockets: bodies past Meta's 3 MB refused before they are sent, Expect: 100-continue, heads
// past 64 KB, malformed and hostile bytes, clients that vanish, stall, crowd in or never read.
#include "sim/webhookdispatcher.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include "rawhttpclient.h"
#include "services/webhookreceiver.h"

using namespace Qt::StringLiterals;
using namespace Wac;
using Test::RawAnswer;
using Test::RawHttpClient;

namespace {

const QByteArray appSecret = "9f2c4e1b7a3d6f80";

const QByteArray statusBody =
    R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":)"
    R"([{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":)"
    R"("15550783881","phone_number_id":"106540352242922"},"statuses":[{"id":)"
    R"("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA","status":"delivered",)"
    R"("timestamp":"1714510003","recipient_id":"16505551234","pricing":{"billable":true,)"
    R"("pricing_model":"PMP","category":"utility","type":"regular"}}]},"field":"messages"}]}]})";

QByteArray signatureLine(const QByteArray &body)
{
    return "X-Hub-Signature-256: " + Sim::WebhookDispatcher::signature(appSecret, body) + "\r\n";
}

QByteArray postHead(const QByteArray &headers)
{
    return "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
}

} // namespace

class TestWebhookHttp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lengthPastTheLimitIsRefusedBeforeTheBody();
    void chunkedBody_data();
    void chunkedBody();
    void expectContinue_data();
    void expectContinue();
    void headPast64KB_data();
    void headPast64KB();
    void malformed_data();
    void malformed();
    void clientGoneMidBodyLeavesNoDelivery();
    void idleAndStalledConnectionsAreClosed();
    void connectionsPastTheCapAreTurnedAway();
    void pipelinedRequestsAreAnsweredInOrder();
    void clientThatReadsLateGetsEveryAnswer();
    void http10ClosesUnlessKeptAlive();

private:
    void listen(const WebhookReceiver::Options &options);
    /// A signed delivery on a new connection is still answered 200.
    void stillServes();

    std::unique_ptr<WebhookReceiver> m_receiver;
    QList<QByteArray> m_sunk;
};

void TestWebhookHttp::init()
{
    listen({});
}

void TestWebhookHttp::listen(const WebhookReceiver::Options &options)
{
    m_sunk.clear();
    m_receiver = std::make_unique<WebhookReceiver>();
    m_receiver->setAppSecret(appSecret);
    m_receiver->setSink([this](const ReceivedDelivery &delivery) {
        m_sunk.append(delivery.body);
        return true;
    });
    QString error;
    QVERIFY2(m_receiver->listen(options, &error), qPrintable(error));
}

void TestWebhookHttp::stillServes()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_receiver->url()));
    client.send(RawHttpClient::request("POST", "/webhook", signatureLine(statusBody), statusBody));
    QCOMPARE(client.read().status, 200);
    QCOMPARE(m_sunk.constLast(), statusBody);
}

void TestWebhookHttp::lengthPastTheLimitIsRefusedBeforeTheBody()
{
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_receiver->url()));
    const qint64 length = qint64(5.2 * 1024 * 1024);
    client.send(postHead(
        "Content-Length: " + QByteArray::number(length) + "\r\n" + signatureLine(statusBody)));
    QCOMPARE(client.read().status, 413); // with no byte of the body sent
    QVERIFY(client.waitClosed());
    QCOMPARE(rejected.size(), 1);
    const QString reason = rejected.at(0).at(1).toString();
    QVERIFY2(reason.contains(u"5.2 MB"_s) && reason.contains(u"3 MB"_s), qPrintable(reason));
    QVERIFY(m_sunk.isEmpty());
    stillServes();
}

void TestWebhookHttp::chunkedBody_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<int>("status");
    const QByteArray mb(1024 * 1024, ' ');
    QTest::newRow("within the limit, in three chunks") << QList<QByteArray> {statusBody.left(10),
        statusBody.mid(10, 300), statusBody.mid(310)} << 200;
    QTest::newRow("four chunks of 1 MB") << QList<QByteArray> {mb, mb, mb, mb} << 413;
    QTest::newRow("one chunk of 4 MB")
        << QList<QByteArray> {QByteArray(4 * 1024 * 1024, ' ')} << 413;
}

void TestWebhookHttp::chunkedBody()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(int, status);
    const QByteArray whole = chunks.join();
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_receiver->url()));
    client.send(postHead("Transfer-Encoding: chunked\r\n" + signatureLine(whole)));
    for (const QByteArray &chunk : std::as_const(chunks)) {
        if (!client.isConnected())
            break;
        client.send(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    }
    if (client.isConnected())
        client.send("0\r\n\r\n");
    const RawAnswer answer = client.read();
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QCOMPARE(m_sunk, QList<QByteArray> {whole});
    } else {
        QVERIFY(client.waitClosed());
        QVERIFY(m_sunk.isEmpty());
        QCOMPARE(rejected.size(), 1);
        const QString reason = rejected.at(0).at(1).toString();
        QVERIFY2(reason.contains(u"limit of 3 MB"_s), qPrintable(reason));
    }
}

void TestWebhookHttp::expectContinue_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("firstStatus");
    const QByteArray expect = "Expect: 100-continue\r\n";
    const QByteArray length = "Content-Length: " + QByteArray::number(statusBody.size()) + "\r\n";
    QTest::newRow("signed delivery")
        << postHead(expect + length + signatureLine(statusBody)) << 100;
    QTest::newRow("past the limit")
        << postHead(expect + "Content-Length: 4000000\r\n" + signatureLine(statusBody)) << 413;
    QTest::newRow("unsigned") << postHead(expect + length) << 403;
    QTest::newRow("elsewhere") << QByteArray("POST /other HTTP/1.1\r\nHost: x\r\n" + expect + length
        + "\r\n") << 404;
}

void TestWebhookHttp::expectContinue()
{
    QFETCH(QByteArray, head);
    QFETCH(int, firstStatus);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_receiver->url()));
    client.send(head);
    // curl waits for this answer (a second, then it sends anyway) before it sends the body.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.read(900).status, firstStatus);
    QVERIFY(timer.elapsed() < 900);
    if (firstStatus != 100) {
        QVERIFY(client.waitClosed());
        QVERIFY(m_sunk.isEmpty());
        return;
    }
    client.send(statusBody);
    QCOMPARE(client.read().status, 200);
    QCOMPARE(m_sunk, QList<QByteArray> {statusBody});
}

void TestWebhookHttp::headPast64KB_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("one long header") << postHead("X-Filler: " + QByteArray(70000, 'a') + "\r\n");
    QByteArray many;
    for (int i = 0; i < 3000; ++i)
        many += "X-Filler-" + QByteArray::number(i) + ": aaaaaaaaaaaaaaaa\r\n";
    QTest::newRow("3000 headers") << postHead(many);
    QTest::newRow("a long target")
        << QByteArray("GET /webhook?" + QByteArray(66000, 'q') + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("a long line that never ends") << QByteArray(70000, 'G');
}

void TestWebhookHttp::headPast64KB()
{
    QFETCH(QByteArray, head);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_receiver->url()));
    client.send(head);
    QCOMPARE(client.read().status, 431);
    QVERIFY(client.waitClosed());
    stillServes();
}

void TestWebhookHttp::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QByteArray random(4096, '\0');
    QRandomGenerator rng(20260101);
    for (char &c : random)
        c = char(rng.bounded(256));
    QTest::newRow("random bytes") << random << 400;
    QTest::newRow("TLS client hello") << QByteArray::fromHex("160301020001000100fc0303") << 400;
    QTest::newRow("no version") << QByteArray("GET /webhook\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    QTest::newRow("no Host") << QByteArray("GET /webhook HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("space before colon") << postHead("Content-Length : 5\r\n") + "hello" << 400;
    QTest::newRow("folded header") << postHead("X-A: b\r\n c\r\n") << 400;
    QTest::newRow("NUL in a value") << postHead(QByteArray("X-A: b\0c\r\n", 10)) << 400;
    QTest::newRow("bare CR") << postHead("X-A: b\rc\r\n") << 400;
    QTest::newRow("both lengths") << postHead("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n")
            + "0\r\n\r\n" << 400;
    QTest::newRow("two lengths") << postHead("Content-Length: 5\r\nContent-Length: 6\r\n") << 400;
    QTest::newRow("negative length") << postHead("Content-Length: -1\r\n") << 400;
    QTest::newRow("length of 30 digits")
        << postHead("Content-Length: " + QByteArray(30, '9') + "\r\n") << 400;
    QTest::newRow("gzip coding") << postHead("Transfer-Encoding: gzip, chunked\r\n") << 501;
    QTest::newRow("chunk size not hex") << postHead("Transfer-Encoding: chunked\r\n") + "zz\r\n"
                                        << 400;
    QTest::newRow("chunk size of 20 digits") << postHead("Transfer-Encoding: chunked\r\n")
            + QByteArray(20, 'f') + "\r\n" << 413;
    QTest::newRow("chunk longer than its size") << postHead("Transfer-Encoding: chunked\r\n")
            + "5\r\nhelloEXTRA\r\n" << 400;
    QTest::newRow("unknown expectation") << postHead("Expect: 200-ok\r\n") << 417;
}

void TestWebhookHttp::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_receiver->url()));
    client.send(bytes);
    QCOMPARE(client.read().status, status);
    QVERIFY(client.waitClosed());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).toInt(), status);
    QVERIFY(!rejected.at(0).at(1).toString().isEmpty());
    QVERIFY(m_sunk.isEmpty());
    stillServes();
}

void TestWebhookHttp::clientGoneMidBodyLeavesNoDelivery()
{
    QSignalSpy delivered(m_receiver.get(), &WebhookReceiver::delivered);
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_receiver->url()));
        client.send(postHead("Content-Length: " + QByteArray::number(statusBody.size()) + "\r\n"
                        + signatureLine(statusBody))
            + statusBody.left(300));
        client.socket().abort();
    }
    QTest::qWait(200);
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(rejected.size(), 0);
    QVERIFY(m_sunk.isEmpty());
    stillServes();
}

void TestWebhookHttp::idleAndStalledConnectionsAreClosed()
{
    WebhookReceiver::Options options;
    options.idleTimeoutMs = 300;
    listen(options);
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::rejected);
    RawHttpClient idle;
    RawHttpClient stalled;
    QVERIFY(idle.connectTo(m_receiver->url()));
    QVERIFY(stalled.connectTo(m_receiver->url()));
    stalled.send("POST /webhook HTTP/1.1\r\nHost: x\r\n"); // and never the rest
    QCOMPARE(stalled.read(3000).status, 408);
    QVERIFY(idle.waitClosed(3000));
    QVERIFY(stalled.waitClosed(3000));
    QCOMPARE(rejected.size(), 1); // the idle one had nothing to refuse
    QCOMPARE(rejected.at(0).at(0).toInt(), 408);
}

void TestWebhookHttp::connectionsPastTheCapAreTurnedAway()
{
    WebhookReceiver::Options options;
    options.maxConnections = 2;
    listen(options);
    RawHttpClient first;
    RawHttpClient second;
    RawHttpClient third;
    QVERIFY(first.connectTo(m_receiver->url()));
    QVERIFY(second.connectTo(m_receiver->url()));
    QTest::qWait(50); // both accepted before the third knocks
    QVERIFY(third.connectTo(m_receiver->url()));
    QCOMPARE(third.read().status, 503);
    QVERIFY(third.waitClosed());
    const QByteArray request =
        RawHttpClient::request("POST", "/webhook", signatureLine(statusBody), statusBody);
    first.send(request);
    second.send(request);
    QCOMPARE(first.read().status, 200);
    QCOMPARE(second.read().status, 200);
}

void TestWebhookHttp::pipelinedRequestsAreAnsweredInOrder()
{
    m_receiver->setVerifyToken("token");
    RawHttpClient client;
    QVERIFY(client.connectTo(m_receiver->url()));
    client.send(RawHttpClient::request(
                    "GET", "/webhook?hub.mode=subscribe&hub.verify_token=token&hub.challenge=42")
        + RawHttpClient::request("POST", "/webhook", signatureLine(statusBody), statusBody)
        + RawHttpClient::request("GET", "/elsewhere"));
    const RawAnswer handshake = client.read();
    QCOMPARE(handshake.status, 200);
    QCOMPARE(handshake.body, QByteArray("42"));
    QCOMPARE(client.read().status, 200);
    QCOMPARE(client.read().status, 404);
    QVERIFY(client.isConnected());
    QCOMPARE(m_sunk.size(), 1);
}

void TestWebhookHttp::clientThatReadsLateGetsEveryAnswer()
{
    // The answers pile up unread past what the receiver holds; then its reading waits, and
    // goes on once the client reads.
    m_receiver->setVerifyToken("token");
    const QByteArray one = RawHttpClient::request(
        "GET", "/webhook?hub.mode=subscribe&hub.verify_token=token&hub.challenge=7");
    constexpr int count = 60000; // about 9 MB of answers: more than the kernel's buffers
    RawHttpClient client;
    QVERIFY(client.connectTo(m_receiver->url()));
    client.socket().setReadBufferSize(16 * 1024);
    client.socket().write(one.repeated(count));
    QTest::qWait(300);
    stillServes(); // others are answered meanwhile
    int answered = 0;
    while (answered < count && client.read().status == 200)
        ++answered;
    QCOMPARE(answered, count);
}

void TestWebhookHttp::http10ClosesUnlessKeptAlive()
{
    const QByteArray request = "POST /webhook HTTP/1.0\r\nContent-Length: "
        + QByteArray::number(statusBody.size()) + "\r\n" + signatureLine(statusBody);
    RawHttpClient plain;
    QVERIFY(plain.connectTo(m_receiver->url()));
    plain.send(request + "\r\n" + statusBody);
    const RawAnswer closing = plain.read();
    QCOMPARE(closing.status, 200);
    QCOMPARE(closing.header("connection").toLower(), QByteArray("close"));
    QVERIFY(plain.waitClosed());
    RawHttpClient kept;
    QVERIFY(kept.connectTo(m_receiver->url()));
    kept.send(request + "Connection: keep-alive\r\n\r\n" + statusBody);
    const RawAnswer open = kept.read();
    QCOMPARE(open.status, 200);
    QCOMPARE(open.header("connection").toLower(), QByteArray("keep-alive"));
    QVERIFY(!kept.waitClosed(300));
    QCOMPARE(m_sunk.size(), 2);
}

QTEST_GUILESS_MAIN(TestWebhookHttp)
#include "tst_webhookhttp.moc"
