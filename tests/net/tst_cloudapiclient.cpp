// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/cloudapiclient.h"
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;
using Outcome = Wac::SendResult::Outcome;
using Category = Wac::ApiError::Category;
using Mode = Wac::Sim::FaultPlan::Mode;

Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(Category)
Q_DECLARE_METATYPE(Mode)

class TestCloudApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void acceptsEveryType_data();
    void acceptsEveryType();
    void graphErrorsAreDecoded_data();
    void graphErrorsAreDecoded();
    void expiredTokenAsksForANewOne();
    void faults_data();
    void faults();
    void closedConnectionIsNeverResent();
    void notSentWhenNothingLeft();
    void aPathInTheVersionOrAnIdIsNeverRequested();
    void cancel();
    void finishedIsEmittedOnce();
    void testConnectionReadsThePhoneNumber();

private:
    Wac::SendResult run(Wac::SendJob *job, int timeoutMs = 10000);
    Wac::SendResult send(const QJsonObject &body, int timeoutMs = 10000);
    qsizetype postsSeen() const;

    QNetworkAccessManager m_nam;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::CloudApiClient> m_client;
};

void TestCloudApiClient::init()
{
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_server->conversations().setLimitsEnabled(false);
    Wac::ApiConfig config;
    config.baseUrl = m_server->baseUrl();
    config.phoneNumberId = u"106540352242922"_s;
    config.timeoutMs = 2000;
    m_client = std::make_unique<Wac::CloudApiClient>(&m_nam, config);
    m_client->setToken("sandbox-token");
}

Wac::SendResult TestCloudApiClient::run(Wac::SendJob *job, int timeoutMs)
{
    QSignalSpy finished(job, &Wac::SendJob::finished);
    if (!finished.wait(timeoutMs))
        qFatal("the job did not finish");
    return finished.takeFirst().at(0).value<Wac::SendResult>();
}

Wac::SendResult TestCloudApiClient::send(const QJsonObject &body, int timeoutMs)
{
    return run(m_client->sendMessage(body), timeoutMs);
}

qsizetype TestCloudApiClient::postsSeen() const
{
    qsizetype posts = 0;
    for (const auto &entry : m_server->requestLog().entries())
        posts += entry.method == u"POST"_s ? 1 : 0;
    return posts;
}

void TestCloudApiClient::acceptsEveryType_data()
{
    QTest::addColumn<QJsonObject>("payload");
    for (const QString &name : Wac::Test::validPayloadNames()) {
        const QJsonObject payload = Wac::Test::loadValidPayload(name);
        if (payload.value(u"type").toString() != u"template"_s && !name.startsWith(u"stress"_s))
            QTest::newRow(qPrintable(name)) << payload;
    }
}

void TestCloudApiClient::acceptsEveryType()
{
    QFETCH(QJsonObject, payload);
    const Wac::SendResult result = send(payload);
    QCOMPARE(result.outcome, Outcome::Accepted);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(!result.error.isError());
    if (payload.contains(u"status"))
        return; // mark as read: {"success": true}
    QVERIFY(result.wamid.startsWith(u"wamid."_s));
    if (payload.contains(u"to")) {
        QCOMPARE(result.input, payload.value(u"to").toString());
        QVERIFY(!result.waId.isEmpty());
    }
    QCOMPARE(postsSeen(), 1);
}

void TestCloudApiClient::graphErrorsAreDecoded_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<int>("code");
    QTest::addColumn<Category>("category");
    QJsonObject empty = Wac::Test::loadValidPayload(u"seed-text"_s);
    empty.insert(u"text"_s, QJsonObject {{u"body"_s, u""_s}});
    QTest::newRow("length") << empty << 100 << Category::InvalidParameter;
    QJsonObject missing = Wac::Test::loadValidPayload(u"seed-text"_s);
    missing.remove(u"to"_s);
    QTest::newRow("missing") << missing << 131008 << Category::InvalidParameter;
    QJsonObject tpl = Wac::Test::loadValidPayload(u"ref-template-no-params"_s);
    tpl.insert(u"template"_s,
        QJsonObject {
            {u"name"_s, u"no_such"_s}, {u"language"_s, QJsonObject {{u"code"_s, u"en_US"_s}}}});
    QTest::newRow("template") << tpl << 132001 << Category::Template;
}

void TestCloudApiClient::graphErrorsAreDecoded()
{
    QFETCH(QJsonObject, payload);
    QFETCH(int, code);
    QFETCH(Category, category);
    const Wac::SendResult result = send(payload);
    QCOMPARE(result.outcome, Outcome::Rejected);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.category, category);
    QVERIFY(result.error.message.startsWith(u"(#%1) "_s.arg(code))); // verbatim from the server
    QVERIFY(!result.error.details.isEmpty());
    QVERIFY(!result.error.fbtraceId.isEmpty());
    QVERIFY(!result.error.headline().isEmpty());
    QVERIFY(!result.error.hint().isEmpty());
}

void TestCloudApiClient::expiredTokenAsksForANewOne()
{
    m_client->setToken("expired-token");
    const Wac::SendResult result = send(Wac::Test::loadValidPayload(u"seed-text"_s));
    QCOMPARE(result.outcome, Outcome::Rejected);
    QCOMPARE(result.error.category, Category::Unauthorized);
    QCOMPARE(result.error.code, 190);
    QCOMPARE(result.error.subcode, 463);
    QVERIFY(result.error.needsNewToken());
    QVERIFY(result.error.hint().contains(u"token"_s));

    m_server->conversations().setWindowErrorsSync(true);
    m_client->setToken("sandbox-token");
    const Wac::SendResult window = send(Wac::Test::loadValidPayload(u"seed-text"_s));
    QCOMPARE(window.error.category, Category::WindowClosed);
    QVERIFY(window.error.hint().contains(u"template"_s));
    QVERIFY(!window.error.needsNewToken());
}

void TestCloudApiClient::faults_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Category>("category");
    QTest::newRow("close") << Mode::Close << Outcome::Unknown << Category::OutcomeUnknown;
    QTest::newRow("reset") << Mode::ResetMidBody << Outcome::Unknown << Category::OutcomeUnknown;
    QTest::newRow("hang") << Mode::Hang << Outcome::Unknown << Category::OutcomeUnknown;
    QTest::newRow("500 html") << Mode::ServerError << Outcome::Unknown << Category::Server;
    QTest::newRow("502 html") << Mode::BadGateway << Outcome::Unknown << Category::Server;
    QTest::newRow("503 html") << Mode::Unavailable << Outcome::Unknown << Category::Server;
    QTest::newRow("malformed") << Mode::MalformedJson << Outcome::Unknown
                               << Category::OutcomeUnknown;
    QTest::newRow("empty 200") << Mode::Empty200 << Outcome::Unknown << Category::OutcomeUnknown;
    QTest::newRow("429") << Mode::RateLimited << Outcome::Rejected << Category::RateLimited;
    QTest::newRow("delay under the timeout") << Mode::Delay << Outcome::Accepted << Category::None;
}

void TestCloudApiClient::faults()
{
    QFETCH(Mode, mode);
    QFETCH(Outcome, outcome);
    QFETCH(Category, category);
    m_server->faults().add({mode, 5, {}, 300});
    const Wac::SendResult result = send(Wac::Test::loadValidPayload(u"seed-text"_s));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.error.category, category);
    QCOMPARE(postsSeen(), 1); // whatever happened, the message went out once at most
    if (outcome == Outcome::Unknown)
        QVERIFY(result.error.hint().contains(u"before sending again"_s)
            || category == Category::Server);
}

void TestCloudApiClient::closedConnectionIsNeverResent()
{
    m_server->faults().add({Mode::Close, 1, {}, 0});
    const Wac::SendResult result = send(Wac::Test::loadValidPayload(u"seed-text"_s));
    QCOMPARE(result.outcome, Outcome::Unknown);
    QTest::qWait(200);
    QCOMPARE(postsSeen(), 1); // Qt's own retry would have made it 2 (see tst_simfaults)
}

void TestCloudApiClient::notSentWhenNothingLeft()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Wac::ApiConfig config = m_client->config();
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    Wac::CloudApiClient refused(&m_nam, config);
    refused.setToken("sandbox-token");
    const Wac::SendResult nobody =
        run(refused.sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s)));
    QCOMPARE(nobody.outcome, Outcome::NotSent);
    QCOMPARE(nobody.error.category, Category::NotSent);
    QVERIFY(nobody.error.hint().contains(u"safe"_s));

    config.baseUrl = QUrl(u"http://graph.facebook.com"_s); // plain http off this computer
    Wac::CloudApiClient insecure(&m_nam, config);
    insecure.setToken("sandbox-token");
    const Wac::SendResult plain =
        run(insecure.sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s)));
    QCOMPARE(plain.outcome, Outcome::NotSent);
    QVERIFY(plain.error.message.contains(u"https"_s));

    config.baseUrl =
        QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->baseUrl().port())); // TLS to plain HTTP
    Wac::CloudApiClient tls(&m_nam, config);
    tls.setToken("sandbox-token");
    QCOMPARE(run(tls.sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s))).outcome,
        Outcome::NotSent);

    Wac::CloudApiClient noToken(&m_nam, m_client->config());
    QCOMPARE(run(noToken.sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s))).outcome,
        Outcome::NotSent);
    QCOMPARE(postsSeen(), 0);
}

void TestCloudApiClient::cancel()
{
    Wac::SendJob *early = m_client->sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s));
    early->cancel(); // before the event loop ever ran: nothing left
    QCOMPARE(run(early).outcome, Outcome::Cancelled);

    m_server->faults().add({Mode::Hang, 1, {}, 0});
    Wac::SendJob *late = m_client->sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s));
    QTRY_VERIFY(postsSeen() == 1);
    late->cancel();
    const Wac::SendResult result = run(late);
    QCOMPARE(result.outcome, Outcome::Unknown); // it had left: cancelling cannot call it back
}

void TestCloudApiClient::finishedIsEmittedOnce()
{
    m_server->faults().add({Mode::ResetMidBody, 1, {}, 0});
    Wac::SendJob *job = m_client->sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s));
    QSignalSpy finished(job, &Wac::SendJob::finished);
    QVERIFY(finished.wait(5000));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
}

void TestCloudApiClient::testConnectionReadsThePhoneNumber()
{
    const Wac::SendResult result =
        run(m_client->getObject(u"106540352242922"_s, u"display_phone_number,verified_name"_s));
    QCOMPARE(result.outcome, Outcome::Accepted);
    QCOMPARE(result.response.value(u"display_phone_number").toString(), u"+1 555-078-3881"_s);
    QCOMPARE(result.response.value(u"verified_name").toString(), u"waconsole Sandbox"_s);
}

// A profiles file edited by hand: the version and the IDs become the request's path, and
// "../_sim/clock" would carry the token to some other endpoint of the server.
void TestCloudApiClient::aPathInTheVersionOrAnIdIsNeverRequested()
{
    const auto refusedWith = [this](const Wac::ApiConfig &config) {
        Wac::CloudApiClient client(&m_nam, config);
        client.setToken("sandbox-token");
        const Wac::SendResult result =
            run(client.sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s)));
        return result.outcome == Outcome::NotSent ? result.error.message : QString();
    };
    Wac::ApiConfig config = m_client->config();
    config.phoneNumberId = u"../../_sim/clock"_s;
    QString refusal = refusedWith(config);
    QVERIFY2(refusal.contains(u"phone-number ID"_s), qPrintable(refusal));
    config = m_client->config();
    config.apiVersion = u"v1/../../x"_s;
    refusal = refusedWith(config);
    QVERIFY2(refusal.contains(u"v25.0"_s), qPrintable(refusal));
    config = m_client->config();
    config.wabaId = u"1/../2"_s;
    refusal = refusedWith(config);
    QVERIFY2(refusal.contains(u"Business Account ID"_s), qPrintable(refusal));
    // A media ID from a webhook is untrusted too.
    const Wac::SendResult media = run(m_client->getObject(u"../../_sim/clock"_s));
    QCOMPARE(media.outcome, Outcome::NotSent);
    QVERIFY2(media.error.message.contains(u"is not a number"_s), qPrintable(media.error.message));
    QVERIFY(m_server->requestLog().entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestCloudApiClient)
#include "tst_cloudapiclient.moc"
