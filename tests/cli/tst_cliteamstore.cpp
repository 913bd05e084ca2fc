// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A profile whose store is the team's PostgreSQL database, end to end: its password from the
// real keychain, a `waconsole-cli listen` in its own process writing what a webhook brings and
// this process (another console) hearing it at once, and `store copy` moving an agent's own
// history into the team store and back.
#include "sim/webhookdispatcher.h"
#include "storage/historystore.h"
#include "storage/keychaintokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "listenprocess.h"
#include "secretwait.h"
#include "services/historylog.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

const QByteArray appSecret = "team-secret";
const QString phoneId = u"106540352242922"_s;

QByteArray statusBody(const QString &wamid, const QString &status)
{
    const QJsonObject s {{u"id"_s, wamid}, {u"status"_s, status}, {u"timestamp"_s, u"1764547300"_s},
        {u"recipient_id"_s, u"16505551234"_s}};
    const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {
                {u"display_phone_number"_s, u"15550783881"_s}, {u"phone_number_id"_s, phoneId}}},
        {u"statuses"_s, QJsonArray {s}}};
    return Sim::WebhookDispatcher::asciiJson({{u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
            QJsonArray {QJsonObject {{u"id"_s, u"1"_s},
                {u"changes"_s,
                    QJsonArray {
                        QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}});
}

qint64 addSend(HistoryStore &store, const QString &wamid)
{
    const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"16505551234"_s},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"Your order shipped"_s}}}};
    const qint64 id = store.addPending({1764547200000, u"Team"_s, phoneId, u"16505551234"_s,
        u"text"_s, QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}, u"Ana"_s});
    HistoryAnswer answer;
    answer.outcome = HistoryOutcome::Accepted;
    answer.httpStatus = 200;
    answer.wamid = wamid;
    return id > 0 && store.finish(id, answer) ? id : 0;
}

qint64 scalar(HistoryStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCliTeamStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aStatusOneConsoleReceivesReachesTheOtherWithinASecond();
    void storeCopyMovesTheOwnHistoryInAndBack();
    void aMissingPasswordIsSaidAsSuch();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QProcessEnvironment environment() const;
    Run run(const QStringList &args);

    QString localFile() const { return m_dir->filePath(u"data/waconsole/history.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreLocation m_team;
    QString m_profile;
    KeychainTokenStore m_keychain;
    QNetworkAccessManager m_nam;
};

void TestCliTeamStore::initTestCase()
{
    if (!TestStores::postgres())
        QSKIP("needs the run's PostgreSQL server: CTest runs this as a postgres test only");
}

void TestCliTeamStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_team = TestStores::fresh(m_dir->path());
    m_profile = u"Team %1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
    Profile profile;
    profile.name = m_profile;
    profile.phoneNumberId = phoneId;
    profile.agentName = u"Ana"_s;
    profile.store = m_team;
    profile.store.password.clear(); // never in the settings
    QString error;
    QVERIFY2(ProfileStore(m_dir->filePath(u"config/waconsole/waconsole.conf"_s))
                 .save(profile, {}, &error),
        qPrintable(error));
    const auto written = Test::writeSecret(m_keychain,
        SecretVault::keyFor(m_profile, QString::fromLatin1(SecretVault::storePassword)),
        m_team.password.toUtf8());
    QVERIFY2(written.error == TokenStore::Error::None, qPrintable(written.detail));
}

void TestCliTeamStore::cleanup()
{
    Test::removeSecret(m_keychain,
        SecretVault::keyFor(m_profile, QString::fromLatin1(SecretVault::storePassword)));
    m_dir.reset();
}

QProcessEnvironment TestCliTeamStore::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"WACONSOLE_APP_SECRET"_s, QString::fromLatin1(appSecret));
    env.insert(u"WACONSOLE_VERIFY_TOKEN"_s, u"team-verify"_s);
    env.remove(u"WACONSOLE_STORE_PASSWORD"_s); // the keychain's, as an agent's would be
    env.insert(u"LANGUAGE"_s, u"en"_s);
    return env;
}

TestCliTeamStore::Run TestCliTeamStore::run(const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(WACONSOLE_CLI), args);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// Two processes on one database: `listen` records a status Meta posts to it, and this
// process, a console showing the same send, hears of it by NOTIFY well within a second.
void TestCliTeamStore::aStatusOneConsoleReceivesReachesTheOtherWithinASecond()
{
    HistoryStore mine(m_team);
    QVERIFY2(mine.open(), qPrintable(mine.lastError()));
    const qint64 id = addSend(mine, u"wamid.team.1"_s);
    QVERIFY(id > 0);
    HistoryLog log(&mine);
    log.watchOtherWriters();
    QSignalSpy elsewhere(&log, &HistoryLog::changedElsewhere);

    QProcess listen;
    listen.setProcessEnvironment(environment());
    QByteArray said;
    const QUrl url = Test::startListening(listen, QStringLiteral(WACONSOLE_CLI), m_profile, &said);
    QVERIFY2(url.isValid(), said.constData());

    const QByteArray body = statusBody(u"wamid.team.1"_s, u"delivered"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Hub-Signature-256", Sim::WebhookDispatcher::signature(appSecret, body));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_nam.post(request, body);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(elsewhere.count() > 0, 1000);
    qInfo("posted to heard by the other process: %lld ms", clock.elapsed());
    QCOMPARE(mine.record(id)->lastStatus, u"delivered"_s);
    listen.terminate();
    QVERIFY(listen.waitForFinished(10000));
}

void TestCliTeamStore::storeCopyMovesTheOwnHistoryInAndBack()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"data/waconsole"_s)));
    {
        HistoryStore local(localFile());
        QVERIFY(local.open());
        for (int n = 0; n < 30; ++n)
            QVERIFY(addSend(local, u"wamid.own.%1"_s.arg(n)) > 0);
    }
    const Run copied =
        run({u"store"_s, u"copy"_s, u"--from"_s, u"Sandbox"_s, u"--to"_s, m_profile});
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
    QVERIFY2(copied.out.contains("30 of them new"), copied.out.constData());
    QVERIFY2(copied.err.contains("messages: 30 of 30"), copied.err.constData());
    QVERIFY(!copied.out.contains(m_team.password.toUtf8()));
    QVERIFY(!copied.err.contains(m_team.password.toUtf8()));

    const Run again = run({u"store"_s, u"copy"_s, u"--from"_s, u"Sandbox"_s, u"--to"_s, m_profile});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(" 0 of them new"), again.out.constData());

    // The team store is what `history --profile` reads.
    const Run listed = run({u"history"_s, u"--profile"_s, m_profile, u"--format"_s, u"json"_s,
        u"--limit"_s, u"100"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 30);

    // The agent's own file is lost; the team store gives it back.
    QVERIFY(QFile::remove(localFile()));
    const Run back = run({u"store"_s, u"copy"_s, u"--from"_s, m_profile, u"--to"_s, u"Sandbox"_s});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    HistoryStore restored(localFile());
    QVERIFY(restored.open(nullptr, HistoryStore::Mode::ReadOnly));
    QCOMPARE(scalar(restored, u"SELECT count(*) FROM messages"_s), 30);

    const Run same = run({u"store"_s, u"copy"_s, u"--from"_s, m_profile, u"--to"_s, m_profile});
    QCOMPARE(same.exitCode, 2);
    QVERIFY2(same.err.contains("same store"), same.err.constData());
}

void TestCliTeamStore::aMissingPasswordIsSaidAsSuch()
{
    Test::removeSecret(m_keychain,
        SecretVault::keyFor(m_profile, QString::fromLatin1(SecretVault::storePassword)));
    const Run listed = run({u"history"_s, u"--profile"_s, m_profile});
    QCOMPARE(listed.exitCode, 2);
    QVERIFY2(
        listed.err.contains("No password is stored for the team store"), listed.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTeamStore)
#include "tst_cliteamstore.moc"
