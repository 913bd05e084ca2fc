// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/historystore.h"
#include "storage/keychaintokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "payloadcorpus.h"
#include "secretwait.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray token = "sandbox-token";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliSend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void acceptedExitsZero();
    void rejectedExitsOne();
    void invalidPayloadIsNotSentUnlessAsked();
    void unknownOutcomeExitsThree();
    void notSentExitsFour();
    void tokenOnlyFromTheEnvironment();
    void profileTakesItsTokenFromTheKeychain();
    void sendsAreRecordedAsTheWindowRecordsThem();
    void noHistoryRecordsNothing();
    void aPathInTheIdOrVersionIsRefused();

private:
    /// The rows of the history the sends above wrote (the window's file in m_data).
    QList<Wac::HistoryRecord> historyRows() const;
    /// Runs waconsole-cli send; the simulator answers from this thread while we wait.
    Run send(const QJsonObject &payload, const QStringList &extra = {},
        const QByteArray &envToken = token, const QString &baseUrl = {});
    qsizetype postsSeen() const;

    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<QTemporaryDir> m_data; ///< XDG_DATA_HOME of each run: its own history
};

void TestCliSend::init()
{
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_server->conversations().setLimitsEnabled(false);
    m_data = std::make_unique<QTemporaryDir>();
}

Run TestCliSend::send(const QJsonObject &payload, const QStringList &extra,
    const QByteArray &envToken, const QString &baseUrl)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_data->path());
    env.remove(u"WACONSOLE_TOKEN"_s);
    if (!envToken.isEmpty())
        env.insert(u"WACONSOLE_TOKEN"_s, QString::fromLatin1(envToken));
    process.setProcessEnvironment(env);
    QStringList args {u"send"_s, u"--base-url"_s,
        baseUrl.isEmpty() ? m_server->baseUrl().toString() : baseUrl, u"--phone-number-id"_s,
        u"106540352242922"_s, u"--timeout"_s, u"2"_s};
    args += extra;
    args.append(u"-"_s);
    process.start(QStringLiteral(WACONSOLE_CLI), args);
    process.write(QJsonDocument(payload).toJson());
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning && !finished.wait(20000))
        qFatal("waconsole-cli send did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

qsizetype TestCliSend::postsSeen() const
{
    qsizetype posts = 0;
    for (const auto &entry : m_server->requestLog().entries())
        posts += entry.method == u"POST"_s ? 1 : 0;
    return posts;
}

void TestCliSend::acceptedExitsZero()
{
    const Run run = send(Wac::Test::loadValidPayload(u"seed-button"_s));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject response = QJsonDocument::fromJson(run.out).object();
    QVERIFY(response.value(u"messages")
                .toArray()
                .at(0)
                .toObject()
                .value(u"id")
                .toString()
                .startsWith(u"wamid."_s));
    QVERIFY(run.err.contains("Accepted (not yet delivered)"));
}

void TestCliSend::rejectedExitsOne()
{
    const Run run = send(Wac::Test::loadValidPayload(u"seed-text"_s), {}, "expired-token");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        QJsonDocument::fromJson(run.out).object().value(u"error").toObject().value(u"code").toInt(),
        190);
    QVERIFY(run.err.contains("(#190)"));
    QVERIFY(run.err.contains("access token"));
}

void TestCliSend::invalidPayloadIsNotSentUnlessAsked()
{
    QJsonObject bad = Wac::Test::loadValidPayload(u"seed-text"_s);
    bad.insert(u"text"_s, QJsonObject {{u"body"_s, QString(4097, u'x')}});
    const Run refused = send(bad);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("[text.body.tooLong]"));
    QCOMPARE(postsSeen(), 0);

    const Run anyway = send(bad, {u"--send-anyway"_s});
    QCOMPARE(anyway.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(anyway.out)
                 .object()
                 .value(u"error")
                 .toObject()
                 .value(u"code")
                 .toInt(),
        100);
    QCOMPARE(postsSeen(), 1);
}

void TestCliSend::unknownOutcomeExitsThree()
{
    m_server->faults().add({Wac::Sim::FaultPlan::Mode::Close, 5, {}, 0});
    const Run run = send(Wac::Test::loadValidPayload(u"seed-text"_s));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("Outcome unknown"));
    QCOMPARE(postsSeen(), 1);
}

void TestCliSend::notSentExitsFour()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    const Run run = send(Wac::Test::loadValidPayload(u"seed-text"_s), {}, token, url);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("Not sent"));
}

void TestCliSend::tokenOnlyFromTheEnvironment()
{
    const Run missing = send(Wac::Test::loadValidPayload(u"seed-text"_s), {}, QByteArray());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("WACONSOLE_TOKEN"));
    const Run flag =
        send(Wac::Test::loadValidPayload(u"seed-text"_s), {u"--token"_s, u"sandbox-token"_s});
    QCOMPARE(flag.exitCode, 2); // there is no such option
    // Whatever happens, the token is never echoed.
    for (const Run &run :
        {missing, flag, send(Wac::Test::loadValidPayload(u"seed-text"_s), {}, "expired-token")}) {
        QVERIFY(!run.out.contains("sandbox-token") && !run.err.contains("sandbox-token"));
        QVERIFY(!run.out.contains("expired-token") && !run.err.contains("expired-token"));
    }
}

// A saved profile: its address and ids from the settings, its token from the OS keychain.
void TestCliSend::profileTakesItsTokenFromTheKeychain()
{
    QTemporaryDir config;
    const QString name = u"CLI test %1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
    Wac::ProfileStore store(config.filePath(u"waconsole/waconsole.conf"_s));
    Wac::Profile profile;
    profile.name = name;
    profile.baseUrl = m_server->baseUrl();
    profile.phoneNumberId = u"106540352242922"_s;
    QString error;
    QVERIFY2(store.save(profile, {}, &error), qPrintable(error));

    const auto runWithProfile = [&](const QString &profileName) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.remove(u"WACONSOLE_TOKEN"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WACONSOLE_CLI),
            {u"send"_s, u"--profile"_s, profileName,
                Wac::Test::payloadDir() + u"/valid/seed-text.json"_s});
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning)
            finished.wait(20000);
        return Run {
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    };

    const Run noToken = runWithProfile(name);
    QCOMPARE(noToken.exitCode, 2);
    QVERIFY2(noToken.err.contains("No access token is stored"), noToken.err.constData());

    Wac::KeychainTokenStore keychain;
    Wac::SecretVault vault(&keychain);
    const auto written = Wac::Test::waitFor([&](QObject *ctx, auto done) {
        vault.write(name, QString::fromLatin1(Wac::SecretVault::accessToken), token, ctx,
            [done](Wac::TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
    QVERIFY2(written.error == Wac::TokenStore::Error::None, qPrintable(written.detail));
    const Run sent = runWithProfile(name);
    QCOMPARE(sent.exitCode, 0);
    QVERIFY(sent.out.contains("wamid."));
    QVERIFY(!sent.out.contains(token) && !sent.err.contains(token));

    QCOMPARE(runWithProfile(u"Nobody"_s).exitCode, 2);
    Wac::Test::waitFor([&](QObject *ctx, auto done) {
        vault.removeProfile(
            name, ctx, [done](Wac::TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
}

QList<Wac::HistoryRecord> TestCliSend::historyRows() const
{
    Wac::HistoryStore store(m_data->filePath(u"waconsole/history.sqlite"_s));
    if (!QFile::exists(store.path()) || !store.open())
        return {};
    return store.page(Wac::HistoryFilter(), 0, 100);
}

void TestCliSend::sendsAreRecordedAsTheWindowRecordsThem()
{
    const Run accepted = send(Wac::Test::loadValidPayload(u"seed-text"_s));
    QCOMPARE(accepted.exitCode, 0);
    const QString wamid = QJsonDocument::fromJson(accepted.out)
                              .object()
                              .value(u"messages"_s)
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(u"id"_s)
                              .toString();
    const Run rejected = send(Wac::Test::loadValidPayload(u"seed-text"_s), {}, "expired-token");
    QCOMPARE(rejected.exitCode, 1);
    m_server->faults().add({Wac::Sim::FaultPlan::Mode::Close, 5, {}, 0});
    const Run cutOff = send(Wac::Test::loadValidPayload(u"seed-image"_s));
    QCOMPARE(cutOff.exitCode, 3);

    const QList<Wac::HistoryRecord> rows = historyRows(); // newest first
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).answer.outcome, Wac::HistoryOutcome::Accepted);
    QCOMPARE(rows.at(2).answer.wamid, wamid);
    QCOMPARE(rows.at(2).entry.type, u"text"_s);
    QCOMPARE(rows.at(2).entry.profile,
        u"127.0.0.1:%1"_s.arg(m_server->baseUrl().port())); // named after the address
    QCOMPARE(rows.at(1).answer.outcome, Wac::HistoryOutcome::Failed);
    QCOMPARE(rows.at(1).answer.errorCode, 190);
    QCOMPARE(rows.at(0).answer.outcome, Wac::HistoryOutcome::Unknown);
    QCOMPARE(rows.at(0).entry.type, u"image"_s);
}

void TestCliSend::noHistoryRecordsNothing()
{
    const Run run = send(Wac::Test::loadValidPayload(u"seed-text"_s), {u"--no-history"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(postsSeen(), 1);
    QVERIFY(historyRows().isEmpty());
}

// --phone-number-id and --api-version become the request's path: "../../_sim/clock" posted
// the message, with its token, to another endpoint of the server.
void TestCliSend::aPathInTheIdOrVersionIsRefused()
{
    const QJsonObject payload = Wac::Test::loadValidPayload(u"seed-text"_s);
    const Run id =
        send(payload, {u"--phone-number-id"_s, u"../../_sim/clock"_s, u"--no-history"_s});
    QCOMPARE(id.exitCode, 2);
    QVERIFY2(id.err.startsWith("send: The phone-number ID"), id.err.constData());
    const Run version = send(payload, {u"--api-version"_s, u"v1/../../x"_s, u"--no-history"_s});
    QCOMPARE(version.exitCode, 2);
    QVERIFY2(version.err.contains("v25.0"), version.err.constData());
    QVERIFY(m_server->requestLog().entries().isEmpty());
    QVERIFY(historyRows().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_clisend.moc"
