// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The Sandbox on first run: its simulator posts signed webhooks to the console's own receiver,
// so a send's ticks, a failure by webhook and a customer's messages all arrive offline.
#include "sim/simulatorserver.h"
#include "sim/webhookdispatcher.h"
#include "storage/historystore.h"
#include "storage/memorytokenstore.h"
#include "storage/secretvault.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/inbox.h"
#include "services/profilereceiver.h"
#include "services/receivers.h"
#include "services/sandbox.h"
#include "services/sendservice.h"

using namespace Qt::StringLiterals;
using namespace Wac;

class TestSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ticksAndACustomerArriveByThemselves();
    void aFailureByWebhookReachesTheSend();
    void aProfilesOwnReceiverRefusesWithoutAnAppSecret();
    void withoutAHistoryADeliveryIsRefusedForMetaToRetry();
    void aTeamProfilesReceiverRunsOnlyWithItsStore();

private:
    qint64 send(const QString &to);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryLog> m_log;
    std::unique_ptr<Inbox> m_inbox;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    MemoryTokenStore m_secrets;
};

void TestSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(u"history.sqlite"_s));
    QVERIFY(m_store->open());
    m_log = std::make_unique<HistoryLog>(m_store.get());
    m_inbox = std::make_unique<Inbox>(m_log.get());
    m_sandbox = std::make_unique<Sandbox>(m_inbox.get());
    QString error;
    QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
    m_sandbox->simulator()->webhooks().setTiming({30, 60, 90, 50, 3});
    m_sandbox->simulator()->conversations().setLimitsEnabled(false);
}

void TestSandbox::cleanup()
{
    m_sandbox.reset();
    m_inbox.reset();
    m_log.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestSandbox::send(const QString &to)
{
    SecretVault vault(&m_secrets);
    GraphAccess graph(&vault, &m_nam);
    SendService sender(&graph);
    sender.setHistory(m_log.get());
    Profile profile;
    profile.name = QLatin1String(Profile::sandboxName);
    profile.baseUrl = m_sandbox->baseUrl();
    profile.phoneNumberId = u"106540352242922"_s;
    QSignalSpy finished(&sender, &SendService::finished);
    const QJsonObject body {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, to},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"Your order shipped"_s}}}};
    if (!sender.send(profile, body) || !finished.wait(10000))
        return 0;
    return *m_store->findWamid(m_store->page({}, 0, 1).first().answer.wamid);
}

void TestSandbox::ticksAndACustomerArriveByThemselves()
{
    QCOMPARE(m_sandbox->receiver().state().listening, true);
    QVERIFY(m_sandbox->receiver().state().problem.isEmpty());
    QSignalSpy done(this, &QObject::objectNameChanged); // a place for the answer to land
    QJsonObject answer;
    m_sandbox->customerWrites(
        {{u"from"_s, u"+1 650 555 1234"_s}, {u"name"_s, u"Pablo"_s}, {u"text"_s, u"Hola"_s}},
        [&](const QJsonObject &a, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            answer = a;
            setObjectName(u"answered"_s);
        });
    QVERIFY(done.wait(5000));
    QTRY_COMPARE(m_inbox->store().inboundCount(), 1);
    const Conversation c = m_inbox->store().conversations({}, {}, 1).first();
    QCOMPARE(c.name, u"Pablo"_s);
    QCOMPARE(c.lastText, u"Hola"_s);
    QCOMPARE(m_inbox->store().inbound(answer[u"id"_s].toString())->text, u"Hola"_s);

    const qint64 id = send(u"+16505551234"_s);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->record(id)->lastStatus, u"read"_s, 5000);
    QCOMPARE(m_store->timeline(m_store->record(id)->answer.wamid).size(), 3);
    QVERIFY(m_sandbox->receiver().state().accepted >= 4);
    QCOMPARE(m_sandbox->receiver().state().rejected, 0);
    QVERIFY(m_sandbox->receiver().state().lastVerified);
}

void TestSandbox::aFailureByWebhookReachesTheSend()
{
    // Nobody wrote: the 24-hour window is closed, and the simulator fails it by webhook.
    const qint64 id = send(u"+16505550000"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_store->record(id)->answer.outcome, HistoryOutcome::Accepted);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->record(id)->lastStatus, u"failed"_s, 5000);
    const QList<StatusRow> rows = m_inbox->store().statuses(m_store->record(id)->answer.wamid);
    QCOMPARE(rows.last().errorCode, 131047);
    QVERIFY(rows.last().errorMessage.contains(u"24 hours"_s));
}

void TestSandbox::aProfilesOwnReceiverRefusesWithoutAnAppSecret()
{
    SecretVault vault(&m_secrets);
    Receivers receivers(m_inbox.get(), &vault);
    Profile live;
    live.name = u"Production"_s;
    live.receiverPort = 0; // off: nothing runs
    receivers.sync({live});
    QVERIFY(!receivers.state(u"Production"_s).listening);
    QTcpServer probe; // a free port to give it
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    live.receiverPort = probe.serverPort();
    probe.close();
    QSignalSpy changed(&receivers, &Receivers::stateChanged);
    receivers.sync({live});
    QTRY_VERIFY(!receivers.state(u"Production"_s).problem.isEmpty());
    const ReceiverState state = receivers.state(u"Production"_s);
    QVERIFY(state.listening);
    QCOMPARE(state.url.port(), int(live.receiverPort));
    QVERIFY2(state.problem.contains(u"app secret"_s), qPrintable(state.problem));
    QNetworkRequest request(state.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Hub-Signature-256", "sha256=00");
    QNetworkReply *reply = m_nam.post(request, QByteArray("{}"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    reply->deleteLater();
    QTRY_COMPARE(receivers.state(u"Production"_s).rejected, 1);
    QCOMPARE(m_inbox->deliveries().count(), 0); // fail closed: nothing recorded
    live.receiverPort = 0;
    receivers.sync({live});
    QVERIFY(!receivers.state(u"Production"_s).listening);
}

// What a team profile's receiver records must land in the team store: in a console on this
// computer's file it does not start, and says why.
void TestSandbox::aTeamProfilesReceiverRunsOnlyWithItsStore()
{
    SecretVault vault(&m_secrets);
    Receivers receivers(m_inbox.get(), &vault);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    Profile team;
    team.name = u"Support"_s;
    team.receiverPort = probe.serverPort();
    probe.close();
    team.store.engine = StoreLocation::Engine::PostgreSQL;
    team.store.host = u"db.example.com"_s;
    team.store.database = u"support"_s;
    team.store.user = u"agents"_s;
    QSignalSpy changed(&receivers, &Receivers::stateChanged);
    receivers.sync({team});
    QCOMPARE(changed.size(), 1);
    const ReceiverState said = changed.first().at(1).value<ReceiverState>();
    QVERIFY(!said.listening);
    QVERIFY2(
        said.problem.contains(u"agents@db.example.com:5432/support"_s), qPrintable(said.problem));
    QVERIFY(!receivers.state(u"Support"_s).listening);
    QVERIFY(probe.listen(QHostAddress::LocalHost, team.receiverPort)); // the port stayed free
}

void TestSandbox::withoutAHistoryADeliveryIsRefusedForMetaToRetry()
{
    ProfileReceiver receiver(nullptr, nullptr);
    Profile profile;
    profile.name = u"Production"_s;
    QString error;
    QVERIFY(receiver.start(profile, {}, {QByteArray("s3cret"), QByteArray("v")}, &error));
    QVERIFY(receiver.state().problem.contains(u"history"_s));
    const QByteArray body = R"({"object":"whatsapp_business_account","entry":[]})";
    QNetworkRequest request(receiver.state().url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Hub-Signature-256", Sim::WebhookDispatcher::signature("s3cret", body));
    QNetworkReply *reply = m_nam.post(request, body);
    QTRY_VERIFY(reply->isFinished());
    // Not 200: nothing could be kept, and Meta sends again what it was not told it has.
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
    reply->deleteLater();
    QTRY_VERIFY(receiver.state().lastResult.contains(u"Meta sends it again"_s));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
