// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/historystore.h"
#include "storage/memorytokenstore.h"
#include "storage/secretvault.h"
#include "storage/serverconnection.h"
#include "storage/templatecache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/inbox.h"
#include "services/templatelibrary.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace Wac;

class TestTemplateLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pagesThroughEveryPage();
    void cachedForOfflineUse();
    void refreshReplacesTheLibrary();
    void cancelKeepsTheOldLibrary();
    void failureSaysWhyAndKeepsTheOldLibrary();
    void profileWithoutWabaIsRefused();
    void aStatusWebhookUpdatesTheLibraryAndItsCache();
    void anotherConsolesRefreshIsHeard();
    void aLostServerConnectionIsMadeAgain();

private:
    Profile profileFor(const Sim::SimulatorServer &sim) const;
    bool refreshNow(
        TemplateLibrary &library, const Profile &profile, SendResult *failure = nullptr);
    QList<QUrlQuery> templateRequests(const Sim::SimulatorServer &sim) const;
    /// A seed file of `count` approved templates, named bulk_0000, ...
    QString writeSeed(int count);

    QTemporaryDir m_dir;
    StoreLocation m_cacheAt;
    QNetworkAccessManager m_nam;
    MemoryTokenStore m_secrets;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<Sim::SimulatorServer> m_sim;
};

void TestTemplateLibrary::init()
{
    QVERIFY(m_dir.isValid());
    m_vault = std::make_unique<SecretVault>(&m_secrets);
    m_sim = std::make_unique<Sim::SimulatorServer>(Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QFile::remove(m_dir.filePath(u"templates.sqlite"_s));
    // The PostgreSQL run keeps the libraries in a team's database, as a team profile does.
    m_cacheAt = TestStores::postgres() ? TestStores::fresh(m_dir.path())
                                       : StoreLocation::file(m_dir.filePath(u"templates.sqlite"_s));
}

Profile TestTemplateLibrary::profileFor(const Sim::SimulatorServer &sim) const
{
    Profile p;
    p.name = QString::fromLatin1(Profile::sandboxName);
    p.baseUrl = sim.baseUrl();
    p.phoneNumberId = u"106540352242922"_s;
    p.wabaId = u"102290129340398"_s;
    return p;
}

bool TestTemplateLibrary::refreshNow(
    TemplateLibrary &library, const Profile &profile, SendResult *failure)
{
    QSignalSpy done(&library, &TemplateLibrary::refreshed);
    if (!library.refresh(profile))
        return false;
    if (done.isEmpty() && !done.wait(10000))
        qFatal("the refresh did not finish");
    if (failure)
        *failure = done.first().at(2).value<SendResult>();
    return done.first().at(1).toBool();
}

QList<QUrlQuery> TestTemplateLibrary::templateRequests(const Sim::SimulatorServer &sim) const
{
    QList<QUrlQuery> out;
    for (const Sim::RequestLog::Entry &e : sim.requestLog().entries()) {
        if (e.method == u"GET"_s && e.target.contains(u"/message_templates"_s))
            out.append(QUrlQuery(QUrl(e.target).query()));
    }
    return out;
}

QString TestTemplateLibrary::writeSeed(int count)
{
    QJsonArray data;
    for (int i = 0; i < count; ++i) {
        data.append(QJsonObject {{u"id"_s, QString::number(900000 + i)},
            {u"name"_s, u"bulk_%1"_s.arg(i, 4, 10, QLatin1Char('0'))}, {u"language"_s, u"en_US"_s},
            {u"status"_s, u"APPROVED"_s}, {u"category"_s, u"UTILITY"_s},
            {u"components"_s,
                QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, u"Hi {{1}}"_s}}}}});
    }
    const QString path = m_dir.filePath(u"seed-%1.json"_s.arg(count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the seed");
    file.write(QJsonDocument(QJsonObject {{u"data"_s, data}}).toJson());
    return path;
}

void TestTemplateLibrary::pagesThroughEveryPage()
{
    TemplateCache cache(m_cacheAt);
    QVERIFY(cache.open());
    GraphAccess graph(m_vault.get(), &m_nam);
    TemplateLibrary library(&cache, &graph);
    library.setPageSize(5);
    QSignalSpy progress(&library, &TemplateLibrary::progress);
    QVERIFY(refreshNow(library, profileFor(*m_sim)));
    // 25 seeded templates in pages of 5: five pages, each reported as it arrived.
    QCOMPARE(progress.size(), 5);
    QCOMPARE(progress.at(0).at(0).toInt(), 5);
    QCOMPARE(progress.at(1).at(0).toInt(), 10);
    QCOMPARE(progress.at(4).at(0).toInt(), 25);
    QCOMPARE(progress.at(4).at(1).toInt(), 5);
    const QList<QUrlQuery> requests = templateRequests(*m_sim);
    QCOMPARE(requests.size(), 5);
    QVERIFY(!requests.at(0).hasQueryItem(u"after"_s));
    QVERIFY(requests.at(1).hasQueryItem(u"after"_s));
    QVERIFY(requests.at(2).hasQueryItem(u"after"_s));
    QVERIFY(requests.at(0).queryItemValue(u"fields"_s).contains(u"components"_s));
    QCOMPARE(requests.at(0).queryItemValue(u"limit"_s), u"5"_s);
    // Every template, in Graph's order, with its whole definition.
    const QList<TemplateDefinition> &all = library.definitions(profileFor(*m_sim).name);
    QCOMPARE(all.size(), 25);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).name, m_sim->templates().templates().at(i)[u"name"].toString());
        QCOMPARE(all.at(i).language, m_sim->templates().templates().at(i)[u"language"].toString());
    }
    QCOMPARE(library.find(u"Sandbox"_s, u"spring_sale"_s, u"en_US"_s)->bodyVariables,
        QStringList({u"first_name"_s, u"discount"_s}));
}

void TestTemplateLibrary::aStatusWebhookUpdatesTheLibraryAndItsCache()
{
    const StoreLocation path = m_cacheAt;
    HistoryStore history(m_dir.filePath(u"history.sqlite"_s));
    QVERIFY(history.open());
    HistoryLog log(&history);
    {
        TemplateCache cache(path);
        QVERIFY(cache.open());
        GraphAccess graph(m_vault.get(), &m_nam);
        TemplateLibrary library(&cache, &graph);
        QVERIFY(refreshNow(library, profileFor(*m_sim)));
        QVERIFY(library.find(u"Sandbox"_s, u"spring_sale"_s, u"en_US"_s)->isApproved());
        Inbox inbox(&log);
        inbox.setTemplates(&library);
        QSignalSpy updated(&library, &TemplateLibrary::statusUpdated);
        const auto update = [](const QString &event, const QString &reason = u"NONE"_s) {
            const QJsonObject value {{u"event"_s, event}, {u"message_template_id"_s, 1},
                {u"message_template_name"_s, u"spring_sale"_s},
                {u"message_template_language"_s, u"en_US"_s}, {u"reason"_s, reason}};
            const QJsonObject body {{u"object"_s, u"whatsapp_business_account"_s},
                {u"entry"_s,
                    QJsonArray {QJsonObject {{u"id"_s, u"102290129340398"_s},
                        {u"changes"_s,
                            QJsonArray {
                                QJsonObject {{u"field"_s, u"message_template_status_update"_s},
                                    {u"value"_s, value}}}}}}}};
            return ReceivedDelivery {QJsonDocument(body).toJson(), {}, 1, {}, true};
        };
        QVERIFY(inbox.record(u"Sandbox"_s, update(u"FLAGGED"_s))); // a warning: status stays
        QVERIFY(library.find(u"Sandbox"_s, u"spring_sale"_s, u"en_US"_s)->isApproved());
        QVERIFY(inbox.record(u"Sandbox"_s, update(u"PAUSED"_s)));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(library.find(u"Sandbox"_s, u"spring_sale"_s, u"en_US"_s)->status, u"PAUSED"_s);
        // A rejection keeps its reason, which the Templates window shows; a later approval
        // clears it.
        const auto reason = [&library] {
            return library.find(u"Sandbox"_s, u"spring_sale"_s, u"en_US"_s)
                ->json.value(u"rejected_reason")
                .toString();
        };
        QVERIFY(inbox.record(u"Sandbox"_s, update(u"REJECTED"_s, u"INVALID_FORMAT"_s)));
        QCOMPARE(reason(), u"INVALID_FORMAT"_s);
        QVERIFY(inbox.record(u"Sandbox"_s, update(u"APPROVED"_s)));
        QCOMPARE(reason(), u"NONE"_s);
        // Paused again for what follows (a body of its own: the same one would be a retry).
        QVERIFY(inbox.record(u"Sandbox"_s, update(u"PAUSED"_s, u"LOW_QUALITY"_s)));
    }
    TemplateCache cache(path); // kept for the next start, and for the CLI
    QVERIFY(cache.open());
    GraphAccess graph(m_vault.get(), &m_nam);
    TemplateLibrary library(&cache, &graph);
    QCOMPARE(library.find(u"Sandbox"_s, u"spring_sale"_s, u"en_US"_s)->status, u"PAUSED"_s);
    QCOMPARE(library.definitions(u"Sandbox"_s).size(), 25);
}

void TestTemplateLibrary::cachedForOfflineUse()
{
    const StoreLocation path = m_cacheAt;
    {
        TemplateCache cache(path);
        QVERIFY(cache.open());
        GraphAccess graph(m_vault.get(), &m_nam);
        TemplateLibrary library(&cache, &graph);
        QVERIFY(refreshNow(library, profileFor(*m_sim)));
    }
    m_sim.reset(); // offline from here on
    TemplateCache cache(path);
    QVERIFY(cache.open());
    GraphAccess graph(m_vault.get(), &m_nam);
    TemplateLibrary library(&cache, &graph);
    QCOMPARE(library.definitions(u"Sandbox"_s).size(), 25);
    QVERIFY(library.fetchedAt(u"Sandbox"_s).isValid());
    QVERIFY(library.fetchedAt(u"Sandbox"_s).secsTo(QDateTime::currentDateTimeUtc()) < 60);
    const auto otp = library.find(u"Sandbox"_s, u"verification_code"_s, u"ru"_s);
    QVERIFY(otp);
    QCOMPARE(otp->buttons.first().type, u"OTP"_s);
    // Another profile's library is its own.
    QVERIFY(library.definitions(u"Production"_s).isEmpty());
    QVERIFY(!library.fetchedAt(u"Production"_s).isValid());
}

void TestTemplateLibrary::refreshReplacesTheLibrary()
{
    const StoreLocation path = m_cacheAt;
    TemplateCache cache(path);
    QVERIFY(cache.open());
    GraphAccess graph(m_vault.get(), &m_nam);
    TemplateLibrary library(&cache, &graph);
    QVERIFY(refreshNow(library, profileFor(*m_sim)));
    QCOMPARE(library.definitions(u"Sandbox"_s).size(), 25);

    // The account changed: 250 templates now, three pages of 100.
    Sim::SimConfig config = Sim::SimConfig::sandbox();
    config.templateSeed = writeSeed(250);
    Sim::SimulatorServer changed(config);
    QString error;
    QVERIFY2(changed.start(&error), qPrintable(error));
    QVERIFY(refreshNow(library, profileFor(changed)));
    QCOMPARE(templateRequests(changed).size(), 3);
    QCOMPARE(library.definitions(u"Sandbox"_s).size(), 250);
    QVERIFY(!library.find(u"Sandbox"_s, u"hello_world"_s, u"en_US"_s));
    // And the cache holds the new library for the next run.
    TemplateCache again(path);
    QVERIFY(again.open());
    QCOMPARE(again.load(u"Sandbox"_s).templates.size(), 250);
    QCOMPARE(again.load(u"Sandbox"_s).templates.last()[u"name"].toString(), u"bulk_0249"_s);
}

void TestTemplateLibrary::cancelKeepsTheOldLibrary()
{
    TemplateCache cache(m_cacheAt);
    QVERIFY(cache.open());
    GraphAccess graph(m_vault.get(), &m_nam);
    TemplateLibrary library(&cache, &graph);
    QVERIFY(refreshNow(library, profileFor(*m_sim)));
    library.setPageSize(2);
    QSignalSpy progress(&library, &TemplateLibrary::progress);
    QSignalSpy done(&library, &TemplateLibrary::refreshed);
    connect(&library, &TemplateLibrary::progress, &library, [&library] { library.cancel(); });
    QVERIFY(library.refresh(profileFor(*m_sim)));
    QVERIFY(!library.refresh(profileFor(*m_sim))); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QCOMPARE(done.first().at(1).toBool(), false);
    QCOMPARE(done.first().at(2).value<SendResult>().outcome, SendResult::Outcome::Cancelled);
    QCOMPARE(progress.size(), 1); // stopped after the first page
    QCOMPARE(library.definitions(u"Sandbox"_s).size(), 25);
    QCOMPARE(cache.load(u"Sandbox"_s).templates.size(), 25);
}

void TestTemplateLibrary::failureSaysWhyAndKeepsTheOldLibrary()
{
    TemplateCache cache(m_cacheAt);
    QVERIFY(cache.open());
    GraphAccess graph(m_vault.get(), &m_nam);
    TemplateLibrary library(&cache, &graph);
    QVERIFY(refreshNow(library, profileFor(*m_sim)));
    // A profile of the same name whose token Graph refuses.
    Profile other = profileFor(*m_sim);
    other.name = u"Production"_s;
    bool written = false;
    m_vault->write(other.name, QString::fromLatin1(SecretVault::accessToken), "wrong-token", this,
        [&written](TokenStore::Error, const QString &) { written = true; });
    QTRY_VERIFY(written);
    QVERIFY(cache.store(other.name, {QJsonObject {{u"name"_s, u"kept"_s}}}));
    SendResult failure;
    QVERIFY(!refreshNow(library, other, &failure));
    QCOMPARE(failure.outcome, SendResult::Outcome::Rejected);
    QCOMPARE(failure.error.category, ApiError::Category::Unauthorized);
    QCOMPARE(library.definitions(other.name).size(), 1);
    QCOMPARE(library.definitions(other.name).first().name, u"kept"_s);
}

void TestTemplateLibrary::profileWithoutWabaIsRefused()
{
    TemplateCache cache(m_cacheAt);
    QVERIFY(cache.open());
    GraphAccess graph(m_vault.get(), &m_nam);
    TemplateLibrary library(&cache, &graph);
    Profile p = profileFor(*m_sim);
    p.wabaId.clear();
    SendResult failure;
    QVERIFY(!refreshNow(library, p, &failure));
    QCOMPARE(failure.outcome, SendResult::Outcome::NotSent);
    QVERIFY(failure.error.message.contains(u"WhatsApp Business Account"_s));
    QVERIFY(templateRequests(*m_sim).isEmpty());
}

void TestTemplateLibrary::anotherConsolesRefreshIsHeard()
{
    if (!TestStores::postgres())
        QSKIP("a team store's consoles; an agent's file has no other writer");
    // Two consoles on one team database, each with its own connection and library.
    TemplateCache ours(m_cacheAt);
    TemplateCache theirs(m_cacheAt);
    QVERIFY2(ours.open(), qPrintable(ours.lastError()));
    QVERIFY2(theirs.open(), qPrintable(theirs.lastError()));
    GraphAccess graph(m_vault.get(), &m_nam);
    TemplateLibrary fetching(&ours, &graph);
    TemplateLibrary watching(&theirs, &graph);
    QVERIFY(watching.definitions(u"Sandbox"_s).isEmpty()); // read (and empty) before
    QSignalSpy changed(&watching, &TemplateLibrary::changed);
    QSignalSpy ownChange(&fetching, &TemplateLibrary::changed);
    QVERIFY(refreshNow(fetching, profileFor(*m_sim)));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 1000); // by NOTIFY, within a second
    QCOMPARE(changed.first().at(0).toString(), u"Sandbox"_s);
    QCOMPARE(watching.definitions(u"Sandbox"_s).size(), 25);
    QVERIFY(watching.fetchedAt(u"Sandbox"_s).isValid());
    // A console is not told of its own refresh as if another made it.
    QCOMPARE(ownChange.size(), 0);

    // A template the other console submits shows here too, and one it deletes goes.
    TemplateDefinition added = *fetching.find(u"Sandbox"_s, u"hello_world"_s, u"en_US"_s);
    added.json.insert(u"name"_s, u"team_added"_s);
    added.json.insert(u"id"_s, u"team_added_id"_s);
    added = TemplateDefinition::fromJson(added.json);
    QVERIFY(fetching.put(u"Sandbox"_s, added));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 1000);
    QVERIFY(watching.find(u"Sandbox"_s, u"team_added"_s, u"en_US"_s));
    QVERIFY(fetching.drop(u"Sandbox"_s, u"team_added"_s));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 1000);
    QVERIFY(!watching.find(u"Sandbox"_s, u"team_added"_s, u"en_US"_s));
    QCOMPARE(watching.definitions(u"Sandbox"_s).size(), 25);
}

void TestTemplateLibrary::aLostServerConnectionIsMadeAgain()
{
    if (!TestStores::postgres())
        QSKIP("a team store's connection");
    TemplateCache cache(m_cacheAt);
    QVERIFY(cache.open());
    GraphAccess graph(m_vault.get(), &m_nam);
    TemplateLibrary library(&cache, &graph);
    QVERIFY(refreshNow(library, profileFor(*m_sim)));
    // The server ends every session on the database (as a restart would).
    QVERIFY(TestStores::endSessions(m_cacheAt));
    // The next refresh is kept all the same, on a new connection.
    Sim::SimConfig config = Sim::SimConfig::sandbox();
    config.templateSeed = writeSeed(30);
    Sim::SimulatorServer changed(config);
    QString error;
    QVERIFY2(changed.start(&error), qPrintable(error));
    SendResult failure;
    QVERIFY2(refreshNow(library, profileFor(changed), &failure), qPrintable(failure.error.message));
    QVERIFY(TestStores::endSessions(m_cacheAt));
    QCOMPARE(cache.load(u"Sandbox"_s).templates.size(), 30);
}

QTEST_MAIN(TestTemplateLibrary)
#include "tst_templatelibrary.moc"
