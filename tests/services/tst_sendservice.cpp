// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Sending and recording as the window and the CLI both do it, against the simulator over
// loopback: the pending row before the request, the answer after, nothing sent that could not
// be recorded, and a token that cannot be had said for what it is.
#include "sim/simulatorserver.h"
#include "storage/historystore.h"
#include "storage/memorytokenstore.h"
#include "storage/secretvault.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "payloadcorpus.h"
#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/sendservice.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

/// A keychain that refuses. A locked gnome-keyring answers a read by prompting on the screen,
/// which hangs a headless run (ci-recipe trap 2), so its refusal is played here instead.
class RefusingTokenStore final : public TokenStore
{
public:
    explicit RefusingTokenStore(Error error)
        : m_error(error)
    { }

    void read(const QString &, QObject *context, ReadCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [this, done] { done({}, m_error, u"Cannot unlock the collection"_s); },
            Qt::QueuedConnection);
    }

    void write(const QString &, const QByteArray &, QObject *, DoneCallback done) override
    {
        done(m_error, {});
    }

    void remove(const QString &, QObject *, DoneCallback done) override { done(m_error, {}); }

private:
    Error m_error;
};

/// A keychain waiting on a password prompt nobody answers: it never calls back.
class SilentTokenStore final : public TokenStore
{
public:
    void read(const QString &, QObject *, ReadCallback) override { }

    void write(const QString &, const QByteArray &, QObject *, DoneCallback) override { }

    void remove(const QString &, QObject *, DoneCallback) override { }
};

} // namespace

class TestSendService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordsPendingBeforeTheRequestAndTheAnswerAfter();
    void aSendThatCannotBeRecordedIsNotSent();
    void aProfileOfAnotherStoreIsNotSentFromHere();
    void aLockedKeychainIsNotAMissingToken();
    void aMissingTokenIsSaidAsSuch();
    void aKeychainThatIsNotThereIsSaidAsSuch();
    void cancelWorksWhileTheKeychainIsSilent();

private:
    Profile profile(const QString &name) const;
    SendResult sendWith(TokenStore &store, const QString &profileName, HistoryLog *log = nullptr);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Sim::SimulatorServer> m_sim;
};

void TestSendService::init()
{
    m_sim = std::make_unique<Sim::SimulatorServer>(Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_sim->conversations().setLimitsEnabled(false);
}

void TestSendService::cleanup()
{
    m_sim.reset();
}

Profile TestSendService::profile(const QString &name) const
{
    Profile p;
    p.name = name;
    p.baseUrl = m_sim->baseUrl();
    p.phoneNumberId = u"106540352242922"_s;
    return p;
}

SendResult TestSendService::sendWith(TokenStore &store, const QString &profileName, HistoryLog *log)
{
    SecretVault vault(&store);
    GraphAccess graph(&vault, &m_nam);
    SendService sender(&graph);
    sender.setHistory(log);
    QSignalSpy finished(&sender, &SendService::finished);
    if (!sender.send(profile(profileName), Test::loadValidPayload(u"seed-text"_s)))
        return {};
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<SendResult>();
}

void TestSendService::recordsPendingBeforeTheRequestAndTheAnswerAfter()
{
    HistoryStore store(m_dir.filePath(u"recorded.sqlite"_s));
    QVERIFY(store.open());
    HistoryLog log(&store);
    QSignalSpy changed(&log, &HistoryLog::recordChanged);
    MemoryTokenStore secrets;
    const SendResult result = sendWith(secrets, QString::fromLatin1(Profile::sandboxName), &log);
    QCOMPARE(result.outcome, SendResult::Outcome::Accepted);
    QCOMPARE(changed.size(), 2); // pending, then answered: announced by the log itself
    const qint64 id = changed.first().first().toLongLong();
    QCOMPARE(changed.last().first().toLongLong(), id);
    const std::optional<HistoryRecord> row = store.record(id);
    QVERIFY(row);
    QCOMPARE(row->answer.outcome, HistoryOutcome::Accepted);
    QCOMPARE(row->answer.wamid, result.wamid);
}

void TestSendService::aSendThatCannotBeRecordedIsNotSent()
{
    HistoryStore store(m_dir.filePath(u"readonly.sqlite"_s));
    QVERIFY(store.open());
    QSqlQuery(store.database()).exec(u"PRAGMA query_only = ON"_s); // every write now fails
    HistoryLog log(&store);
    MemoryTokenStore secrets;
    const SendResult result = sendWith(secrets, QString::fromLatin1(Profile::sandboxName), &log);
    QCOMPARE(result.outcome, SendResult::Outcome::NotSent);
    QVERIFY2(
        result.error.message.contains(u"could not record"_s), qPrintable(result.error.message));
    QCOMPARE(m_sim->requestLog().entries().size(), 0); // nothing left without its record
}

// A team profile's sends belong in the team's store: a console recording into this
// computer's file refuses them rather than record them where the team never looks.
void TestSendService::aProfileOfAnotherStoreIsNotSentFromHere()
{
    HistoryStore store(m_dir.filePath(u"own.sqlite"_s));
    QVERIFY(store.open());
    HistoryLog log(&store);
    MemoryTokenStore secrets;
    SecretVault vault(&secrets);
    GraphAccess graph(&vault, &m_nam);
    graph.setTokenOverride("sandbox-token");
    SendService sender(&graph);
    sender.setHistory(&log);
    QSignalSpy finished(&sender, &SendService::finished);
    Profile team = profile(u"Team"_s);
    team.store.engine = StoreLocation::Engine::PostgreSQL;
    team.store.host = u"db.example.com"_s;
    team.store.database = u"support"_s;
    team.store.user = u"agents"_s;
    QVERIFY(sender.send(team, Test::loadValidPayload(u"seed-text"_s)));
    QVERIFY(finished.wait(10000));
    const SendResult result = finished.first().first().value<SendResult>();
    QCOMPARE(result.outcome, SendResult::Outcome::NotSent);
    QVERIFY2(result.error.message.contains(u"agents@db.example.com:5432/support"_s),
        qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(u"--profile \"Team\""_s));
    QCOMPARE(m_sim->requestLog().entries().size(), 0);
    QCOMPARE(store.count(HistoryFilter()), 0);

    // The same profile with its history in this computer's file is sent as always.
    team.store = {};
    finished.clear();
    QVERIFY(sender.send(team, Test::loadValidPayload(u"seed-text"_s)));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<SendResult>().outcome, SendResult::Outcome::Accepted);
}

void TestSendService::aLockedKeychainIsNotAMissingToken()
{
    RefusingTokenStore locked(TokenStore::Error::AccessDenied);
    const SendResult result = sendWith(locked, u"Acme"_s);
    QCOMPARE(result.outcome, SendResult::Outcome::NotSent);
    QCOMPARE(result.error.category, ApiError::Category::NoCredentials);
    QVERIFY2(result.error.message.contains(u"keychain refused"_s)
            && result.error.message.contains(u"unlock"_s),
        qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(u"No access token is stored"_s));
    QVERIFY(result.error.headline().contains(u"could not be read"_s));
    QCOMPARE(m_sim->requestLog().entries().size(), 0);

    RefusingTokenStore broken(TokenStore::Error::Other);
    const SendResult other = sendWith(broken, u"Acme"_s);
    QVERIFY2(other.error.message.contains(u"keychain could not be read"_s)
            && other.error.message.contains(u"Cannot unlock the collection"_s),
        qPrintable(other.error.message));
}

void TestSendService::aMissingTokenIsSaidAsSuch()
{
    MemoryTokenStore empty;
    const SendResult result = sendWith(empty, u"Acme"_s);
    QCOMPARE(result.error.category, ApiError::Category::NoCredentials);
    QVERIFY2(result.error.message.contains(u"No access token is stored for \"Acme\""_s),
        qPrintable(result.error.message));
}

void TestSendService::aKeychainThatIsNotThereIsSaidAsSuch()
{
    // No backend: the vault falls back to this session's memory, which has no token yet.
    RefusingTokenStore absent(TokenStore::Error::NoBackend);
    const SendResult result = sendWith(absent, u"Acme"_s);
    QCOMPARE(result.error.category, ApiError::Category::NoCredentials);
    QVERIFY2(result.error.message.contains(u"No secure storage was found"_s)
            && result.error.message.contains(u"in this session"_s),
        qPrintable(result.error.message));
}

void TestSendService::cancelWorksWhileTheKeychainIsSilent()
{
    SilentTokenStore silent;
    SecretVault vault(&silent);
    GraphAccess graph(&vault, &m_nam);
    SendService sender(&graph);
    QSignalSpy finished(&sender, &SendService::finished);
    QVERIFY(sender.send(profile(u"Acme"_s), Test::loadValidPayload(u"seed-text"_s)));
    QVERIFY(sender.isBusy());
    sender.cancel();
    QCOMPARE(finished.size(), 1); // at once: nothing had left
    QCOMPARE(finished.first().first().value<SendResult>().outcome, SendResult::Outcome::Cancelled);
    QVERIFY(!sender.isBusy()); // free for the next send
    QCOMPARE(m_sim->requestLog().entries().size(), 0);
}

QTEST_GUILESS_MAIN(TestSendService)
#include "tst_sendservice.moc"
