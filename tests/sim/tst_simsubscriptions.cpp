// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QTest>

#include "simclient.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;

namespace {

const QString sandboxWaba = u"102290129340398"_s;
const QString ownWaba = u"198765432101234"_s;

QString path(const QString &waba)
{
    return u"/v25.0/"_s + waba + u"/subscribed_apps"_s;
}

QJsonArray apps(const Answer &answer)
{
    return answer.json().value(u"data").toArray();
}

} // namespace

class TestSimSubscriptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxStartsSubscribed();
    void anotherWabaStartsUnsubscribedUntilPosted();
    void overrideCallbackNeedsHttpsAndAVerifyToken();
    void optionsSetTheListForTests();
    void tokenAndUnknownWaba();

private:
    /// A simulator whose own WABA is `waba`, as a profile of a real account would configure it.
    void start(const QString &waba);

    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
};

void TestSimSubscriptions::start(const QString &waba)
{
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.wabaId = waba;
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
}

void TestSimSubscriptions::sandboxStartsSubscribed()
{
    start(sandboxWaba);
    const Answer answer = m_client->get(path(sandboxWaba));
    QCOMPARE(answer.status, 200);
    QCOMPARE(apps(answer).size(), 1);
    const QJsonObject app =
        apps(answer).at(0).toObject().value(u"whatsapp_business_api_data").toObject();
    QCOMPARE(app.value(u"name").toString(), u"waconsole Sandbox"_s);
    QVERIFY(!app.value(u"id").toString().isEmpty());
    QVERIFY(app.value(u"link").toString().startsWith(u"https://"_s));
    QVERIFY(!apps(answer).at(0).toObject().contains(u"override_callback_uri"));
}

void TestSimSubscriptions::anotherWabaStartsUnsubscribedUntilPosted()
{
    start(ownWaba);
    QCOMPARE(apps(m_client->get(path(ownWaba))), QJsonArray());
    const Answer subscribed = m_client->post(path(ownWaba), QByteArray());
    QCOMPARE(subscribed.status, 200);
    QCOMPARE(subscribed.json(), QJsonObject({{u"success"_s, true}}));
    QCOMPARE(apps(m_client->get(path(ownWaba))).size(), 1);
    QVERIFY(m_server->subscriptions().isSubscribed(ownWaba));
    QCOMPARE(m_client->remove(path(ownWaba)).status, 200);
    QCOMPARE(apps(m_client->get(path(ownWaba))), QJsonArray());
}

void TestSimSubscriptions::overrideCallbackNeedsHttpsAndAVerifyToken()
{
    start(ownWaba);
    QCOMPARE(m_client
                 ->postJson(path(ownWaba),
                     {{u"override_callback_uri"_s, u"http://example.com/webhook"_s},
                         {u"verify_token"_s, u"t"_s}})
                 .graphCode(),
        100);
    QCOMPARE(m_client
                 ->postJson(path(ownWaba),
                     {{u"override_callback_uri"_s, u"https://hooks.example.com/webhook"_s}})
                 .graphCode(),
        100);
    QVERIFY(!m_server->subscriptions().isSubscribed(ownWaba)); // a refused POST changes nothing
    // Graph takes form parameters as well as JSON.
    QCOMPARE(m_client
                 ->post(path(ownWaba),
                     "override_callback_uri=https%3A%2F%2Fhooks.example.com%2Fwebhook"
                     "&verify_token=abc")
                 .status,
        200);
    QCOMPARE(apps(m_client->get(path(ownWaba)))
                 .at(0)
                 .toObject()
                 .value(u"override_callback_uri")
                 .toString(),
        u"https://hooks.example.com/webhook"_s);
}

void TestSimSubscriptions::optionsSetTheListForTests()
{
    start(sandboxWaba);
    Answer options =
        m_client->postJson(u"/_sim/options"_s, {{u"subscribed_wabas"_s, QJsonArray()}});
    QCOMPARE(options.status, 200);
    QCOMPARE(options.json().value(u"subscribed_wabas").toArray(), QJsonArray());
    QCOMPARE(apps(m_client->get(path(sandboxWaba))), QJsonArray());
    options =
        m_client->postJson(u"/_sim/options"_s, {{u"subscribed_wabas"_s, QJsonArray {sandboxWaba}}});
    QCOMPARE(options.json().value(u"subscribed_wabas").toArray(), QJsonArray {sandboxWaba});
    QCOMPARE(apps(m_client->get(path(sandboxWaba))).size(), 1);
    QCOMPARE(
        m_client->postJson(u"/_sim/options"_s, {{u"subscribed_wabas"_s, u"all"_s}}).status, 400);
}

void TestSimSubscriptions::tokenAndUnknownWaba()
{
    start(sandboxWaba);
    m_client->setToken("expired-token");
    Answer answer = m_client->get(path(sandboxWaba));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.graphCode(), 190);
    QCOMPARE(m_client->post(path(sandboxWaba), QByteArray()).status, 401);
    m_client->setToken("sandbox-token");
    answer = m_client->get(path(ownWaba));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.graphError().value(u"error_subcode").toInt(), 33);
}

QTEST_GUILESS_MAIN(TestSimSubscriptions)
#include "tst_simsubscriptions.moc"
