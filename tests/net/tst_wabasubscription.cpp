// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/cloudapiclient.h"
#include "net/wabasubscription.h"
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = Wac::SendResult::Outcome;
using Category = Wac::ApiError::Category;
using Wac::WabaSubscription;

namespace {

const QString sandboxWaba = u"102290129340398"_s;
const QString ownWaba = u"198765432101234"_s;

} // namespace

class TestWabaSubscription final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxWabaIsSubscribed();
    void subscribingAnUnsubscribedWaba();
    void refusedTokenIsTheTypedAuthError();
    void truncatedAnswerIsAClearError();
    void wrongShapes_data();
    void wrongShapes();
    void withoutAWabaIdNothingLeaves();

private:
    /// A simulator whose WABA is `waba`, and a client of it with `token`.
    void start(const QString &waba, const QByteArray &token = "sandbox-token");
    Wac::SendResult run(Wac::SendJob *job);
    std::optional<WabaSubscription> check(Wac::SendResult *failure);

    QNetworkAccessManager m_nam;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::CloudApiClient> m_client;
};

void TestWabaSubscription::start(const QString &waba, const QByteArray &token)
{
    Wac::Sim::SimConfig sim = Wac::Sim::SimConfig::sandbox();
    sim.wabaId = waba;
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(sim);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    Wac::ApiConfig config;
    config.baseUrl = m_server->baseUrl();
    config.phoneNumberId = u"106540352242922"_s;
    config.wabaId = waba;
    config.timeoutMs = 5000;
    m_client = std::make_unique<Wac::CloudApiClient>(&m_nam, config);
    m_client->setToken(token);
}

Wac::SendResult TestWabaSubscription::run(Wac::SendJob *job)
{
    QSignalSpy finished(job, &Wac::SendJob::finished);
    if (!finished.wait(10000))
        qFatal("the job did not finish");
    return finished.takeFirst().at(0).value<Wac::SendResult>();
}

std::optional<WabaSubscription> TestWabaSubscription::check(Wac::SendResult *failure)
{
    return WabaSubscription::read(run(m_client->getSubscribedApps()), failure);
}

void TestWabaSubscription::sandboxWabaIsSubscribed()
{
    start(sandboxWaba);
    Wac::SendResult failure;
    const auto subscription = check(&failure);
    QVERIFY2(subscription, qPrintable(failure.error.message));
    QVERIFY(subscription->isSubscribed());
    QCOMPARE(subscription->apps.size(), 1);
    QCOMPARE(subscription->apps.first().name, u"waconsole Sandbox"_s);
    QCOMPARE(subscription->apps.first().id, m_server->config().appId);
    QVERIFY(subscription->apps.first().overrideCallbackUri.isEmpty());
    const auto &log = m_server->requestLog().entries();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().method, u"GET"_s);
    QVERIFY(log.first().target.endsWith(u"/"_s + sandboxWaba + u"/subscribed_apps"_s));
}

void TestWabaSubscription::subscribingAnUnsubscribedWaba()
{
    start(ownWaba);
    Wac::SendResult failure;
    auto subscription = check(&failure);
    QVERIFY2(subscription, qPrintable(failure.error.message));
    QVERIFY(!subscription->isSubscribed());

    const Wac::SendResult subscribed = run(m_client->subscribeApp());
    QCOMPARE(subscribed.outcome, Outcome::Accepted);
    QCOMPARE(subscribed.response.value(u"success").toBool(), true);
    QCOMPARE(m_server->requestLog().entries().at(1).method, u"POST"_s);

    subscription = check(&failure);
    QVERIFY2(subscription, qPrintable(failure.error.message));
    QVERIFY(subscription->isSubscribed());
    QCOMPARE(subscription->apps.first().name, u"waconsole Sandbox"_s);
}

void TestWabaSubscription::refusedTokenIsTheTypedAuthError()
{
    start(sandboxWaba, "expired-token");
    Wac::SendResult failure;
    QVERIFY(!check(&failure));
    QCOMPARE(failure.outcome, Outcome::Rejected);
    QCOMPARE(failure.error.category, Category::Unauthorized);
    QCOMPARE(failure.error.code, 190);
    QCOMPARE(failure.error.httpStatus, 401);
    QVERIFY(failure.error.needsNewToken());

    const Wac::SendResult subscribed = run(m_client->subscribeApp());
    QCOMPARE(subscribed.outcome, Outcome::Rejected);
    QCOMPARE(subscribed.error.category, Category::Unauthorized);
    QVERIFY(!m_server->subscriptions().subscribed().isEmpty()); // nothing changed
}

void TestWabaSubscription::truncatedAnswerIsAClearError()
{
    start(sandboxWaba);
    m_server->faults().add({Wac::Sim::FaultPlan::Mode::MalformedJson, 1, u"subscribed_apps"_s, 0});
    Wac::SendResult failure;
    QVERIFY(!check(&failure));
    QCOMPARE(failure.outcome, Outcome::Unknown);
    QCOMPARE(failure.error.category, Category::OutcomeUnknown);
    QVERIFY2(failure.error.message.contains(u"not JSON"_s), qPrintable(failure.error.message));
}

void TestWabaSubscription::wrongShapes_data()
{
    // Each is whole JSON answering 200, which the job accepts; only the decoder can tell.
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<QString>("problem"); ///< empty: it decodes
    const auto entry = [](const QJsonValue &app) {
        return QJsonObject {{u"whatsapp_business_api_data"_s, app}};
    };
    QTest::newRow("no data") << QJsonObject {{u"success"_s, true}} << u"\"data\" list"_s;
    QTest::newRow("data not a list") << QJsonObject {{u"data"_s, u"apps"_s}} << u"\"data\" list"_s;
    QTest::newRow("entry without app")
        << QJsonObject {{u"data"_s, QJsonArray {QJsonObject {{u"name"_s, u"X"_s}}}}} << u"app 1"_s;
    QTest::newRow("numeric id") << QJsonObject {{u"data"_s,
        QJsonArray {entry(QJsonObject {{u"id"_s, 42}})}}}
                                << u"\"id\""_s;
    QTest::newRow("second entry empty") << QJsonObject {{u"data"_s,
        QJsonArray {entry(QJsonObject {{u"id"_s, u"1"_s}}), QJsonObject()}}}
                                        << u"app 2"_s;
    QTest::newRow("empty list") << QJsonObject {{u"data"_s, QJsonArray()}} << QString();
    QTest::newRow("no name, an override") << QJsonObject {{u"data"_s,
        QJsonArray {QJsonObject {{u"whatsapp_business_api_data"_s, QJsonObject {{u"id"_s, u"7"_s}}},
            {u"override_callback_uri"_s, u"https://hooks.example.com/w"_s}}}}}
                                          << QString();
}

void TestWabaSubscription::wrongShapes()
{
    QFETCH(QJsonObject, answer);
    QFETCH(QString, problem);
    Wac::SendResult accepted;
    accepted.outcome = Outcome::Accepted;
    accepted.httpStatus = 200;
    accepted.response = answer;
    Wac::SendResult failure;
    const auto subscription = WabaSubscription::read(accepted, &failure);
    if (problem.isEmpty()) {
        QVERIFY2(subscription, qPrintable(failure.error.message));
        if (!subscription->apps.isEmpty()) {
            QCOMPARE(subscription->apps.first().id, u"7"_s);
            QCOMPARE(
                subscription->apps.first().overrideCallbackUri, u"https://hooks.example.com/w"_s);
        }
        return;
    }
    QVERIFY(!subscription);
    QCOMPARE(failure.outcome, Outcome::Rejected);
    QCOMPARE(failure.error.category, Category::Other);
    QVERIFY2(failure.error.message.contains(problem), qPrintable(failure.error.message));
}

void TestWabaSubscription::withoutAWabaIdNothingLeaves()
{
    start(u""_s);
    // One at a time: a refused job finishes on the next turn of the event loop.
    for (const bool subscribe : {false, true}) {
        const Wac::SendResult result =
            run(subscribe ? m_client->subscribeApp() : m_client->getSubscribedApps());
        QCOMPARE(result.outcome, Outcome::NotSent);
        QVERIFY2(result.error.message.contains(u"WhatsApp Business Account ID"_s),
            qPrintable(result.error.message));
    }
    QVERIFY(m_server->requestLog().entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestWabaSubscription)
#include "tst_wabasubscription.moc"
