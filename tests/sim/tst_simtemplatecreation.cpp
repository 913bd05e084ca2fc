// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Creating templates in the simulator over loopback HTTP, and their review by webhook.
#include "sim/simulatorserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrlQuery>

#include "simclient.h"
#include "webhookreceiver.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;

namespace {

const QString listPath = u"/v25.0/102290129340398/message_templates"_s;
const QByteArray appSecret = "template-review-secret";

QJsonObject definition(const QString &name, const QString &language = u"en_US"_s)
{
    return {{u"name"_s, name}, {u"language"_s, language}, {u"category"_s, u"MARKETING"_s},
        {u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s},
                {u"text"_s, u"Our spring sale starts today: every plant is 20% off."_s}}}}};
}

} // namespace

class TestSimTemplateCreation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createdTemplateIsPendingAndListed();
    void approvedAfterTheDelayBySignedWebhook();
    void theSimulatorClockEndsTheReview();
    void aRejectNameIsRejectedWithItsReason();
    void onlyAnApprovedCreationCanBeSent();
    void aRefusedCreationNamesItsParam();
    void aNameAndLanguageThatExistAreRefused();
    void reviewDelayOptionIsValidated();
    void atMostAHundredCreationsAnHour();
    void pagingReachesCreatedTemplates();

private:
    QJsonObject listed(const QString &name);
    void setReviewSeconds(int seconds);

    std::unique_ptr<Wac::Test::WebhookReceiver> m_receiver;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
    std::unique_ptr<Wac::Test::SimClient> m_control;
};

void TestSimTemplateCreation::init()
{
    m_receiver = std::make_unique<Wac::Test::WebhookReceiver>();
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.webhooks = {m_receiver->url()};
    config.appSecret = appSecret;
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
    m_control = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl(), QByteArray());
}

QJsonObject TestSimTemplateCreation::listed(const QString &name)
{
    const Answer answer = m_client->get(listPath + u"?name="_s + name);
    for (const QJsonValue &tpl : answer.json().value(u"data").toArray()) {
        if (tpl[u"name"_s] == name)
            return tpl.toObject();
    }
    return {};
}

void TestSimTemplateCreation::setReviewSeconds(int seconds)
{
    const Answer answer =
        m_control->postJson(u"/_sim/options"_s, {{u"template_review_seconds"_s, seconds}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"template_review_seconds").toInt(), seconds);
}

void TestSimTemplateCreation::createdTemplateIsPendingAndListed()
{
    const Answer answer = m_client->postJson(listPath, definition(u"summer_sale_news"_s));
    QCOMPARE(answer.status, 200);
    const QJsonObject created = answer.json();
    QCOMPARE(created.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(created.value(u"category").toString(), u"MARKETING"_s);
    bool numeric = false;
    created.value(u"id").toString().toLongLong(&numeric);
    QVERIFY2(numeric, answer.body.constData());

    const QJsonObject tpl = listed(u"summer_sale_news"_s);
    QCOMPARE(tpl.value(u"id"), created.value(u"id"));
    QCOMPARE(tpl.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(tpl.value(u"parameter_format").toString(), u"POSITIONAL"_s);
    QCOMPARE(tpl.value(u"components"), definition(u"summer_sale_news"_s).value(u"components"));
    const Answer byId = m_client->get(u"/v25.0/"_s + created.value(u"id").toString());
    QCOMPARE(byId.json().value(u"name").toString(), u"summer_sale_news"_s);
}

void TestSimTemplateCreation::approvedAfterTheDelayBySignedWebhook()
{
    setReviewSeconds(1);
    QElapsedTimer waited;
    waited.start();
    const Answer answer = m_client->postJson(listPath, definition(u"garden_news"_s, u"pt_BR"_s));
    QCOMPARE(answer.status, 200);
    QTest::qWait(300);
    QCOMPARE(listed(u"garden_news"_s).value(u"status").toString(), u"PENDING"_s);
    QVERIFY(m_receiver->deliveries().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->deliveries().size(), 1, 5000);
    QVERIFY2(waited.elapsed() >= 950, qPrintable(QString::number(waited.elapsed())));
    const auto &delivery = m_receiver->deliveries().first();
    QCOMPARE(delivery.signature,
        "sha256="
            + QMessageAuthenticationCode::hash(delivery.body, appSecret, QCryptographicHash::Sha256)
                  .toHex());
    const QJsonObject body = QJsonDocument::fromJson(delivery.body).object();
    QCOMPARE(body.value(u"object").toString(), u"whatsapp_business_account"_s);
    const QJsonObject entry = body.value(u"entry").toArray().first().toObject();
    QCOMPARE(entry.value(u"id").toString(), u"102290129340398"_s);
    QVERIFY(entry.value(u"time").toInteger() > 1'700'000'000);
    const QJsonObject change = entry.value(u"changes").toArray().first().toObject();
    QCOMPARE(change.value(u"field").toString(), u"message_template_status_update"_s);
    const QJsonObject value = change.value(u"value").toObject();
    QCOMPARE(value.value(u"event").toString(), u"APPROVED"_s);
    QCOMPARE(value.value(u"reason").toString(), u"NONE"_s);
    QCOMPARE(value.value(u"message_template_name").toString(), u"garden_news"_s);
    QCOMPARE(value.value(u"message_template_language").toString(), u"pt_BR"_s);
    QVERIFY(value.value(u"message_template_id").isDouble()); // a number, as Meta sends it
    QCOMPARE(QString::number(value.value(u"message_template_id").toInteger()),
        answer.json().value(u"id").toString());
    QCOMPARE(listed(u"garden_news"_s).value(u"status").toString(), u"APPROVED"_s);
}

void TestSimTemplateCreation::theSimulatorClockEndsTheReview()
{
    setReviewSeconds(3600);
    QCOMPARE(m_client->postJson(listPath, definition(u"autumn_sale"_s)).status, 200);
    QTest::qWait(200);
    QCOMPARE(listed(u"autumn_sale"_s).value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(m_control->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 3599}}).status, 200);
    QTest::qWait(200);
    QCOMPARE(listed(u"autumn_sale"_s).value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(m_control->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 1}}).status, 200);
    QCOMPARE(listed(u"autumn_sale"_s).value(u"status").toString(), u"APPROVED"_s);
    QTRY_COMPARE(m_receiver->valuesWith(u"event"_s).size(), 1);
}

void TestSimTemplateCreation::aRejectNameIsRejectedWithItsReason()
{
    setReviewSeconds(0);
    QCOMPARE(m_client->postJson(listPath, definition(u"please_reject_me"_s)).status, 200);
    QTRY_COMPARE(m_receiver->valuesWith(u"event"_s).size(), 1);
    const QJsonObject value = m_receiver->valuesWith(u"event"_s).first();
    QCOMPARE(value.value(u"event").toString(), u"REJECTED"_s);
    QCOMPARE(value.value(u"reason").toString(), u"INVALID_FORMAT"_s);
    const QJsonObject tpl = listed(u"please_reject_me"_s);
    QCOMPARE(tpl.value(u"status").toString(), u"REJECTED"_s);
    QCOMPARE(tpl.value(u"rejected_reason").toString(), u"INVALID_FORMAT"_s);
}

void TestSimTemplateCreation::onlyAnApprovedCreationCanBeSent()
{
    setReviewSeconds(60);
    QCOMPARE(m_client->postJson(listPath, definition(u"sent_when_approved"_s)).status, 200);
    const QJsonObject send {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"+16505551234"_s},
        {u"type"_s, u"template"_s},
        {u"template"_s,
            QJsonObject {{u"name"_s, u"sent_when_approved"_s},
                {u"language"_s, QJsonObject {{u"code"_s, u"en_US"_s}}}}}};
    const QString messages = u"/v25.0/106540352242922/messages"_s;
    QCOMPARE(m_client->postJson(messages, send).graphCode(), 132001); // still PENDING
    QCOMPARE(m_control->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 60}}).status, 200);
    QCOMPARE(m_client->postJson(messages, send).status, 200);
}

void TestSimTemplateCreation::aRefusedCreationNamesItsParam()
{
    QJsonObject tpl = definition(u"too_long_button"_s);
    QJsonArray components = tpl.value(u"components").toArray();
    components.append(QJsonObject {{u"type"_s, u"BUTTONS"_s},
        {u"buttons"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"QUICK_REPLY"_s},
                {u"text"_s, u"This quick reply is far too long for Meta"_s}}}}});
    tpl.insert(u"components"_s, components);
    const Answer answer = m_client->postJson(listPath, tpl);
    QCOMPARE(answer.status, 400);
    const QJsonObject error = answer.graphError();
    QCOMPARE(error.value(u"code").toInt(), 100);
    QCOMPARE(error.value(u"message").toString(), u"Invalid parameter"_s);
    QCOMPARE(error.value(u"error_subcode").toInt(), 2388040);
    QCOMPARE(error.value(u"is_transient"), QJsonValue(false));
    QVERIFY(!error.value(u"error_user_title").toString().isEmpty());
    QVERIFY(!error.value(u"fbtrace_id").toString().isEmpty());
    const QString message = error.value(u"error_user_msg").toString();
    QVERIFY2(
        message.startsWith(u"Param components[1]['buttons'][0]['text'] "_s), qPrintable(message));
    QVERIFY2(message.contains(u"components.buttons.text"_s), qPrintable(message));
    QVERIFY(listed(u"too_long_button"_s).isEmpty()); // nothing was stored
}

void TestSimTemplateCreation::aNameAndLanguageThatExistAreRefused()
{
    QCOMPARE(m_client->postJson(listPath, definition(u"twice"_s)).status, 200);
    const Answer again = m_client->postJson(listPath, definition(u"twice"_s));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.graphError().value(u"error_subcode").toInt(), 2388024);
    QCOMPARE(again.graphError().value(u"error_user_title").toString(),
        u"Message template already exists"_s);
    const Answer seeded = m_client->postJson(listPath, definition(u"spring_sale"_s)); // a seed's
    QCOMPARE(seeded.graphError().value(u"error_subcode").toInt(), 2388024);
    // Another language of the same name is another template.
    QCOMPARE(m_client->postJson(listPath, definition(u"twice"_s, u"ru"_s)).status, 200);
}

void TestSimTemplateCreation::reviewDelayOptionIsValidated()
{
    QCOMPARE(m_control->get(u"/_sim/options"_s).json().value(u"template_review_seconds").toInt(),
        5); // the default
    for (const QJsonValue &wrong :
        {QJsonValue(-1), QJsonValue(u"5"_s), QJsonValue(1.5), QJsonValue(86401), QJsonValue()}) {
        const Answer answer =
            m_control->postJson(u"/_sim/options"_s, {{u"template_review_seconds"_s, wrong}});
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.body.contains("template_review_seconds"), answer.body.constData());
    }
    QCOMPARE(
        m_control->get(u"/_sim/options"_s).json().value(u"template_review_seconds").toInt(), 5);
    setReviewSeconds(0);
}

void TestSimTemplateCreation::atMostAHundredCreationsAnHour()
{
    for (int i = 0; i < 100; ++i) {
        const Answer answer =
            m_client->postJson(listPath, definition(u"batch_%1"_s.arg(i, 3, 10, QLatin1Char('0'))));
        QCOMPARE(answer.status, 200);
    }
    const Answer refused = m_client->postJson(listPath, definition(u"batch_100"_s));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.graphCode(), 80008);
    QVERIFY(listed(u"batch_100"_s).isEmpty());
    QCOMPARE(m_control->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 3600}}).status, 200);
    QCOMPARE(m_client->postJson(listPath, definition(u"batch_100"_s)).status, 200);
}

void TestSimTemplateCreation::pagingReachesCreatedTemplates()
{
    const int seeds = int(m_server->templates().templates().size());
    for (const QString &name : {u"page_one"_s, u"page_two"_s, u"page_three"_s})
        QCOMPARE(m_client->postJson(listPath, definition(name)).status, 200);
    QStringList names;
    QString next = listPath + u"?limit=7&fields=name,status"_s;
    for (int pages = 0; !next.isEmpty() && pages < 20; ++pages) {
        const QJsonObject page = m_client->get(next).json();
        for (const QJsonValue &tpl : page.value(u"data").toArray())
            names.append(tpl[u"name"_s].toString());
        const QUrl url(page.value(u"paging")[u"next"_s].toString());
        next = url.isEmpty() ? QString() : url.path() + u'?' + url.query();
    }
    QCOMPARE(names.size(), seeds + 3);
    QCOMPARE(names.mid(seeds), QStringList({u"page_one"_s, u"page_two"_s, u"page_three"_s}));
}

QTEST_GUILESS_MAIN(TestSimTemplateCreation)
#include "tst_simtemplatecreation.moc"
