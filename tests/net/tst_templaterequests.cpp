// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/cloudapiclient.h"
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Outcome = Wac::SendResult::Outcome;

namespace {

constexpr auto waba = "102290129340398";

QJsonObject creation(const QString &name)
{
    return QJsonObject {{u"name"_s, name}, {u"language"_s, u"en_US"_s},
        {u"category"_s, u"UTILITY"_s},
        {u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s},
                {u"text"_s, u"Your order {{1}} has shipped."_s},
                {u"example"_s,
                    QJsonObject {
                        {u"body_text"_s, QJsonArray {QJsonValue(QJsonArray {u"A-1042"_s})}}}}}}}};
}

} // namespace

/// The template edges of CloudApiClient, against the simulator: what goes out, and what is
/// refused before anything does.
class TestTemplateRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createPostsTheDefinitionToTheWaba();
    void editSendsOnlyWhatAnEditChanges();
    void deleteNamesTheTemplate();
    void refusedWithoutWabaOrWithABadId();

private:
    Wac::SendResult run(Wac::SendJob *job);
    const Wac::Sim::RequestLog::Entry &lastRequest() const;
    Wac::ApiConfig config(const QString &wabaId) const;

    QNetworkAccessManager m_nam;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::CloudApiClient> m_client;
};

void TestTemplateRequests::init()
{
    Wac::Sim::SimConfig sim = Wac::Sim::SimConfig::sandbox();
    sim.templateReviewSeconds = 0; // edits need a reviewed template
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(sim);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::CloudApiClient>(&m_nam, config(QLatin1String(waba)));
    m_client->setToken("sandbox-token");
}

Wac::ApiConfig TestTemplateRequests::config(const QString &wabaId) const
{
    Wac::ApiConfig config;
    config.baseUrl = m_server->baseUrl();
    config.phoneNumberId = u"106540352242922"_s;
    config.wabaId = wabaId;
    config.timeoutMs = 5000;
    return config;
}

Wac::SendResult TestTemplateRequests::run(Wac::SendJob *job)
{
    QSignalSpy finished(job, &Wac::SendJob::finished);
    if (!finished.wait(10000))
        qFatal("the job did not finish");
    return finished.takeFirst().at(0).value<Wac::SendResult>();
}

const Wac::Sim::RequestLog::Entry &TestTemplateRequests::lastRequest() const
{
    return m_server->requestLog().entries().constLast();
}

void TestTemplateRequests::createPostsTheDefinitionToTheWaba()
{
    QJsonObject definition = creation(u"order_shipped_tr"_s);
    // As the library holds it: what Graph says about a template is no part of a creation.
    definition.insert(u"id"_s, u"1234"_s);
    definition.insert(u"status"_s, u"APPROVED"_s);
    const Wac::SendResult result = run(m_client->createTemplate(definition));
    const Wac::Sim::RequestLog::Entry &request = lastRequest();
    QCOMPARE(request.method, u"POST"_s);
    QVERIFY2(request.target.endsWith(u"/102290129340398/message_templates"_s),
        qPrintable(request.target));
    const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(sent, creation(u"order_shipped_tr"_s));
    QCOMPARE(result.outcome, Outcome::Accepted);
    QVERIFY(!result.response.value(u"id").toString().isEmpty());
    QCOMPARE(result.response.value(u"status").toString(), u"PENDING"_s);
}

void TestTemplateRequests::editSendsOnlyWhatAnEditChanges()
{
    const Wac::SendResult created = run(m_client->createTemplate(creation(u"edit_me_tr"_s)));
    QCOMPARE(created.outcome, Outcome::Accepted);
    const QString id = created.response.value(u"id").toString();
    // Graph edits only a reviewed template (not a PENDING one).
    QTRY_COMPARE_WITH_TIMEOUT(
        m_server->templates().findById(id).value_or(QJsonObject()).value(u"status").toString(),
        u"APPROVED"_s, 5000);
    QJsonObject edited = creation(u"edit_me_tr"_s);
    QJsonArray components = edited.value(u"components").toArray();
    QJsonObject body = components.at(0).toObject();
    body.insert(u"text"_s, u"Order {{1}} is on its way."_s);
    components.replace(0, body);
    edited.insert(u"components"_s, components);
    edited.insert(u"parameter_format"_s, u"POSITIONAL"_s);
    edited.insert(u"id"_s, id);
    const Wac::SendResult result = run(m_client->editTemplate(id, edited));
    const Wac::Sim::RequestLog::Entry &request = lastRequest();
    QCOMPARE(request.method, u"POST"_s);
    QVERIFY2(request.target.endsWith(u'/' + id), qPrintable(request.target));
    const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
    // Name, language and parameter format are fixed once created; an edit changes the rest.
    QCOMPARE(sent.keys(), QStringList({u"category"_s, u"components"_s}));
    QCOMPARE(sent.value(u"components"), edited.value(u"components"));
    QVERIFY2(result.outcome == Outcome::Accepted, result.body.constData());
    QVERIFY(result.response.value(u"success").toBool());
}

void TestTemplateRequests::deleteNamesTheTemplate()
{
    QCOMPARE(run(m_client->createTemplate(creation(u"delete_me_tr"_s))).outcome, Outcome::Accepted);
    const Wac::SendResult result = run(m_client->deleteTemplate(u"delete_me_tr"_s));
    const Wac::Sim::RequestLog::Entry &request = lastRequest();
    QCOMPARE(request.method, u"DELETE"_s);
    const QUrl target(request.target);
    QVERIFY2(target.path().endsWith(u"/102290129340398/message_templates"_s),
        qPrintable(request.target));
    QCOMPARE(QUrlQuery(target).queryItemValue(u"name"_s), u"delete_me_tr"_s);
    QVERIFY(!QUrlQuery(target).hasQueryItem(u"hsm_id"_s));
    QCOMPARE(result.outcome, Outcome::Accepted);
    // Gone: a second delete of the name is Graph's 400 code 100.
    const Wac::SendResult again = run(m_client->deleteTemplate(u"delete_me_tr"_s, u"42"_s));
    QCOMPARE(QUrlQuery(QUrl(lastRequest().target)).queryItemValue(u"hsm_id"_s), u"42"_s);
    QCOMPARE(again.outcome, Outcome::Rejected);
    QCOMPARE(again.error.code, 100);
}

void TestTemplateRequests::refusedWithoutWabaOrWithABadId()
{
    Wac::CloudApiClient noWaba(&m_nam, config(QString()));
    noWaba.setToken("sandbox-token");
    const qsizetype before = m_server->requestLog().entries().size();
    Wac::SendResult result = run(noWaba.createTemplate(creation(u"no_waba"_s)));
    QCOMPARE(result.outcome, Outcome::NotSent);
    QVERIFY2(
        result.error.message.contains(u"Business Account ID"_s), qPrintable(result.error.message));
    QCOMPARE(run(noWaba.deleteTemplate(u"no_waba"_s)).outcome, Outcome::NotSent);
    // The id becomes the path: a name or a path in its place would address another object.
    for (const QString &id : {QString(), u"abc"_s, u"123/subscribed_apps"_s}) {
        result = run(m_client->editTemplate(id, creation(u"x"_s)));
        QCOMPARE(result.outcome, Outcome::NotSent);
    }
    QCOMPARE(run(m_client->deleteTemplate(QString())).outcome, Outcome::NotSent);
    QCOMPARE(m_server->requestLog().entries().size(), before);
}

QTEST_GUILESS_MAIN(TestTemplateRequests)
#include "tst_templaterequests.moc"
