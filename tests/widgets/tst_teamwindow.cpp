// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Two consoles of a team on one PostgreSQL database, in two processes: this one a window as
// an agent sees it, the other a `waconsole-cli listen` behind the team's callback URL. What
// Meta posts to the other shows in this window's History and Conversations within a second.
// And the server gone: the window says so, sends nothing, keeps the message and comes back by
// itself (saved as PNGs, English light and Russian dark, with WACONSOLE_SCREENSHOT_DIR set).
#include "core/coretr.h"
#include "core/translator.h"
#include "sim/webhookdispatcher.h"
#include "storage/historystore.h"
#include "storage/profilestore.h"
#include "widgets/conversations/conversationlistmodel.h"
#include "widgets/conversations/conversationsdock.h"
#include "widgets/conversations/conversationspane.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/theme.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

#include "listenprocess.h"
#include "teststores.h"
#include "textfit.h"
#include "uselanguage.h"
#include "webhookbodies.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;
using Hooks = Test::WebhookBodies;

namespace {

const QByteArray appSecret = "team-secret";
const QString pablo = u"16505551234"_s;

} // namespace

class TestTeamWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aStatusTheOtherConsoleReceivesTicksTheSendHere();
    void aCustomerTheOtherConsoleHearsAppearsHere();
    void aLostServerIsSaidAndNothingIsSent_data();
    void aLostServerIsSaidAndNothingIsSent();

private:
    /// Posts `body` to the other console's receiver, signed as Meta signs; the milliseconds
    /// from the post to `shown` holding, or -1 when it did not within a second.
    qint64 postUntil(const QByteArray &body, const std::function<bool()> &shown);

    std::unique_ptr<Test::WindowFixture> m_f;
    std::unique_ptr<HistoryStore> m_history;
    QProcess m_listen;
    QUrl m_receiver;
    Hooks m_hooks;
};

void TestTeamWindow::initTestCase()
{
    if (!TestStores::postgres())
        QSKIP("needs the run's PostgreSQL server: CTest runs this as a postgres test only");
}

void TestTeamWindow::init()
{
    m_f = std::make_unique<Test::WindowFixture>();
    const StoreLocation team = TestStores::fresh(m_f->dir.path());
    m_history = std::make_unique<HistoryStore>(team);
    QVERIFY2(m_history->open(), qPrintable(m_history->lastError()));
    QCOMPARE(m_f->start(m_history.get()), QString());
    m_f->historyLog->watchOtherWriters(); // as the app does for the store it opens

    // The other console: the same number's profile on the same store, in its own settings.
    Profile profile;
    profile.name = u"Team"_s;
    profile.phoneNumberId = m_hooks.phoneNumberId;
    profile.agentName = u"Bruno"_s;
    profile.store = team;
    profile.store.password.clear();
    QString error;
    QVERIFY2(ProfileStore(m_f->dir.filePath(u"other/config/waconsole/waconsole.conf"_s))
                 .save(profile, {}, &error),
        qPrintable(error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_f->dir.filePath(u"other/config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_f->dir.filePath(u"other/data"_s));
    env.insert(u"WACONSOLE_APP_SECRET"_s, QString::fromLatin1(appSecret));
    env.insert(u"WACONSOLE_VERIFY_TOKEN"_s, u"team-verify"_s);
    env.insert(u"WACONSOLE_STORE_PASSWORD"_s, team.password);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    m_listen.setProcessEnvironment(env);
    QByteArray said;
    m_receiver = Test::startListening(m_listen, QStringLiteral(WACONSOLE_CLI), profile.name, &said);
    QVERIFY2(m_receiver.isValid(), said.constData());
}

void TestTeamWindow::cleanup()
{
    TestStores::allowConnections(m_history->location().database, true);
    Theme::apply(Theme::Mode::Light);
    QVERIFY(Test::useLanguage(u"en"_s));
    m_listen.terminate();
    m_listen.waitForFinished(10000);
    m_f.reset();
    m_history.reset();
}

qint64 TestTeamWindow::postUntil(const QByteArray &body, const std::function<bool()> &shown)
{
    QNetworkRequest request(m_receiver);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Hub-Signature-256", Sim::WebhookDispatcher::signature(appSecret, body));
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(m_f->nam.post(request, body));
    if (!QTest::qWaitFor(shown, 1000))
        return -1;
    const qint64 elapsed = clock.elapsed();
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
        qWarning("the other console never answered the post");
    else if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qWarning("the other console answered %s", reply->readAll().constData());
    return elapsed;
}

// An agent's reply, recorded in the team's store; then Meta tells the other console it was
// delivered and read: the row in this window follows, as for a status received here.
void TestTeamWindow::aStatusTheOtherConsoleReceivesTicksTheSendHere()
{
    const QString wamid = u"wamid.team.reply"_s;
    const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, pablo},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"Your order shipped"_s}}}};
    const qint64 id = m_f->historyLog->addPending(
        {QDateTime::currentMSecsSinceEpoch(), u"Team"_s, m_hooks.phoneNumberId, pablo, u"text"_s,
            QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}, u"Ana"_s});
    QVERIFY(id > 0);
    HistoryAnswer accepted;
    accepted.outcome = HistoryOutcome::Accepted;
    accepted.httpStatus = 200;
    accepted.wamid = wamid;
    QVERIFY(m_f->historyLog->finish(id, accepted));
    HistoryModel *model = m_f->window->historyPane()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->recordAt(0)->entry.agent, u"Ana"_s);
    for (const QString &status : {u"delivered"_s, u"read"_s}) {
        const qint64 ms = postUntil(m_hooks.statuses({Hooks::status(
                                        wamid, status, QDateTime::currentSecsSinceEpoch(), pablo)}),
            [&] { return model->recordAt(0)->lastStatus == status; });
        QVERIFY2(ms >= 0, qPrintable(u"still %1"_s.arg(model->recordAt(0)->lastStatus)));
        qInfo("%s: posted to the other console -> shown here in %lld ms", qPrintable(status), ms);
    }
}

// A customer writes; the other console's receiver has it; this window lists them with the
// unread message, without being told by anything but the store.
void TestTeamWindow::aCustomerTheOtherConsoleHearsAppearsHere()
{
    ConversationListModel *list = m_f->window->conversations()->pane()->conversations();
    QCOMPARE(list->rowCount(), 0);
    const qint64 ms = postUntil(
        m_hooks.messages({Hooks::text(pablo, u"wamid.in.1"_s, QDateTime::currentSecsSinceEpoch(),
                             u"Where is my order?"_s)},
            {Hooks::contact(pablo, u"Pablo Morales"_s)}),
        [&] { return list->rowCount() == 1; });
    QVERIFY2(ms >= 0, "the customer never appeared");
    qInfo("posted to the other console -> listed here in %lld ms", ms);
    QCOMPARE(list->at(0)->unread, 1);
}

void TestTeamWindow::aLostServerIsSaidAndNothingIsSent_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("English, light") << u"en"_s << false;
    QTest::newRow("Russian, dark") << u"ru"_s << true;
}

void TestTeamWindow::aLostServerIsSaidAndNothingIsSent()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    QVERIFY(Test::useLanguage(language));
    QCOMPARE(m_f->start(m_history.get()), QString()); // the window again, in its language
    m_f->historyLog->watchOtherWriters();
    MainWindow &window = *m_f->window;
    // The agent's profile on the team's store, sending to the simulator.
    Profile team;
    team.name = u"Team"_s;
    team.baseUrl = m_f->sim->baseUrl();
    team.phoneNumberId = m_hooks.phoneNumberId;
    team.agentName = u"Ana"_s;
    team.store = m_history->location();
    team.store.password.clear();
    QString error;
    QVERIFY2(m_f->store->save(team, {}, &error), qPrintable(error));
    m_f->graph->setTokenOverride("sandbox-token");
    window.findChild<SendPanel *>()->fillProfiles(team.name);
    window.resize(1024, 700);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const OutgoingMessage reply =
        OutgoingMessage::fromJson(QJsonObject {{u"messaging_product"_s, u"whatsapp"_s},
            {u"to"_s, QString(u'+' + pablo)}, {u"type"_s, u"text"_s},
            {u"text"_s, QJsonObject {{u"body"_s, u"Your courier calls within the hour"_s}}}});
    // Pablo wrote a moment ago: his 24-hour window is open.
    QVERIFY(m_f->receive(m_hooks.messages({Hooks::text(pablo, u"wamid.in.lost"_s,
                                              QDateTime::currentSecsSinceEpoch(), u"Any news?"_s)},
        {Hooks::contact(pablo, u"Pablo Morales"_s)})));
    window.setMessage(reply);
    auto *send = window.findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    HistoryModel *model = window.historyPane()->model();
    QCOMPARE(model->rowCount(), 0);

    QSignalSpy lost(m_f->historyLog.get(), &HistoryLog::serverStateChanged);
    QVERIFY(TestStores::allowConnections(m_history->location().database, false));
    QTest::mouseClick(send, Qt::LeftButton);
    // Said where the agent looks, naming the store and that nothing left; nothing recorded,
    // nothing lost.
    const QString store = m_history->location().describe();
    auto *headline = window.findChild<QLabel *>(u"resultHeadlineLabel"_s);
    auto *body = window.findChild<QLabel *>(u"resultBodyLabel"_s);
    QTRY_VERIFY(body->text().contains(store));
    QCOMPARE(headline->text(),
        u"<b>"_s + Tr::tr("Not sent: waconsole kept it back, nothing left.") + u"</b>"_s);
    QTRY_COMPARE(lost.size(), 1);
    QCOMPARE(lost.first().at(0).toBool(), false);
    auto *marker = window.findChild<QLabel *>(u"teamStoreLabel"_s);
    QVERIFY(marker->isVisible());
    QVERIFY(marker->toolTip().contains(store));
    QCOMPARE(window.message().toJson(), reply.toJson());
    QCOMPARE(model->rowCount(), 0);
    if (const QString dir = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        window.grab().save(u"%1/team-store-unreachable-1024x700-%2-%3.png"_s.arg(
            dir, language, dark ? u"dark"_s : u"light"_s));
    }
    // Once the result's layout has settled (its body just grew to four lines).
    QTRY_VERIFY2(
        Test::clippedTexts(&window).isEmpty(), qPrintable(Test::clippedTexts(&window).join(u'\n')));

    // Back by itself, and said so; the same message then goes, recorded.
    QVERIFY(TestStores::allowConnections(m_history->location().database, true));
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 2, HistoryLog::serverCheckMs + 3000);
    QCOMPARE(lost.last().at(0).toBool(), true);
    QVERIFY(!marker->isVisible());
    QCOMPARE(window.statusBar()->currentMessage(),
        QCoreApplication::translate("Wac::MainWindow", "The team store is reachable again."));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->recordAt(0)->answer.outcome == HistoryOutcome::Accepted);
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
