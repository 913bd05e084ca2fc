// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "simclient.h"
#include "templateparts.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;
using namespace Wac::Test::TemplateParts;

namespace {

const QString listPath = u"/v25.0/102290129340398/message_templates"_s;
const QString messagesPath = u"/v25.0/106540352242922/messages"_s;

QJsonObject image()
{
    return {{u"type"_s, u"image"_s},
        {u"image"_s, QJsonObject {{u"link"_s, u"https://example.com/a.jpg"_s}}}};
}

} // namespace

class TestSimTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedsCoverTheLibraryTheIssueAsksFor();
    void pagesThroughEveryTemplate();
    void fieldsAndFilters();
    void unknownWabaIsAGraphMethodError();
    void aWrongPageRequestIsAGraphError();
    void sends_data();
    void sends();

private:
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
};

void TestSimTemplates::initTestCase()
{
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
}

void TestSimTemplates::seedsCoverTheLibraryTheIssueAsksFor()
{
    QSet<QString> seen;
    const auto &templates = m_server->templates().templates();
    QVERIFY(templates.size() >= 12);
    for (const QJsonObject &tpl : templates) {
        seen << tpl.value(u"category").toString() << tpl.value(u"language").toString()
             << tpl.value(u"status").toString() << tpl.value(u"parameter_format").toString();
        for (const QJsonValue &c : tpl.value(u"components").toArray()) {
            const QJsonObject component = c.toObject();
            seen << u"HEADER:"_s + component.value(u"format").toString()
                 << component.value(u"type").toString();
            for (const QJsonValue &card : component.value(u"cards").toArray()) {
                const QJsonValue header = card.toObject().value(u"components").toArray().first();
                seen << u"CAROUSEL:"_s + header.toObject().value(u"format").toString();
            }
            for (const QJsonValue &b : c.toObject().value(u"buttons").toArray())
                seen << u"BUTTON:"_s + b.toObject().value(u"type").toString();
        }
    }
    for (const QString &needed : {u"MARKETING"_s, u"UTILITY"_s, u"AUTHENTICATION"_s, u"en_US"_s,
             u"ru"_s, u"pt_BR"_s, u"APPROVED"_s, u"PENDING"_s, u"REJECTED"_s, u"PAUSED"_s,
             u"POSITIONAL"_s, u"NAMED"_s, u"HEADER:TEXT"_s, u"HEADER:IMAGE"_s, u"HEADER:VIDEO"_s,
             u"HEADER:DOCUMENT"_s, u"HEADER:LOCATION"_s, u"BUTTON:QUICK_REPLY"_s, u"BUTTON:URL"_s,
             u"BUTTON:PHONE_NUMBER"_s, u"BUTTON:COPY_CODE"_s, u"BUTTON:FLOW"_s, u"BUTTON:OTP"_s,
             u"BUTTON:CATALOG"_s, u"BUTTON:MPM"_s, u"BUTTON:VOICE_CALL"_s,
             u"BUTTON:ORDER_DETAILS"_s, u"CAROUSEL:IMAGE"_s, u"CAROUSEL:PRODUCT"_s,
             u"LIMITED_TIME_OFFER"_s, u"CALL_PERMISSION_REQUEST"_s})
        QVERIFY2(seen.contains(needed), qPrintable(needed));
}

void TestSimTemplates::pagesThroughEveryTemplate()
{
    QStringList ids;
    QString next = listPath + u"?limit=4"_s;
    int pages = 0;
    while (!next.isEmpty()) {
        const Answer answer = m_client->getUrl(m_server->baseUrl().resolved(QUrl(next)));
        QCOMPARE(answer.status, 200);
        const QJsonObject body = answer.json();
        const QJsonArray data = body.value(u"data").toArray();
        QVERIFY(!data.isEmpty() && data.size() <= 4);
        for (const QJsonValue &t : data)
            ids.append(t.toObject().value(u"id").toString());
        const QJsonObject paging = body.value(u"paging").toObject();
        QVERIFY(paging.value(u"cursors").toObject().contains(u"after"));
        QCOMPARE(paging.contains(u"previous"), pages > 0);
        next = paging.value(u"next").toString();
        QVERIFY(++pages < 10);
    }
    QCOMPARE(pages, 7); // 25 templates, 4 per page
    QCOMPARE(ids.size(), m_server->templates().templates().size());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());

    // "before" walks back from the last page to the one before it.
    const Answer first = m_client->get(listPath + u"?limit=4"_s);
    const QString after = first.json()
                              .value(u"paging")
                              .toObject()
                              .value(u"cursors")
                              .toObject()
                              .value(u"after")
                              .toString();
    const Answer second = m_client->get(listPath + u"?limit=4&after="_s + after);
    const QString previous =
        second.json().value(u"paging").toObject().value(u"previous").toString();
    const Answer back = m_client->getUrl(QUrl(previous));
    QCOMPARE(back.json().value(u"data"), first.json().value(u"data"));
}

void TestSimTemplates::fieldsAndFilters()
{
    const Answer answer =
        m_client->get(listPath + u"?fields=name,status&status=APPROVED&limit=100"_s);
    const QJsonArray data = answer.json().value(u"data").toArray();
    QCOMPARE(data.size(), 22);
    for (const QJsonValue &value : data) {
        const QJsonObject t = value.toObject();
        QCOMPARE(t.keys(), QStringList({u"id"_s, u"name"_s, u"status"_s}));
        QCOMPARE(t.value(u"status").toString(), u"APPROVED"_s);
    }
    QVERIFY(!answer.json().contains(u"paging")
        || !answer.json().value(u"paging").toObject().contains(u"next"));
    const QJsonArray ru =
        m_client->get(listPath + u"?language=ru"_s).json().value(u"data").toArray();
    QCOMPARE(ru.size(), 2);
    QVERIFY(
        !ru.at(0).toObject().contains(u"sim_message_status")); // simulator-only key stays inside
}

void TestSimTemplates::unknownWabaIsAGraphMethodError()
{
    const Answer answer = m_client->get(u"/v25.0/999999/message_templates"_s);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.graphCode(), 100);
    QCOMPARE(answer.graphError().value(u"error_subcode").toInt(), 33);
}

// Graph answers a limit that is not a positive number, or a cursor it never gave, with error
// 100; the simulator gave every template instead. A limit above a page's most is given the most.
void TestSimTemplates::aWrongPageRequestIsAGraphError()
{
    for (const QString &query : {u"limit=0"_s, u"limit=-1"_s, u"limit=abc"_s, u"after=garbage"_s,
             u"before=garbage"_s, u"after=LTU"_s /* the index -5 */}) {
        const Answer answer = m_client->get(listPath + u'?' + query);
        QVERIFY2(answer.status == 400, qPrintable(query));
        QCOMPARE(answer.graphCode(), 100);
    }
    const Answer most = m_client->get(listPath + u"?limit=1000000"_s);
    QCOMPARE(most.status, 200);
    QVERIFY(!most.json().value(u"data").toArray().isEmpty());
}

void TestSimTemplates::sends_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messageStatus");
    const auto urlButton = button(u"url"_s, 0, text(u"1042"_s));
    QTest::newRow("positional with document header and url button") << templateSend(
        u"order_confirmation"_s, u"en_US"_s,
        {component(u"header"_s,
             {QJsonObject {{u"type"_s, u"document"_s},
                 {u"document"_s, QJsonObject {{u"link"_s, u"https://e.com/r.pdf"_s}}}}}),
            component(u"body"_s, {text(u"Pablo"_s), text(u"#1042"_s), text(u"$9"_s)}), urlButton})
                                                                    << 200 << 0 << QString();
    QTest::newRow("named with image header, paced? no")
        << templateSend(u"spring_sale"_s, u"en_US"_s,
               {component(u"header"_s, {image()}),
                   component(u"body"_s,
                       {named(u"discount"_s, u"20%"_s), named(u"first_name"_s, u"Ana"_s)})})
        << 200 << 0 << QString();
    QTest::newRow("paced accepted") << templateSend(u"product_launch"_s, u"en_US"_s,
        {component(u"header"_s,
             {QJsonObject {
                 {u"type"_s, u"video"_s}, {u"video"_s, QJsonObject {{u"id"_s, u"1"_s}}}}}),
            component(u"body"_s, {text(u"Aloe"_s), text(u"May"_s)})})
                                    << 200 << 0 << u"accepted"_s;
    QTest::newRow("paced held") << templateSend(u"coupon_offer"_s, u"en_US"_s,
        {component(u"body"_s, {text(u"20%"_s), text(u"Sunday"_s)}),
            button(u"copy_code"_s, 0,
                {{u"type"_s, u"coupon_code"_s}, {u"coupon_code"_s, u"SAVE20"_s}}),
            button(u"url"_s, 1, text(u"sale"_s))})
                                << 200 << 0 << u"held_for_quality_assessment"_s;
    QTest::newRow("otp as url button") << templateSend(u"verification_code"_s, u"ru"_s,
        {component(u"body"_s, {text(u"123456"_s)}), button(u"url"_s, 0, text(u"123456"_s))})
                                       << 200 << 0 << QString();
    QTest::newRow("no parameters template")
        << templateSend(u"hello_world"_s, u"en_US"_s, {}) << 200 << 0 << QString();
    QTest::newRow("unknown template")
        << templateSend(u"nope"_s, u"en_US"_s, {}) << 404 << 132001 << QString();
    QTest::newRow("language not translated")
        << templateSend(u"hello_world"_s, u"ru"_s, {}) << 404 << 132001 << QString();
    QTest::newRow("pending") << templateSend(
        u"feedback_request"_s, u"en_US"_s, {component(u"body"_s, {text(u"x"_s)})})
                             << 404 << 132001 << QString();
    QTest::newRow("rejected") << templateSend(u"winback_offer"_s, u"en_US"_s, {}) << 404 << 132001
                              << QString();
    QTest::newRow("paused") << templateSend(u"payment_reminder"_s, u"en_US"_s, {}) << 400 << 132015
                            << QString();
    QTest::newRow("body count mismatch") << templateSend(u"delivery_update"_s, u"ru"_s,
        {component(u"header"_s, {text(u"#1"_s)}), component(u"body"_s, {text(u"Анна"_s)})})
                                         << 400 << 132000 << QString();
    QTest::newRow("header text missing") << templateSend(
        u"delivery_update"_s, u"ru"_s, {component(u"body"_s, {text(u"a"_s), text(u"b"_s)})})
                                         << 400 << 132000 << QString();
    QTest::newRow("named template sent positional") << templateSend(u"spring_sale"_s, u"en_US"_s,
        {component(u"header"_s, {image()}), component(u"body"_s, {text(u"Ana"_s), text(u"20%"_s)})})
                                                    << 400 << 132012 << QString();
    QTest::newRow("image header missing") << templateSend(u"spring_sale"_s, u"en_US"_s,
        {component(u"body"_s, {named(u"first_name"_s, u"Ana"_s), named(u"discount"_s, u"5%"_s)})})
                                          << 400 << 132012 << QString();
    QTest::newRow("url button variable missing")
        << templateSend(u"order_confirmation"_s, u"pt_BR"_s,
               {component(u"header"_s,
                    {QJsonObject {{u"type"_s, u"document"_s},
                        {u"document"_s, QJsonObject {{u"id"_s, u"1"_s}}}}}),
                   component(u"body"_s, {text(u"a"_s), text(u"b"_s), text(u"c"_s)})})
        << 400 << 132000 << QString();
    QTest::newRow("button sub_type mismatch") << templateSend(u"delivery_update"_s, u"ru"_s,
        {component(u"header"_s, {text(u"#1"_s)}),
            component(u"body"_s, {text(u"a"_s), text(u"b"_s)}), urlButton})
                                              << 400 << 132012 << QString();
    QTest::newRow("hydrated body too long") << templateSend(u"store_pickup"_s, u"pt_BR"_s,
        {component(u"header"_s,
             {QJsonObject {{u"type"_s, u"location"_s},
                 {u"location"_s, QJsonObject {{u"latitude"_s, 1}, {u"longitude"_s, 2}}}}}),
            component(u"body"_s, {text(QString(1000, u'x'))})})
                                            << 400 << 132005 << QString();
}

void TestSimTemplates::sends()
{
    QFETCH(QJsonObject, message);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, messageStatus);
    const Answer answer = m_client->postJson(messagesPath, message);
    QVERIFY2(answer.status == status, answer.body.constData());
    QCOMPARE(answer.graphCode(), code);
    if (status == 200) {
        const QJsonObject sent = answer.json().value(u"messages").toArray().at(0).toObject();
        QCOMPARE(sent.value(u"message_status").toString(), messageStatus);
    } else {
        QVERIFY(!answer.graphError()
                     .value(u"error_data")
                     .toObject()
                     .value(u"details")
                     .toString()
                     .isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSimTemplates)
#include "tst_simtemplates.moc"
