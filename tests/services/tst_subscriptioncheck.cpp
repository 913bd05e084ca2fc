// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "services/subscriptioncheck.h"

using namespace Qt::StringLiterals;
using Wac::SubscriptionCheck;

Q_DECLARE_METATYPE(Wac::SubscriptionCheck::Answer)

class TestSubscriptionCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void subscribedSandbox();
    void subscribeThenSaysWhoReceives();
    void oneAtATimeAndForget();
    void sentences();

private:
    SubscriptionCheck::Answer wait(QSignalSpy &spy);

    QNetworkAccessManager m_nam;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_sim;
    Wac::Profile m_profile;
};

void TestSubscriptionCheck::init()
{
    m_sim = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_profile.name = u"Shop"_s;
    m_profile.baseUrl = m_sim->baseUrl();
    m_profile.phoneNumberId = u"106540352242922"_s;
    m_profile.wabaId = m_sim->config().wabaId;
}

SubscriptionCheck::Answer TestSubscriptionCheck::wait(QSignalSpy &spy)
{
    if (!spy.wait(10000))
        qFatal("no answer");
    return spy.takeFirst().at(0).value<SubscriptionCheck::Answer>();
}

void TestSubscriptionCheck::subscribedSandbox()
{
    SubscriptionCheck check(&m_nam);
    QSignalSpy finished(&check, &SubscriptionCheck::finished);
    QVERIFY(check.check(m_profile, "sandbox-token"));
    QVERIFY(check.isBusy());
    const SubscriptionCheck::Answer answer = wait(finished);
    QVERIFY(!check.isBusy());
    QVERIFY(answer.subscription && answer.subscription->isSubscribed());
    QCOMPARE(answer.text(),
        u"Subscribed: the app “waconsole Sandbox” receives this account's webhooks."_s);
}

void TestSubscriptionCheck::subscribeThenSaysWhoReceives()
{
    m_sim->subscriptions().setSubscribed({});
    SubscriptionCheck check(&m_nam);
    QSignalSpy finished(&check, &SubscriptionCheck::finished);
    QVERIFY(check.check(m_profile, "sandbox-token"));
    QCOMPARE(wait(finished).text(),
        u"Not subscribed: Meta sends nothing to your callback URL until you subscribe."_s);
    QVERIFY(check.subscribe(m_profile, "sandbox-token"));
    const SubscriptionCheck::Answer answer = wait(finished);
    QVERIFY(answer.subscription && answer.subscription->isSubscribed());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0); // the POST and the GET after it make one answer
    QStringList methods;
    for (const auto &entry : m_sim->requestLog().entries())
        methods.append(entry.method);
    QCOMPARE(methods, QStringList({u"GET"_s, u"POST"_s, u"GET"_s}));

    QVERIFY(check.subscribe(m_profile, "expired-token"));
    const SubscriptionCheck::Answer refused = wait(finished);
    QVERIFY(!refused.subscription);
    QCOMPARE(refused.failure.error.category, Wac::ApiError::Category::Unauthorized);
    QVERIFY2(refused.text().contains(u"access token"_s), qPrintable(refused.text()));
}

void TestSubscriptionCheck::oneAtATimeAndForget()
{
    m_sim->faults().add({Wac::Sim::FaultPlan::Mode::Delay, 1, u"subscribed_apps"_s, 300});
    SubscriptionCheck check(&m_nam);
    QSignalSpy finished(&check, &SubscriptionCheck::finished);
    QVERIFY(check.check(m_profile, "sandbox-token"));
    QVERIFY(!check.subscribe(m_profile, "sandbox-token")); // one at a time
    check.forget();
    QVERIFY(!check.isBusy());
    QTest::qWait(600);
    QCOMPARE(finished.count(), 0); // the forgotten answer came and was dropped
    QVERIFY(check.check(m_profile, "sandbox-token"));
    QVERIFY(wait(finished).subscription);
}

void TestSubscriptionCheck::sentences()
{
    SubscriptionCheck::Answer answer;
    answer.subscription = Wac::WabaSubscription();
    answer.subscription->apps = {
        {u"1"_s, u"Shop app"_s, {}, {}}, {u"2"_s, QString(), {}, u"https://hooks.example.com/w"_s}};
    QCOMPARE(answer.text(),
        u"Subscribed: the apps “Shop app”, “2” receive this account's webhooks. They go to "
        "https://hooks.example.com/w, which overrides the app's callback URL."_s);
}

QTEST_GUILESS_MAIN(TestSubscriptionCheck)
#include "tst_subscriptioncheck.moc"
