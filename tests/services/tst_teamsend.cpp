// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Sending on a team's store while its PostgreSQL server (the run's own) goes away: before the
// request leaves, while Graph answers, and for a while. No send is lost or silently taken for
// recorded: it is refused, or its row stays pending and its answer is written once the server
// is back.
#include "sim/simulatorserver.h"
#include "storage/historystore.h"
#include "storage/memorytokenstore.h"
#include "storage/secretvault.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "payloadcorpus.h"
#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/sendservice.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

HistoryEntry entry(const QString &to, const QString &text)
{
    const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, to},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, text}}}};
    return {QDateTime::currentMSecsSinceEpoch(), u"Team"_s, u"106540352242922"_s, to, u"text"_s,
        QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}, {}};
}

} // namespace

class TestTeamSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aLostServerRefusesTheSendThenReconnects();
    void aServerLostBeforeTheAnswerLeavesTheRowPending();
    void aLostServerIsSaidUntilItIsBack();
    void theServerGoneWhileGraphAnswersKeepsTheAnswerUntilItIsBack();
    void anAnswerHeldWhenTheConsoleQuitsIsWrittenAtItsNextStart();

private:
    qint64 answerWhileTheServerIsAway(
        HistoryLog &log, const Sim::SimulatorServer &sim, SendResult *result);

    QTemporaryDir m_dir;
    StoreLocation m_location;
};

void TestTeamSend::initTestCase()
{
    if (!TestStores::postgres())
        QSKIP("needs the run's PostgreSQL server: CTest runs this as a postgres test only");
}

void TestTeamSend::init()
{
    m_location = TestStores::fresh(m_dir.path());
    HistoryStore first(m_location);
    QVERIFY2(first.open(), qPrintable(first.lastError()));
}

void TestTeamSend::cleanup()
{
    TestStores::allowConnections(m_location.database, true);
}

void TestTeamSend::aLostServerRefusesTheSendThenReconnects()
{
    HistoryStore store(m_location);
    QVERIFY(store.open());
    QVERIFY(store.addPending(entry(u"+16505550100"_s, u"before"_s)) > 0);
    // The server restarts: this session is gone; the next write connects again.
    QVERIFY(TestStores::endSessions(m_location));
    const qint64 after = store.addPending(entry(u"+16505550100"_s, u"after"_s));
    QVERIFY2(after > 0, qPrintable(store.lastError()));
    QCOMPARE(store.record(after)->entry.recipient, u"+16505550100"_s);

    // A server that stays away: the write is refused, saying so and where.
    StoreLocation away = m_location;
    away.port = 1; // nothing listens there
    HistoryStore unreachable(away);
    QVERIFY(!unreachable.open());
    QVERIFY2(
        unreachable.lastError().contains(u"127.0.0.1:1/"_s), qPrintable(unreachable.lastError()));
    QCOMPARE(unreachable.addPending(entry(u"+16505550100"_s, u"never"_s)), 0);
}

void TestTeamSend::aServerLostBeforeTheAnswerLeavesTheRowPending()
{
    HistoryStore store(m_location);
    QVERIFY(store.open());
    const qint64 id = store.addPending(entry(u"+16505550100"_s, u"on its way"_s));
    QVERIFY(id > 0);
    QVERIFY(TestStores::endSessions(m_location));
    HistoryAnswer accepted;
    accepted.outcome = HistoryOutcome::Accepted;
    accepted.httpStatus = 200;
    accepted.wamid = u"wamid.after"_s;
    // Reconnected, the answer is written: nothing of it is lost.
    QVERIFY2(store.finish(id, accepted), qPrintable(store.lastError()));
    QCOMPARE(store.record(id)->answer.outcome, HistoryOutcome::Accepted);
}

// The server refuses every connection for a while: the first send after says so and is refused,
// and the console notices by itself when the server is back.
void TestTeamSend::aLostServerIsSaidUntilItIsBack()
{
    HistoryStore mine(m_location);
    QVERIFY(mine.open());
    HistoryLog log(&mine);
    log.watchOtherWriters();
    QSignalSpy state(&log, &HistoryLog::serverStateChanged);
    QVERIFY(TestStores::allowConnections(m_location.database, false));
    QCOMPARE(log.addPending(entry(u"+16505550100"_s, u"while away"_s)), 0);
    QCOMPARE(state.size(), 1);
    QCOMPARE(state.first().at(0).toBool(), false);
    QVERIFY2(state.first().at(1).toString().contains(u"unreachable"_s),
        qPrintable(state.first().at(1).toString()));
    QVERIFY(TestStores::allowConnections(m_location.database, true));
    QTRY_COMPARE_WITH_TIMEOUT(state.size(), 2, HistoryLog::serverCheckMs + 3000);
    QCOMPARE(state.last().at(0).toBool(), true);
    QVERIFY(log.addPending(entry(u"+16505550100"_s, u"back"_s)) > 0);
}

// Sends a text as the window does, over real HTTP to `sim` (which takes its time answering),
// and takes the team's server away while Graph answers. The row's id once the answer is in and
// `log` holds it (what the user was told in `result`); 0 when it went otherwise.
qint64 TestTeamSend::answerWhileTheServerIsAway(
    HistoryLog &log, const Sim::SimulatorServer &sim, SendResult *result)
{
    QNetworkAccessManager nam;
    MemoryTokenStore secrets;
    SecretVault vault(&secrets);
    GraphAccess graph(&vault, &nam);
    graph.setTokenOverride("sandbox-token");
    SendService sender(&graph);
    sender.setHistory(&log);
    QSignalSpy finished(&sender, &SendService::finished);
    QSignalSpy notRecorded(&sender, &SendService::notRecorded);
    QSignalSpy changed(&log, &HistoryLog::recordChanged);
    Profile profile;
    profile.name = u"Team"_s;
    profile.baseUrl = sim.baseUrl();
    profile.phoneNumberId = u"106540352242922"_s;
    profile.store = m_location;
    profile.store.password.clear(); // as a saved profile holds it: the keychain has it
    if (!sender.send(profile, Test::loadValidPayload(u"seed-text"_s))
        || !QTest::qWaitFor([&] { return changed.size() == 1; }, 5000))
        return 0; // the pending row, before the request left
    const qint64 id = changed.first().first().toLongLong();
    if (!QTest::qWaitFor([&] { return !sim.requestLog().entries().isEmpty(); }, 5000)
        || !TestStores::allowConnections(m_location.database, false)
        || !QTest::qWaitFor([&] { return finished.size() == 1; }, 10000))
        return 0;
    *result = finished.first().first().value<SendResult>();
    const QString said = notRecorded.isEmpty() ? QString() : notRecorded.first().first().toString();
    if (notRecorded.size() != 1 || !said.contains(u"recorded as soon as the server"_s)) {
        qWarning("the send did not say its answer is held: %s", qPrintable(said));
        return 0;
    }
    return id;
}

// The whole send as the window makes it: the pending row is written, the request leaves, and
// while Graph takes its time the team's server goes down. The answer (accepted) reaches the
// user at once; the history says so as soon as the server is back, and until then the row is
// pending, which every other console reads as "not known yet".
void TestTeamSend::theServerGoneWhileGraphAnswersKeepsTheAnswerUntilItIsBack()
{
    Sim::SimulatorServer sim(Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    sim.faults().add({Sim::FaultPlan::Mode::Delay, 1, u"/messages"_s, 1500});
    HistoryStore store(m_location);
    QVERIFY(store.open());
    HistoryLog log(&store);
    log.watchOtherWriters();
    QSignalSpy state(&log, &HistoryLog::serverStateChanged);
    QSignalSpy changed(&log, &HistoryLog::recordChanged);
    SendResult result;
    const qint64 id = answerWhileTheServerIsAway(log, sim, &result);
    QVERIFY(id > 0);
    QCOMPARE(result.outcome, SendResult::Outcome::Accepted); // the user is told the truth
    QCOMPARE(log.unfinished(), 1);
    QVERIFY(!state.isEmpty());
    QCOMPARE(state.last().at(0).toBool(), false);

    // Another console, once it can connect, reads the row as still pending, never as sent.
    QVERIFY(TestStores::allowConnections(m_location.database, true));
    {
        HistoryStore other(m_location);
        QVERIFY(other.open(nullptr, HistoryStore::Mode::ReadOnly));
        // (This console's check may already have written it; either is the truth of the moment.)
        const HistoryOutcome seen = other.record(id)->answer.outcome;
        QVERIFY(seen == HistoryOutcome::Pending || seen == HistoryOutcome::Accepted);
    }
    // This console writes the answer by itself once it sees the server again.
    QTRY_VERIFY_WITH_TIMEOUT(log.unfinished() == 0, HistoryLog::serverCheckMs + 3000);
    QCOMPARE(state.last().at(0).toBool(), true);
    HistoryStore other(m_location);
    QVERIFY(other.open(nullptr, HistoryStore::Mode::ReadOnly));
    const std::optional<HistoryRecord> row = other.record(id);
    QVERIFY(row);
    QCOMPARE(row->answer.outcome, HistoryOutcome::Accepted);
    QCOMPARE(row->answer.wamid, result.wamid);
    QVERIFY(changed.size() >= 2);
    QCOMPARE(changed.last().first().toLongLong(), id);
}

// The console quits while its answer is held: the answer is in a file of this user's, and the
// next start writes it, though the row was taken for interrupted meanwhile. Nothing held, no file.
void TestTeamSend::anAnswerHeldWhenTheConsoleQuitsIsWrittenAtItsNextStart()
{
    Sim::SimulatorServer sim(Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    sim.faults().add({Sim::FaultPlan::Mode::Delay, 1, u"/messages"_s, 1500});
    const QString journal = m_dir.filePath(u"held-answers.json"_s);
    qint64 id = 0;
    SendResult result;
    {
        HistoryStore store(m_location);
        QVERIFY(store.open());
        HistoryLog log(&store);
        QVERIFY(log.keepHeldAnswersIn(journal));
        QVERIFY(!QFile::exists(journal));
        id = answerWhileTheServerIsAway(log, sim, &result);
        QVERIFY(id > 0);
        QCOMPARE(log.unfinished(), 1);
        QFile file(journal);
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(result.wamid.toUtf8()));
    } // the console quits before the server is back

    QVERIFY(TestStores::allowConnections(m_location.database, true));
    HistoryStore store(m_location);
    QVERIFY(store.open());
    HistoryLog log(&store);
    QCOMPARE(log.markInterruptedUnknown(), 1); // another console's start, say
    QCOMPARE(store.record(id)->answer.outcome, HistoryOutcome::Unknown);
    QVERIFY(log.keepHeldAnswersIn(journal));
    QCOMPARE(log.unfinished(), 0);
    const std::optional<HistoryRecord> row = store.record(id);
    QCOMPARE(row->answer.outcome, HistoryOutcome::Accepted);
    QCOMPARE(row->answer.wamid, result.wamid);
    QCOMPARE(row->answer.responseJson.isEmpty(), false);
    QVERIFY(!QFile::exists(journal));
}

QTEST_GUILESS_MAIN(TestTeamSend)
#include "tst_teamsend.moc"
