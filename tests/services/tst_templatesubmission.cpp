// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/memorytokenstore.h"
#include "storage/secretvault.h"
#include "storage/templatecache.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "services/graphaccess.h"
#include "services/templatelibrary.h"
#include "services/templatesubmission.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

QJsonObject creation(const QString &name)
{
    return QJsonObject {{u"name"_s, name}, {u"language"_s, u"en_US"_s},
        {u"category"_s, u"UTILITY"_s}, {u"parameter_format"_s, u"POSITIONAL"_s},
        {u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s},
                            {u"text"_s, u"Your order {{1}} has shipped."_s},
                            {u"example"_s,
                                QJsonObject {{u"body_text"_s,
                                    QJsonArray {QJsonValue(QJsonArray {u"A-1042"_s})}}}}},
                QJsonObject {{u"type"_s, u"FOOTER"_s}, {u"text"_s, u"Reply STOP to opt out"_s}}}}};
}

} // namespace

/// TemplateSubmission against the simulator over loopback, with a real SQLite cache.
class TestTemplateSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aCreationIsPendingInTheLibraryAndItsCache();
    void theReviewMakesItApproved();
    void aDuplicateIsRefusedAtItsName();
    void creationErrorsSendNothing();
    void anEditIsReviewedAgain();
    void aDeleteDropsIt();
    void aLibraryNeverReadStaysUnread();
    void theReviewWebhookReachesATemplateNotInTheCache();

private:
    Profile profile() const;
    TemplateSubmissionResult submitNow(TemplateSubmission &submission,
        const QJsonObject &definition, const QString &templateId = {});
    bool refreshNow(TemplateLibrary &library);
    qsizetype creationsSeen() const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    MemoryTokenStore m_secrets;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<Sim::SimulatorServer> m_sim;
    std::unique_ptr<TemplateCache> m_cache;
    std::unique_ptr<GraphAccess> m_graph;
    std::unique_ptr<TemplateLibrary> m_library;
};

void TestTemplateSubmission::init()
{
    QVERIFY(m_dir.isValid());
    m_library.reset();
    m_graph.reset();
    m_cache.reset();
    m_vault = std::make_unique<SecretVault>(&m_secrets);
    Sim::SimConfig config = Sim::SimConfig::sandbox();
    config.templateReviewSeconds = 0;
    m_sim = std::make_unique<Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QFile::remove(m_dir.filePath(u"templates.sqlite"_s));
    m_cache = std::make_unique<TemplateCache>(m_dir.filePath(u"templates.sqlite"_s));
    QVERIFY(m_cache->open());
    m_graph = std::make_unique<GraphAccess>(m_vault.get(), &m_nam);
    m_library = std::make_unique<TemplateLibrary>(m_cache.get(), m_graph.get());
    QVERIFY(refreshNow(*m_library));
}

Profile TestTemplateSubmission::profile() const
{
    Profile p;
    p.name = QString::fromLatin1(Profile::sandboxName);
    p.baseUrl = m_sim->baseUrl();
    p.phoneNumberId = u"106540352242922"_s;
    p.wabaId = u"102290129340398"_s;
    return p;
}

TemplateSubmissionResult TestTemplateSubmission::submitNow(
    TemplateSubmission &submission, const QJsonObject &definition, const QString &templateId)
{
    QSignalSpy done(&submission, &TemplateSubmission::submitted);
    if (!submission.submit(profile(), definition, templateId))
        qFatal("the submission did not start");
    // Never before submit() returned, whatever the answer.
    if (!done.isEmpty())
        qFatal("submitted() came inside submit()");
    if (!done.wait(10000))
        qFatal("the submission did not finish");
    return done.first().at(1).value<TemplateSubmissionResult>();
}

bool TestTemplateSubmission::refreshNow(TemplateLibrary &library)
{
    QSignalSpy done(&library, &TemplateLibrary::refreshed);
    if (!library.refresh(profile()) || !done.wait(10000))
        return false;
    return done.first().at(1).toBool();
}

qsizetype TestTemplateSubmission::creationsSeen() const
{
    qsizetype count = 0;
    for (const Sim::RequestLog::Entry &e : m_sim->requestLog().entries())
        count += e.method == u"POST"_s && e.target.contains(u"message_templates"_s);
    return count;
}

void TestTemplateSubmission::aCreationIsPendingInTheLibraryAndItsCache()
{
    TemplateSubmission submission(m_graph.get(), m_library.get());
    QSignalSpy changed(m_library.get(), &TemplateLibrary::changed);
    const TemplateSubmissionResult result = submitNow(submission, creation(u"order_shipped"_s));
    QVERIFY2(result.ok, qPrintable(result.result.error.message));
    QVERIFY(!result.edit);
    QVERIFY(!result.templateId.isEmpty());
    QCOMPARE(result.status, u"PENDING"_s);
    QCOMPARE(changed.size(), 1);
    // In the library at once, without a refresh, and in the cache the CLI and the next run read.
    const auto held = m_library->find(u"Sandbox"_s, u"order_shipped"_s, u"en_US"_s);
    QVERIFY(held);
    QCOMPARE(held->status, u"PENDING"_s);
    QCOMPARE(held->id, result.templateId);
    QCOMPARE(held->bodyVariables, QStringList({u"1"_s}));
    TemplateCache again(m_dir.filePath(u"templates.sqlite"_s));
    QVERIFY(again.open());
    const QList<QJsonObject> cached = again.load(u"Sandbox"_s).templates;
    QCOMPARE(cached.size(), 26);
    QCOMPARE(cached.last().value(u"name").toString(), u"order_shipped"_s);
    QCOMPARE(cached.last().value(u"status").toString(), u"PENDING"_s);
}

void TestTemplateSubmission::theReviewMakesItApproved()
{
    TemplateSubmission submission(m_graph.get(), m_library.get());
    const TemplateSubmissionResult approved = submitNow(submission, creation(u"order_ready"_s));
    QVERIFY(approved.ok);
    const TemplateSubmissionResult rejected = submitNow(submission, creation(u"reject_me"_s));
    QVERIFY(rejected.ok); // taken for review; the review says no
    // The simulator reviews at once (delay 0); Refresh reads the outcome.
    QTRY_VERIFY_WITH_TIMEOUT(refreshNow(*m_library)
            && m_library->find(u"Sandbox"_s, u"order_ready"_s, u"en_US"_s)->isApproved(),
        5000);
    const auto refused = m_library->find(u"Sandbox"_s, u"reject_me"_s, u"en_US"_s);
    QVERIFY(refused);
    QCOMPARE(refused->status, u"REJECTED"_s);
    QCOMPARE(refused->json.value(u"rejected_reason").toString(), u"INVALID_FORMAT"_s);
}

void TestTemplateSubmission::aDuplicateIsRefusedAtItsName()
{
    TemplateSubmission submission(m_graph.get(), m_library.get());
    QVERIFY(submitNow(submission, creation(u"twice"_s)).ok);
    const TemplateSubmissionResult result = submitNow(submission, creation(u"twice"_s));
    QVERIFY(!result.ok);
    QVERIFY(!result.refusedLocally());
    QCOMPARE(result.result.outcome, SendResult::Outcome::Rejected);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().pointer, u"/name"_s);
    QCOMPARE(result.findings.first().code, u"graph.100.2388024"_s);
    QVERIFY(result.findings.first().isError());
    qsizetype named = 0;
    for (const TemplateDefinition &d : m_library->definitions(u"Sandbox"_s))
        named += d.name == u"twice"_s;
    QCOMPARE(named, 1);
}

void TestTemplateSubmission::creationErrorsSendNothing()
{
    TemplateSubmission submission(m_graph.get(), m_library.get());
    QJsonObject definition = creation(u"Bad Name!"_s);
    const qsizetype before = creationsSeen();
    const TemplateSubmissionResult result = submitNow(submission, definition);
    QVERIFY(!result.ok);
    QVERIFY(result.refusedLocally());
    QCOMPARE(result.result.outcome, SendResult::Outcome::NotSent);
    bool atName = false;
    for (const Diagnostic &d : result.findings)
        atName = atName || (d.isError() && d.pointer == u"/name"_s);
    QVERIFY(atName);
    QCOMPARE(creationsSeen(), before);
    QVERIFY(!submission.isBusy());
}

void TestTemplateSubmission::anEditIsReviewedAgain()
{
    TemplateSubmission submission(m_graph.get(), m_library.get());
    const TemplateSubmissionResult created = submitNow(submission, creation(u"to_edit"_s));
    QVERIFY(created.ok);
    QTRY_VERIFY_WITH_TIMEOUT(refreshNow(*m_library)
            && m_library->find(u"Sandbox"_s, u"to_edit"_s, u"en_US"_s)->isApproved(),
        5000);
    QJsonObject edited = creation(u"to_edit"_s);
    QJsonArray components = edited.value(u"components").toArray();
    components.removeLast(); // no footer any more
    edited.insert(u"components"_s, components);
    const TemplateSubmissionResult result = submitNow(submission, edited, created.templateId);
    QVERIFY2(result.ok, qPrintable(result.result.error.message));
    QVERIFY(result.edit);
    QCOMPARE(result.templateId, created.templateId);
    const auto held = m_library->find(u"Sandbox"_s, u"to_edit"_s, u"en_US"_s);
    QCOMPARE(held->status, u"PENDING"_s);
    QVERIFY(held->footerText.isEmpty());
}

void TestTemplateSubmission::aDeleteDropsIt()
{
    TemplateSubmission submission(m_graph.get(), m_library.get());
    QVERIFY(submitNow(submission, creation(u"short_lived"_s)).ok);
    QSignalSpy removed(&submission, &TemplateSubmission::removed);
    QVERIFY(submission.remove(profile(), u"short_lived"_s));
    QVERIFY(!submission.remove(profile(), u"short_lived"_s)); // one at a time
    QVERIFY(removed.wait(10000));
    QVERIFY2(removed.first().at(2).toBool(),
        qPrintable(removed.first().at(3).value<SendResult>().error.message));
    QVERIFY(!m_library->find(u"Sandbox"_s, u"short_lived"_s, u"en_US"_s));
    TemplateCache again(m_dir.filePath(u"templates.sqlite"_s));
    QVERIFY(again.open());
    QCOMPARE(again.load(u"Sandbox"_s).templates.size(), 25);
    // Graph forgot it too: a refresh does not bring it back.
    QVERIFY(refreshNow(*m_library));
    QVERIFY(!m_library->find(u"Sandbox"_s, u"short_lived"_s, u"en_US"_s));
}

void TestTemplateSubmission::aLibraryNeverReadStaysUnread()
{
    TemplateCache cache(m_dir.filePath(u"unread.sqlite"_s));
    QVERIFY(cache.open());
    TemplateLibrary library(&cache, m_graph.get());
    TemplateSubmission submission(m_graph.get(), &library);
    const TemplateSubmissionResult result = submitNow(submission, creation(u"first_one"_s));
    QVERIFY(result.ok);
    // Shown in this session, but no library of one template: the next read brings them all.
    QVERIFY(library.find(u"Sandbox"_s, u"first_one"_s, u"en_US"_s));
    QVERIFY(!library.fetchedAt(u"Sandbox"_s).isValid());
    QVERIFY(!cache.load(u"Sandbox"_s).fetchedAt.isValid());
    QVERIFY(refreshNow(library));
    QCOMPARE(library.definitions(u"Sandbox"_s).size(), 26);
    QCOMPARE(cache.load(u"Sandbox"_s).templates.size(), 26);
}

void TestTemplateSubmission::theReviewWebhookReachesATemplateNotInTheCache()
{
    // Submitted before the library was ever read: the template is only in memory, and the
    // review's webhook must still turn it APPROVED there.
    TemplateCache cache(m_dir.filePath(u"unread-review.sqlite"_s));
    QVERIFY(cache.open());
    TemplateLibrary library(&cache, m_graph.get());
    TemplateSubmission submission(m_graph.get(), &library);
    QVERIFY(submitNow(submission, creation(u"reviewed_early"_s)).ok);
    QSignalSpy updated(&library, &TemplateLibrary::statusUpdated);
    const QJsonObject value {{u"event"_s, u"APPROVED"_s}, {u"message_template_id"_s, 1.0},
        {u"message_template_name"_s, u"reviewed_early"_s},
        {u"message_template_language"_s, u"en_US"_s}, {u"reason"_s, u"NONE"_s}};
    QVERIFY(library.applyStatusUpdate(u"Sandbox"_s, value));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(library.find(u"Sandbox"_s, u"reviewed_early"_s, u"en_US"_s)->status, u"APPROVED"_s);
    // Still no library of one template in the cache.
    QVERIFY(!cache.load(u"Sandbox"_s).fetchedAt.isValid());
}

QTEST_GUILESS_MAIN(TestTemplateSubmission)
#include "tst_templatesubmission.moc"
