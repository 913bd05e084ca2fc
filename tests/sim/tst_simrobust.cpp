// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The simulator under input it must refuse or outlast: control requests of the wrong type, a
// clock pushed past what it can hold, credentials that must not reach its request log, heads
// that are not HTTP, connections that stay idle or trickle, and more media than it keeps.
#include "sim/simulatorserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "rawhttpclient.h"
#include "simclient.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;
using Wac::Test::RawHttpClient;

namespace {

const QString phonePath = u"/v25.0/106540352242922"_s;
const QByteArray bearer = "Authorization: Bearer sandbox-token\r\n";

} // namespace

class TestSimRobust final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void optionsOfTheWrongTypeAre400_data();
    void optionsOfTheWrongTypeAre400();
    void theClockRefusesWhatItCannotHold_data();
    void theClockRefusesWhatItCannotHold();
    void theRequestLogHoldsNoCredential();
    void aHeadThatIsNotHttpIsRefused_data();
    void aHeadThatIsNotHttpIsRefused();
    void anIdleConnectionIsClosed();
    void aTricklingRequestTimesOut_data();
    void aTricklingRequestTimesOut();
    void mediaIsKeptWithinItsBudget();
    void mediaExpiresAfterThirtyDays();

private:
    void start(const Wac::Sim::SimConfig &config);

    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
};

void TestSimRobust::init()
{
    start(Wac::Sim::SimConfig::sandbox());
}

void TestSimRobust::start(const Wac::Sim::SimConfig &config)
{
    m_client.reset();
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
}

void TestSimRobust::optionsOfTheWrongTypeAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("limits string") << QByteArray(R"({"limits": "x"})") << u"limits"_s;
    QTest::newRow("limits 0") << QByteArray(R"({"limits": 0})") << u"limits"_s;
    QTest::newRow("limits null") << QByteArray(R"({"limits": null})") << u"limits"_s;
    QTest::newRow("window_errors 1") << QByteArray(R"({"window_errors": 1})") << u"window_errors"_s;
    QTest::newRow("delays string")
        << QByteArray(R"({"webhook_delays_ms": "fast"})") << u"webhook_delays_ms"_s;
    QTest::newRow("delay 1.5") << QByteArray(R"({"webhook_delays_ms": {"read": 1.5}})")
                               << u"webhook_delays_ms.read"_s;
    QTest::newRow("webhooks string")
        << QByteArray(R"({"webhooks": "http://127.0.0.1:1/"})") << u"webhooks"_s;
    QTest::newRow("webhook number") << QByteArray(R"({"webhooks": [1]})") << u"webhooks"_s;
    QTest::newRow("waba number") << QByteArray(R"({"subscribed_wabas": [1]})")
                                 << u"subscribed_wabas"_s;
    QTest::newRow("unknown option")
        << QByteArray(R"({"limits": false, "bogus": 1})") << u"\"bogus\" is not an option"_s;
    QTest::newRow("unknown delay")
        << QByteArray(R"({"webhook_delays_ms": {"snet": 5}})") << u"webhook_delays_ms.snet"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("not JSON") << QByteArray("limits=false") << u"JSON object"_s;
}

void TestSimRobust::optionsOfTheWrongTypeAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Answer answer = m_client->post(u"/_sim/options"_s, body);
    QCOMPARE(answer.status, 400);
    const QString error = answer.json().value(u"error").toString();
    QVERIFY2(error.contains(field), qPrintable(error));
    const QJsonObject options = m_client->get(u"/_sim/options"_s).json();
    QCOMPARE(options.value(u"limits"), QJsonValue(true)); // still on, as it started
    QCOMPARE(options.value(u"window_errors"), QJsonValue(u"async"_s));
}

void TestSimRobust::theClockRefusesWhatItCannotHold_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("1e308") << QByteArray(R"({"advance_seconds": 1e308})");
    QTest::newRow("negative") << QByteArray(R"({"advance_seconds": -60})");
    QTest::newRow("fraction") << QByteArray(R"({"advance_seconds": 1.5})");
    QTest::newRow("NaN as text") << QByteArray(R"({"advance_seconds": "NaN"})");
    QTest::newRow("huge integer") << QByteArray(R"({"advance_seconds": 9223372036854775807})");
    QTest::newRow("eleven years") << QByteArray(R"({"advance_seconds": 347155200})");
    QTest::newRow("missing") << QByteArray(R"({})");
}

void TestSimRobust::theClockRefusesWhatItCannotHold()
{
    QFETCH(QByteArray, body);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Answer refused = m_client->post(u"/_sim/clock"_s, body);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.json().value(u"error").toString().contains(u"advance_seconds"_s),
        refused.body.constData());
    const QDateTime now = QDateTime::fromString(
        m_client->get(u"/_sim/clock"_s).json().value(u"now").toString(), Qt::ISODateWithMs);
    QVERIFY(now.isValid());
    QVERIFY(qAbs(now.secsTo(before)) < 60); // unmoved
    // Many steps that each fit still stop at the century the clock can hold.
    int accepted = 0;
    while (accepted < 20
        && m_client->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 315'000'000}}).status
            == 200)
        ++accepted;
    QCOMPARE(accepted, 10);
    const QJsonObject last = m_client->get(u"/_sim/clock"_s).json();
    QVERIFY(QDateTime::fromString(last.value(u"now").toString(), Qt::ISODateWithMs).isValid());
}

void TestSimRobust::theRequestLogHoldsNoCredential()
{
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_server->baseUrl()));
    const QList<QByteArray> requests = {
        RawHttpClient::request("GET", phonePath.toLatin1() + "?fields=id;access_token=SECRET1"),
        RawHttpClient::request("GET", phonePath.toLatin1() + "?access_token=SECRET2&fields=id"),
        RawHttpClient::request("GET", phonePath.toLatin1() + "?x=1&ACCESS%5Ftoken=SECRET3"),
        RawHttpClient::request("GET", phonePath.toLatin1(),
            "Authorization: Bearer SECRET4\r\nProxy-Authorization: Basic SECRET5\r\n"
            "Cookie: session=SECRET6; other=SECRET7\r\n"),
    };
    for (const QByteArray &request : requests) {
        raw.send(request);
        QVERIFY(raw.read().status != 0);
    }
    const Answer log = m_client->get(u"/_sim/requests"_s);
    QCOMPARE(log.status, 200);
    QVERIFY2(!log.body.contains("SECRET"), log.body.constData());
    const QJsonArray entries = log.json().value(u"data").toArray();
    QCOMPARE(entries.size(), 5); // and this GET of the log itself
    QVERIFY(entries.at(0)[u"target"_s].toString().endsWith(u";access_token=[redacted]"_s));
    const QJsonObject headers = entries.at(3)[u"headers"_s].toObject();
    QCOMPARE(headers.value(u"proxy-authorization").toString(), u"Basic [redacted]"_s);
    QCOMPARE(headers.value(u"cookie").toString(), u"[redacted]"_s);
    QCOMPARE(headers.value(u"authorization").toString(), u"Bearer [redacted]"_s);
}

void TestSimRobust::aHeadThatIsNotHttpIsRefused_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QByteArray many;
    for (int i = 0; i < 150; ++i)
        many += "X-Header-" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\r\n";
    QByteArray ninety;
    for (int i = 0; i < 90; ++i)
        ninety += "X-Header-" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\r\n";
    QTest::newRow("a line without a colon") << "Broken header line\r\n" + bearer << 400;
    QTest::newRow("a folded line") << bearer + " folded: on\r\n" << 400;
    QTest::newRow("150 headers") << many + bearer << 431;
    QTest::newRow("a 20 KiB header")
        << "X-Long: " + QByteArray(20 * 1024, 'a') + "\r\n" + bearer << 431;
    QTest::newRow("90 headers are fine") << ninety + bearer << 200;
}

void TestSimRobust::aHeadThatIsNotHttpIsRefused()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_server->baseUrl()));
    raw.send(RawHttpClient::request("GET", phonePath.toLatin1(), headers));
    const Wac::Test::RawAnswer answer = raw.read();
    QCOMPARE(answer.status, status); // never 401 "no token", as if the headers were lost
    if (status != 200) {
        QVERIFY(answer.body.contains("error"));
        QVERIFY(raw.waitClosed());
        // Refused before it was served: the log has no such request.
        QCOMPARE(m_server->requestLog().entries().size(), 0);
    }
}

void TestSimRobust::anIdleConnectionIsClosed()
{
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.idleTimeoutMs = 300;
    start(config);
    RawHttpClient silent;
    QVERIFY(silent.connectTo(m_server->baseUrl()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(silent.waitClosed(3000)); // connected, never a byte
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    RawHttpClient keptAlive;
    QVERIFY(keptAlive.connectTo(m_server->baseUrl()));
    keptAlive.send(RawHttpClient::request("GET", phonePath.toLatin1(), bearer));
    QCOMPARE(keptAlive.read().status, 200);
    QVERIFY(keptAlive.waitClosed(3000)); // after its answer, idle
}

void TestSimRobust::aTricklingRequestTimesOut_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray head = RawHttpClient::request("GET", phonePath.toLatin1(), bearer);
    QTest::newRow("slow head") << head;
    QTest::newRow("slow body") << RawHttpClient::request(
        "POST", phonePath.toLatin1() + "/messages", bearer, QByteArray(200, ' '));
}

void TestSimRobust::aTricklingRequestTimesOut()
{
    QFETCH(QByteArray, request);
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.idleTimeoutMs = 5000; // each byte comes well within it: only the deadline stops it
    config.requestTimeoutMs = 600;
    start(config);
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_server->baseUrl()));
    QElapsedTimer timer;
    timer.start();
    const qsizetype head = request.indexOf("\r\n\r\n") + 4;
    const qsizetype start = request.startsWith("POST") ? head : 0;
    raw.send(request.left(start));
    for (qsizetype i = start; i < request.size() - 1 && raw.isConnected(); ++i) {
        raw.send(request.mid(i, 1));
        QTest::qWait(50);
        if (raw.socket().bytesAvailable() > 0)
            break;
    }
    const Wac::Test::RawAnswer answer = raw.read(3000);
    QCOMPARE(answer.status, 408);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(raw.waitClosed());
}

void TestSimRobust::mediaIsKeptWithinItsBudget()
{
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.mediaBudgetBytes = 3 * 1024 * 1024;
    start(config);
    const QList<QPair<QByteArray, QByteArray>> fields {
        {"messaging_product", "whatsapp"}, {"type", "image/jpeg"}};
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        const QByteArray jpeg = "\xff\xd8\xff" + QByteArray(1024 * 1024 - 3, char('a' + i));
        const Answer uploaded =
            m_client->upload(phonePath + u"/media"_s, fields, "image/jpeg", jpeg);
        QCOMPARE(uploaded.status, 200);
        ids << uploaded.json().value(u"id").toString();
    }
    // 4 MiB into a 3 MiB budget: the first went, the newest three stay.
    QCOMPARE(m_client->get(u"/v25.0/"_s + ids.at(0)).status, 400);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(m_client->get(u"/v25.0/"_s + ids.at(i)).status, 200);
}

void TestSimRobust::mediaExpiresAfterThirtyDays()
{
    const QList<QPair<QByteArray, QByteArray>> fields {
        {"messaging_product", "whatsapp"}, {"type", "application/pdf"}};
    const Answer uploaded =
        m_client->upload(phonePath + u"/media"_s, fields, "application/pdf", "%PDF-1.4\n");
    const QString id = u"/v25.0/"_s + uploaded.json().value(u"id").toString();
    QCOMPARE(
        m_client->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 29 * 86400}}).status, 200);
    QCOMPARE(m_client->get(id).status, 200);
    QCOMPARE(m_client->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 86400 + 1}}).status, 200);
    QCOMPARE(m_client->get(id).status, 400); // gone, as Graph forgets a 30-day-old upload
}

QTEST_GUILESS_MAIN(TestSimRobust)
#include "tst_simrobust.moc"
