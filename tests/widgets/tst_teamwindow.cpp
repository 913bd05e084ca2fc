// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Two consoles of a team on one PostgreSQL database, in two processes: this one a window as
// an agent sees it, the other a `waconsole-cli listen` behind the team's callback URL. What
// Meta posts to the other shows in this window's History and Conversations within a second.
#include "sim/webhookdispatcher.h"
#include "storage/historystore.h"
#include "storage/profilestore.h"
#include "widgets/conversations/conversationlistmodel.h"
#include "widgets/conversations/conversationsdock.h"
#include "widgets/conversations/conversationspane.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

#include "listenprocess.h"
#include "teststores.h"
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

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
