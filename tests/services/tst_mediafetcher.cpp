// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Customers' files fetched as the console does it, over loopback from the simulator into a
// real history file: a customer sends through /_sim/inbound, the simulator's webhook reaches a
// small endpoint here that records it in the Inbox, and the MediaFetcher takes it from there.
#include "core/jsonpointer.h"
#include "sim/samplemedia.h"
#include "sim/simulatorserver.h"
#include "storage/historystore.h"
#include "storage/memorytokenstore.h"
#include "storage/secretvault.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/inbox.h"
#include "services/mediafetcher.h"
#include "simclient.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace Wac;

Q_DECLARE_METATYPE(Wac::Sim::FaultPlan::Mode)

namespace {

using Transform = std::function<QJsonObject(QJsonObject message)>;

/// Where the simulator's webhooks arrive: each body is recorded in the inbox of the moment, as
/// the receiver does, after `transform` has had its say on the customer's message.
class Hook
{
public:
    Hook()
    {
        m_server.route(u"/hook"_s, [this](const QHttpServerRequest &request) {
            QByteArray body = request.body();
            if (m_transform) {
                QJsonObject root = QJsonDocument::fromJson(body).object();
                QJsonObject value =
                    JsonPointer::resolve(root, u"/entry/0/changes/0/value"_s).toObject();
                QJsonArray messages = value.value(u"messages").toArray();
                messages.replace(0, m_transform(messages.at(0).toObject()));
                value.insert(u"messages"_s, messages);
                QJsonArray changes {QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}};
                QJsonObject entry = root.value(u"entry").toArray().at(0).toObject();
                entry.insert(u"changes"_s, changes);
                root.insert(u"entry"_s, QJsonArray {entry});
                body = QJsonDocument(root).toJson(QJsonDocument::Compact);
            }
            const bool recorded = m_inbox
                && m_inbox->record(m_profile,
                    {body, request.value("X-Hub-Signature-256"),
                        QDateTime::currentMSecsSinceEpoch(), u"127.0.0.1"_s, true});
            return QHttpServerResponse(recorded
                    ? QHttpServerResponder::StatusCode::Ok
                    : QHttpServerResponder::StatusCode::InternalServerError);
        });
        m_port = m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/hook"_s.arg(m_port)); }

    void setInbox(Inbox *inbox, const QString &profile)
    {
        m_inbox = inbox;
        m_profile = profile;
    }

    void setTransform(Transform transform) { m_transform = std::move(transform); }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    Inbox *m_inbox = nullptr;
    QString m_profile;
    Transform m_transform;
};

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMediaFetcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesWithTheBearerIntoTheCache();
    void namesNeverComeFromTheNetwork();
    void aWrongSha256FailsNamingItAndRetryFetchesOnceFixed();
    void anUnknownMediaIdFails();
    void anExpiredUrlIsAskedForAgainOnce();
    void aMalformedDescriptionFails_data();
    void aMalformedDescriptionFails();
    void aFileOverTheLimitIsNotFetched();
    void aProfileWithoutATokenFailsInGraphAccessWords();
    void aProfileNoLongerSetUpFails();
    void theCacheBoundEvictsTheOldest();
    void pendingRowsOfAnEarlierRunAreFetched();
    void twoAtATimeAndStoppingMidwayLeavesThemPending();
    void aTeamsConsolesEachHaveTheirOwnFiles();
    void aFileAnotherProcessLeftPendingIsFetchedWhenHeard();

private:
    /// A customer sends `request`; its inbound row once the fetcher is done with it (0 if never).
    qint64 send(const QJsonObject &request);

    std::optional<MediaSource> source(qint64 id) const { return m_inbox->store().mediaSource(id); }

    void openInbox();
    void makeFetcher(qint64 cacheBytes = MediaCache::defaultMaxBytes);

    /// Another console on the same store, with its own folder of files.
    struct Console
    {
        std::unique_ptr<HistoryStore> store;
        std::unique_ptr<HistoryLog> log;
        std::unique_ptr<Inbox> inbox;
        std::unique_ptr<MediaFetcher> fetcher;
    };

    void openConsole(Console &console, const QString &folder, const QStringList &profiles);

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreLocation m_location;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Hook> m_hook;
    std::unique_ptr<Sim::SimulatorServer> m_sim;
    std::unique_ptr<Test::SimClient> m_control;
    MemoryTokenStore m_secrets;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<GraphAccess> m_graph;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryLog> m_log;
    std::unique_ptr<Inbox> m_inbox;
    std::unique_ptr<MediaFetcher> m_fetcher;
    QString m_profileName = QString::fromLatin1(Profile::sandboxName);
    QStringList m_knownProfiles;
};

void TestMediaFetcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_hook = std::make_unique<Hook>();
    Sim::SimConfig config = Sim::SimConfig::sandbox();
    config.webhooks = {m_hook->url()};
    m_sim = std::make_unique<Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_control = std::make_unique<Test::SimClient>(m_sim->baseUrl(), QByteArray());
    m_vault = std::make_unique<SecretVault>(&m_secrets);
    m_graph = std::make_unique<GraphAccess>(m_vault.get(), &m_nam);
    m_profileName = QString::fromLatin1(Profile::sandboxName);
    m_knownProfiles = {m_profileName, u"Live"_s};
    m_location = TestStores::fresh(m_dir->path());
    openInbox();
    makeFetcher();
}

void TestMediaFetcher::cleanup()
{
    m_fetcher.reset();
    m_inbox.reset();
    m_log.reset();
    m_store.reset();
    m_sim.reset();
    m_hook.reset();
}

void TestMediaFetcher::openInbox()
{
    m_hook->setInbox(nullptr, {});
    m_fetcher.reset();
    m_inbox.reset();
    m_log.reset();
    m_store = std::make_unique<HistoryStore>(m_location);
    QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
    m_log = std::make_unique<HistoryLog>(m_store.get());
    m_inbox = std::make_unique<Inbox>(m_log.get());
    m_hook->setInbox(m_inbox.get(), m_profileName);
}

void TestMediaFetcher::makeFetcher(qint64 cacheBytes)
{
    m_fetcher = std::make_unique<MediaFetcher>(m_inbox.get(), m_graph.get());
    m_fetcher->setCache(MediaCache(m_dir->filePath(u"cache/media"_s), cacheBytes));
    m_fetcher->setProfileResolver([this](const QString &name) -> std::optional<Profile> {
        if (!m_knownProfiles.contains(name))
            return std::nullopt;
        Profile profile;
        profile.name = name;
        profile.baseUrl = m_sim->baseUrl();
        profile.phoneNumberId = u"106540352242922"_s;
        return profile;
    });
}

qint64 TestMediaFetcher::send(const QJsonObject &request)
{
    // Counted from before the request: the webhook may well be recorded before its answer.
    QSignalSpy waiting(m_inbox.get(), &Inbox::mediaWaiting);
    QSignalSpy idle(m_fetcher.get(), &MediaFetcher::idle);
    QJsonObject body = request;
    body.insert(u"from"_s, u"+15551234567"_s);
    if (m_control->postJson(u"/_sim/inbound"_s, body).status != 200)
        return 0;
    const bool settled =
        QTest::qWaitFor([&] { return !waiting.isEmpty() && !idle.isEmpty(); }, 10000);
    return settled ? waiting.first().first().toLongLong() : 0;
}

void TestMediaFetcher::fetchesWithTheBearerIntoTheCache()
{
    QSignalSpy fetched(m_fetcher.get(), &MediaFetcher::fetched);
    const qint64 id = send({{u"type"_s, u"image"_s}, {u"caption"_s, u"A photo"_s}});
    QVERIFY(id > 0);
    QCOMPARE(fetched.size(), 1);
    const std::optional<MediaSource> row = source(id);
    QVERIFY(row);
    QCOMPARE(row->state, InboundMedia::Fetched);
    QCOMPARE(row->path, m_dir->filePath(u"cache/media/%1.png"_s.arg(id)));
    QCOMPARE(fetched.first().at(1).toString(), row->path);
    const QByteArray bytes = fileBytes(row->path);
    QVERIFY(bytes.startsWith("\x89PNG"));
    QCOMPARE(QString::fromLatin1(sha256(bytes).toBase64()), row->sha256); // the webhook's
    QVERIFY(m_inbox->store().inbound(id).value().mediaError.isEmpty());

    // Both requests carried the bearer: the description and the download.
    QStringList authorized;
    for (const Sim::RequestLog::Entry &entry : m_sim->requestLog().entries()) {
        for (const auto &[name, value] : entry.headers) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0
                && value.startsWith("Bearer "))
                authorized << entry.method + u' ' + entry.target.section(u'?', 0, 0);
        }
    }
    QCOMPARE(authorized,
        QStringList({u"GET /v25.0/"_s + row->mediaId, u"GET /whatsapp_business/attachments/"_s}));
}

void TestMediaFetcher::namesNeverComeFromTheNetwork()
{
    const qint64 id = send({{u"type"_s, u"document"_s}, {u"filename"_s, u"../../.bashrc"_s},
        {u"mime_type"_s, u"text/plain"_s},
        {u"data"_s, QString::fromLatin1(QByteArray("echo hi\n").toBase64())}});
    QVERIFY(id > 0);
    QCOMPARE(source(id).value().path, m_dir->filePath(u"cache/media/%1.txt"_s.arg(id)));
    QCOMPARE(fileBytes(source(id).value().path), QByteArray("echo hi\n"));
    QVERIFY(!QFile::exists(m_dir->filePath(u".bashrc"_s)));
}

void TestMediaFetcher::aWrongSha256FailsNamingItAndRetryFetchesOnceFixed()
{
    const QString wrong = QString::fromLatin1(sha256("not the file").toBase64());
    m_hook->setTransform([wrong](QJsonObject message) {
        QJsonObject image = message.value(u"image").toObject();
        image.insert(u"sha256"_s, wrong);
        message.insert(u"image"_s, image);
        return message;
    });
    QSignalSpy failed(m_fetcher.get(), &MediaFetcher::failed);
    const qint64 id = send({{u"type"_s, u"image"_s}});
    QVERIFY(id > 0);
    QCOMPARE(failed.size(), 1);
    const ThreadItem item = m_inbox->store().inbound(id).value();
    QCOMPARE(item.media, InboundMedia::Failed);
    QVERIFY2(item.mediaError.contains(u"webhook's sha256"_s) && item.mediaError.contains(wrong),
        qPrintable(item.mediaError));
    QCOMPARE(failed.first().at(1).toString(), item.mediaError);
    QVERIFY(item.mediaPath.isEmpty());
    QVERIFY(QDir(m_dir->filePath(u"cache/media"_s)).isEmpty(QDir::Files | QDir::Hidden));

    // The webhook's value corrected in the file (a retried delivery of the same message changes
    // nothing there), then fetched again.
    const QString mediaId = item.mediaId;
    Test::SimClient graph(m_sim->baseUrl());
    const QUrl url(graph.get(u"/v25.0/"_s + mediaId).json().value(u"url").toString());
    const QString correct = QString::fromLatin1(sha256(graph.getUrl(url).body).toBase64());
    QSqlQuery fix(m_store->database());
    QVERIFY(
        fix.exec(u"UPDATE inbound SET media_sha256 = '%1' WHERE id = %2"_s.arg(correct).arg(id)));
    QSignalSpy idle(m_fetcher.get(), &MediaFetcher::idle);
    QVERIFY(m_fetcher->retry(id));
    QCOMPARE(source(id).value().state, InboundMedia::Pending);
    QVERIFY(idle.wait(10000));
    QCOMPARE(source(id).value().state, InboundMedia::Fetched);
    QVERIFY(m_inbox->store().inbound(id).value().mediaError.isEmpty());
    QCOMPARE(QString::fromLatin1(sha256(fileBytes(source(id).value().path)).toBase64()), correct);
}

void TestMediaFetcher::anUnknownMediaIdFails()
{
    m_hook->setTransform([](QJsonObject message) {
        QJsonObject image = message.value(u"image").toObject();
        image.insert(u"id"_s, u"424242"_s);
        message.insert(u"image"_s, image);
        return message;
    });
    const qint64 id = send({{u"type"_s, u"image"_s}});
    QVERIFY(id > 0);
    const ThreadItem item = m_inbox->store().inbound(id).value();
    QCOMPARE(item.media, InboundMedia::Failed);
    QVERIFY2(item.mediaError.contains(u"Graph did not describe media 424242"_s)
            && item.mediaError.contains(u"does not exist"_s),
        qPrintable(item.mediaError));
}

void TestMediaFetcher::anExpiredUrlIsAskedForAgainOnce()
{
    m_sim->faults().add({Sim::FaultPlan::Mode::NotFound, 1, u"/attachments"_s, 0});
    const qint64 once = send({{u"type"_s, u"image"_s}});
    QCOMPARE(source(once).value().state, InboundMedia::Fetched);
    int descriptions = 0;
    for (const Sim::RequestLog::Entry &entry : m_sim->requestLog().entries())
        descriptions += entry.target == u"/v25.0/"_s + source(once).value().mediaId ? 1 : 0;
    QCOMPARE(descriptions, 2); // a new URL after the 404

    m_sim->faults().add({Sim::FaultPlan::Mode::NotFound, 2, u"/attachments"_s, 0});
    const qint64 twice = send({{u"type"_s, u"image"_s}});
    const ThreadItem item = m_inbox->store().inbound(twice).value();
    QCOMPARE(item.media, InboundMedia::Failed);
    QVERIFY2(item.mediaError.contains(u"404"_s) && item.mediaError.contains(u"expired"_s),
        qPrintable(item.mediaError));
}

void TestMediaFetcher::aMalformedDescriptionFails_data()
{
    QTest::addColumn<Sim::FaultPlan::Mode>("mode");
    QTest::addColumn<QString>("says");
    QTest::newRow("cut JSON") << Sim::FaultPlan::Mode::MalformedJson << u"not JSON"_s;
    QTest::newRow("empty") << Sim::FaultPlan::Mode::Empty200 << u"empty body"_s;
    QTest::newRow("HTML 502") << Sim::FaultPlan::Mode::BadGateway << u"HTTP 502"_s;
}

void TestMediaFetcher::aMalformedDescriptionFails()
{
    QFETCH(Sim::FaultPlan::Mode, mode);
    QFETCH(QString, says);
    m_sim->faults().add({mode, 1, u"/v25.0/"_s, 0});
    const qint64 id = send({{u"type"_s, u"image"_s}});
    const ThreadItem item = m_inbox->store().inbound(id).value();
    QCOMPARE(item.media, InboundMedia::Failed);
    QVERIFY2(item.mediaError.contains(u"Graph did not describe media"_s)
            && item.mediaError.contains(says),
        qPrintable(item.mediaError));
}

void TestMediaFetcher::aFileOverTheLimitIsNotFetched()
{
    m_fetcher->setMaxFileBytes(1000);
    const qint64 id = send({{u"type"_s, u"image"_s}});
    const ThreadItem item = m_inbox->store().inbound(id).value();
    QCOMPARE(item.media, InboundMedia::Failed);
    QVERIFY2(item.mediaError.contains(u"over the 1000-byte limit"_s), qPrintable(item.mediaError));
    int downloads = 0;
    for (const Sim::RequestLog::Entry &entry : m_sim->requestLog().entries())
        downloads += entry.target.contains(u"attachments"_s) ? 1 : 0;
    QCOMPARE(downloads, 0);
}

void TestMediaFetcher::aProfileWithoutATokenFailsInGraphAccessWords()
{
    m_profileName = u"Live"_s;
    m_hook->setInbox(m_inbox.get(), m_profileName);
    const qint64 id = send({{u"type"_s, u"sticker"_s}});
    const ThreadItem item = m_inbox->store().inbound(id).value();
    QCOMPARE(item.media, InboundMedia::Failed);
    QCOMPARE(item.mediaError,
        GraphAccess::tokenProblem(u"Live"_s, TokenStore::Error::NotFound, {}, false));
}

void TestMediaFetcher::aProfileNoLongerSetUpFails()
{
    m_profileName = u"Gone"_s;
    m_hook->setInbox(m_inbox.get(), m_profileName);
    const qint64 id = send({{u"type"_s, u"audio"_s}});
    const ThreadItem item = m_inbox->store().inbound(id).value();
    QCOMPARE(item.media, InboundMedia::Failed);
    QVERIFY2(item.mediaError.contains(u"\"Gone\""_s), qPrintable(item.mediaError));
}

void TestMediaFetcher::theCacheBoundEvictsTheOldest()
{
    // A team's rows are every console's: one console's eviction is not written there (see
    // aTeamsConsolesEachHaveTheirOwnFiles).
    WAC_SQLITE_ONLY();
    const qint64 imageBytes = Sim::SampleMedia::png(96, 64).size();
    makeFetcher(imageBytes * 5 / 2); // room for two
    const qint64 first = send({{u"type"_s, u"image"_s}});
    const qint64 second = send({{u"type"_s, u"image"_s}});
    QCOMPARE(source(second).value().state, InboundMedia::Fetched);
    QVERIFY(QFile::exists(source(first).value().path));
    const QString firstPath = source(first).value().path;
    const qint64 third = send({{u"type"_s, u"image"_s}});

    QVERIFY(!QFile::exists(firstPath));
    QVERIFY(QFile::exists(source(second).value().path));
    QVERIFY(QFile::exists(source(third).value().path));
    const ThreadItem evicted = m_inbox->store().inbound(first).value();
    QCOMPARE(evicted.media, InboundMedia::Failed);
    QVERIFY(evicted.mediaPath.isEmpty());
    QVERIFY2(evicted.mediaError.contains(u"Removed from the media cache"_s),
        qPrintable(evicted.mediaError));

    // Fetched again on demand, it is the newest, and the next oldest goes.
    QSignalSpy idle(m_fetcher.get(), &MediaFetcher::idle);
    QVERIFY(m_fetcher->retry(first));
    QVERIFY(idle.wait(10000));
    QCOMPARE(source(first).value().state, InboundMedia::Fetched);
    QCOMPARE(source(second).value().state, InboundMedia::Failed);
    QVERIFY2(source(third).value().state == InboundMedia::Fetched,
        qPrintable(m_inbox->store().inbound(third).value().mediaError));
}

void TestMediaFetcher::pendingRowsOfAnEarlierRunAreFetched()
{
    m_fetcher.reset(); // the earlier run records, and stops before fetching
    QSignalSpy waiting(m_inbox.get(), &Inbox::mediaWaiting);
    for (const QString &type : {u"image"_s, u"document"_s, u"sticker"_s}) {
        QCOMPARE(
            m_control
                ->postJson(u"/_sim/inbound"_s, {{u"from"_s, u"+15551234567"_s}, {u"type"_s, type}})
                .status,
            200);
    }
    QTRY_COMPARE(waiting.size(), 3); // a webhook may be recorded before its request's answer
    QCOMPARE(m_inbox->store().pendingMedia(10).size(), 3);

    openInbox(); // the next run, on the same file
    makeFetcher();
    QSignalSpy fetched(m_fetcher.get(), &MediaFetcher::fetched);
    QSignalSpy idle(m_fetcher.get(), &MediaFetcher::idle);
    m_fetcher->fetchPending();
    QVERIFY(idle.wait(10000));
    QCOMPARE(fetched.size(), 3);
    QVERIFY(m_inbox->store().pendingMedia(10).isEmpty());
    for (const QList<QVariant> &args : std::as_const(fetched))
        QVERIFY(QFile::exists(args.at(1).toString()));
}

void TestMediaFetcher::twoAtATimeAndStoppingMidwayLeavesThemPending()
{
    m_sim->faults().add({Sim::FaultPlan::Mode::Hang, 10, u"/attachments"_s, 0});
    QSignalSpy waiting(m_inbox.get(), &Inbox::mediaWaiting);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(m_control
                     ->postJson(u"/_sim/inbound"_s,
                         {{u"from"_s, u"+15551234567"_s}, {u"type"_s, u"image"_s}})
                     .status,
            200);
    }
    QTRY_COMPARE(waiting.size(), 4);
    const auto count = [this](const QString &part) {
        int n = 0;
        for (const Sim::RequestLog::Entry &entry : m_sim->requestLog().entries())
            n += entry.target.contains(part) ? 1 : 0;
        return n;
    };
    QTRY_COMPARE(count(u"/attachments"_s), 2);
    QTest::qWait(200);
    QCOMPARE(count(u"/attachments"_s), 2);
    // The others have not asked for a URL yet: it would expire while they wait.
    QCOMPARE(count(u"/v25.0/"_s), 2);
    QVERIFY(!m_fetcher->isIdle());
    m_fetcher.reset(); // the console quits with two downloads in flight
    QCOMPARE(m_inbox->store().pendingMedia(10).size(), 4);
    QVERIFY(QDir(m_dir->filePath(u"cache/media"_s)).isEmpty(QDir::Files | QDir::Hidden));
}

void TestMediaFetcher::openConsole(
    Console &console, const QString &folder, const QStringList &profiles)
{
    console.store = std::make_unique<HistoryStore>(m_location);
    QVERIFY2(console.store->open(), qPrintable(console.store->lastError()));
    console.log = std::make_unique<HistoryLog>(console.store.get());
    console.log->watchOtherWriters();
    console.inbox = std::make_unique<Inbox>(console.log.get());
    console.fetcher = std::make_unique<MediaFetcher>(console.inbox.get(), m_graph.get());
    console.fetcher->setCache(MediaCache(m_dir->filePath(folder)));
    console.fetcher->setProfileResolver([this, profiles](const QString &name) {
        std::optional<Profile> profile;
        if (profiles.contains(name)) {
            profile.emplace();
            profile->name = name;
            profile->baseUrl = m_sim->baseUrl();
        }
        return profile;
    });
}

void TestMediaFetcher::aTeamsConsolesEachHaveTheirOwnFiles()
{
    if (!TestStores::postgres())
        QSKIP("a team store's consoles");
    const qint64 id = send({{u"type"_s, u"image"_s}});
    QVERIFY(id > 0);
    const QString ours = m_dir->filePath(u"cache/media/%1.png"_s.arg(id));
    QCOMPARE(source(id).value().path, ours);
    QVERIFY(m_inbox->store().inbound(id).value().mediaHere);

    // Another agent's console sees that the file was fetched, and that it is not on its computer.
    Console other;
    openConsole(other, u"other/media"_s, {m_profileName});
    const QString theirs = m_dir->filePath(u"other/media/%1.png"_s.arg(id));
    ThreadItem seen = other.inbox->store().inbound(id).value();
    QCOMPARE(seen.media, InboundMedia::Fetched);
    QCOMPARE(seen.mediaPath, theirs);
    QVERIFY(!seen.mediaHere);

    // Fetched there on demand, into its own folder; ours is left as it was.
    QSignalSpy fetched(other.fetcher.get(), &MediaFetcher::fetched);
    QVERIFY(other.fetcher->retry(id));
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 10000);
    QCOMPARE(fetched.first().at(1).toString(), theirs);
    QCOMPARE(fileBytes(theirs), fileBytes(ours));
    QVERIFY(other.inbox->store().inbound(id).value().mediaHere);
    QVERIFY(m_inbox->store().inbound(id).value().mediaHere);
    QCOMPARE(source(id).value().state, InboundMedia::Fetched);

    // A console that cannot fetch it (its profile is not set up there) says so to its user,
    // and tells the team nothing: the row still says the file was fetched.
    Console third;
    openConsole(third, u"third/media"_s, {});
    QSignalSpy failed(third.fetcher.get(), &MediaFetcher::failed);
    QVERIFY(third.fetcher->retry(id));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(failed.first().at(1).toString().contains(m_profileName));
    QCOMPARE(source(id).value().state, InboundMedia::Fetched);
    QVERIFY(source(id).value().path == ours);

    // Removing files to keep within this console's bound writes nothing to the team's rows.
    QFile::remove(ours);
    QVERIFY(!m_inbox->store().inbound(id).value().mediaHere);
    QVERIFY(other.inbox->store().inbound(id).value().mediaHere);
}

void TestMediaFetcher::aFileAnotherProcessLeftPendingIsFetchedWhenHeard()
{
    // A receiver in another process (a `waconsole-cli listen`) records a customer's file and
    // fetches nothing; the console hears of the row and fetches it.
    m_fetcher.reset();
    Console console;
    openConsole(console, u"console/media"_s, {m_profileName});
    QSignalSpy fetched(console.fetcher.get(), &MediaFetcher::fetched);
    QSignalSpy waiting(m_inbox.get(), &Inbox::mediaWaiting);
    QCOMPARE(m_control
                 ->postJson(
                     u"/_sim/inbound"_s, {{u"from"_s, u"+15551234567"_s}, {u"type"_s, u"image"_s}})
                 .status,
        200);
    QTRY_COMPARE(waiting.size(), 1);
    const qint64 id = waiting.first().first().toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 10000);
    QCOMPARE(fetched.first().at(0).toLongLong(), id);
    QVERIFY(QFile::exists(fetched.first().at(1).toString()));
    QVERIFY(console.inbox->store().inbound(id).value().mediaHere);
    QVERIFY(console.inbox->store().pendingMedia(10).isEmpty());
}

QTEST_GUILESS_MAIN(TestMediaFetcher)
#include "tst_mediafetcher.moc"
