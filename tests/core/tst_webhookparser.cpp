// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/webhooks/webhookparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

const QJsonArray defaultContacts {QJsonObject {
    {u"profile"_s, QJsonObject {{u"name"_s, u"Pablo Morales"_s}}}, {u"wa_id"_s, u"16505551234"_s}}};

QJsonObject change(const QString &field, const QJsonObject &value)
{
    return {{u"field"_s, field}, {u"value"_s, value}};
}

QJsonObject body(const QJsonArray &changes)
{
    return {{u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
            QJsonArray {QJsonObject {{u"id"_s, u"102290129340398"_s}, {u"changes"_s, changes}}}}};
}

QJsonObject messagesValue(const QJsonObject &additions)
{
    QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {{u"display_phone_number"_s, u"15550783881"_s},
                {u"phone_number_id"_s, u"106540352242922"_s}}}};
    for (auto it = additions.begin(); it != additions.end(); ++it)
        value.insert(it.key(), it.value());
    return value;
}

} // namespace

class TestWebhookParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryInboundType_data();
    void readsEveryInboundType();
    void readsStatusesWithTheirErrorsPricingAndBsuid();
    void keepsOtherFieldsWhole();
    void namesWhatDoesNotFitAndGoesOn();
    void aThousandUpdatesInOneBatch();
};

void TestWebhookParser::readsEveryInboundType_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    QFile file(QStringLiteral(WACONSOLE_TEST_DATA_DIR "/webhooks/inbound-messages.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()[u"cases"_s].toArray();
    QVERIFY(cases.size() >= 25);
    for (const QJsonValue &value : cases)
        QTest::newRow(qPrintable(value[u"name"_s].toString())) << value.toObject();
}

void TestWebhookParser::readsEveryInboundType()
{
    QFETCH(QJsonObject, testCase);
    const QJsonObject message = testCase[u"message"_s].toObject();
    const QJsonArray contacts =
        testCase.contains(u"contacts") ? testCase[u"contacts"_s].toArray() : defaultContacts;
    const WebhookDelivery delivery = WebhookParser::parse(body({change(u"messages"_s,
        messagesValue({{u"contacts"_s, contacts}, {u"messages"_s, QJsonArray {message}}}))}));
    QVERIFY2(delivery.problems.isEmpty(), qPrintable(delivery.problems.join(u", ")));
    QCOMPARE(delivery.messages.size(), 1);
    const WebhookMessage &m = delivery.messages.first();
    const QJsonObject expect = testCase[u"expect"_s].toObject();
    QCOMPARE(m.wamid, message[u"id"_s].toString());
    QCOMPARE(m.phoneNumberId, u"106540352242922"_s);
    QCOMPARE(m.timestamp, message[u"timestamp"_s].toString().toLongLong());
    QCOMPARE(m.type, expect[u"type"_s].toString());
    QCOMPARE(m.text, expect[u"text"_s].toString());
    QCOMPARE(m.understood, expect[u"understood"_s].toBool(true));
    QCOMPARE(m.raw, message); // kept whole, whatever this build understood of it
    if (expect.contains(u"context"))
        QCOMPARE(m.contextId, expect[u"context"_s].toString());
    if (expect.contains(u"media")) {
        QCOMPARE(m.mediaId, expect[u"media"_s].toString());
        QCOMPARE(m.mediaMimeType, expect[u"mime"_s].toString());
        QVERIFY(!m.mediaSha256.isEmpty());
    } else {
        QVERIFY(m.mediaId.isEmpty());
    }
    if (expect.contains(u"fileName"))
        QCOMPARE(m.mediaFileName, expect[u"fileName"_s].toString());
    if (expect.contains(u"from"))
        QCOMPARE(m.from, expect[u"from"_s].toString());
    if (expect.contains(u"userId"))
        QCOMPARE(m.fromUserId, expect[u"userId"_s].toString());
    if (expect.contains(u"name"))
        QCOMPARE(m.contact.name, expect[u"name"_s].toString());
    if (expect.contains(u"username"))
        QCOMPARE(m.contact.username, expect[u"username"_s].toString());
    QCOMPARE(m.groupId, expect[u"group"_s].toString());
}

void TestWebhookParser::readsStatusesWithTheirErrorsPricingAndBsuid()
{
    const QJsonObject failed {{u"id"_s, u"wamid.F"_s}, {u"status"_s, u"failed"_s},
        {u"timestamp"_s, u"1750030073"_s}, {u"recipient_id"_s, u"16505551234"_s},
        {u"errors"_s,
            QJsonArray {
                QJsonObject {{u"code"_s, 131047}, {u"title"_s, u"Re-engagement message"_s}}}}};
    const QJsonObject delivered {{u"id"_s, u"wamid.D"_s}, {u"status"_s, u"delivered"_s},
        {u"timestamp"_s, u"1750030074"_s}, {u"recipient_user_id"_s, u"US.1349"_s},
        {u"biz_opaque_callback_data"_s, u"ticket-88"_s},
        {u"conversation"_s, QJsonObject {{u"id"_s, u"c1"_s}}},
        {u"pricing"_s,
            QJsonObject {{u"pricing_model"_s, u"PMP"_s}, {u"category"_s, u"utility"_s}}}};
    const QJsonObject future {
        {u"id"_s, u"wamid.X"_s}, {u"status"_s, u"teleported"_s}, {u"timestamp"_s, 1750030075}};
    const WebhookDelivery d = WebhookParser::parse(body({change(
        u"messages"_s, messagesValue({{u"statuses"_s, QJsonArray {failed, delivered, future}}}))}));
    QCOMPARE(d.statuses.size(), 3);
    QCOMPARE(d.statuses[0].status, u"failed"_s);
    QCOMPARE(d.statuses[0].errors.first()[u"code"_s].toInt(), 131047);
    QCOMPARE(d.statuses[0].recipientId, u"16505551234"_s);
    QCOMPARE(d.statuses[1].recipientUserId, u"US.1349"_s);
    QCOMPARE(d.statuses[1].callbackData, u"ticket-88"_s);
    QCOMPARE(d.statuses[1].pricing[u"category"_s].toString(), u"utility"_s);
    QCOMPARE(d.statuses[1].conversation[u"id"_s].toString(), u"c1"_s);
    QCOMPARE(d.statuses[2].status, u"teleported"_s); // kept as given
    QCOMPARE(d.statuses[2].timestamp, 1750030075); // a number is read too
}

void TestWebhookParser::keepsOtherFieldsWhole()
{
    const QJsonObject templateUpdate {{u"event"_s, u"APPROVED"_s}, {u"message_template_id"_s, 1234},
        {u"message_template_name"_s, u"order_update"_s},
        {u"message_template_language"_s, u"en_US"_s}, {u"reason"_s, u"NONE"_s}};
    const WebhookDelivery d =
        WebhookParser::parse(body({change(u"message_template_status_update"_s, templateUpdate),
            change(u"phone_number_quality_update"_s, {{u"event"_s, u"FLAGGED"_s}})}));
    QCOMPARE(d.others.size(), 2);
    QCOMPARE(d.others[0].field, u"message_template_status_update"_s);
    QCOMPARE(d.others[0].wabaId, u"102290129340398"_s);
    QCOMPARE(d.others[0].value, templateUpdate);
    QCOMPARE(d.others[1].field, u"phone_number_quality_update"_s);
}

void TestWebhookParser::namesWhatDoesNotFitAndGoesOn()
{
    const QJsonObject noId {{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"?"_s}}}};
    const QJsonObject good {{u"id"_s, u"wamid.G"_s}, {u"from"_s, u"1"_s}, {u"type"_s, u"text"_s}};
    QJsonObject noValue = change(u"messages"_s, {});
    noValue.remove(u"value"_s);
    const WebhookDelivery d = WebhookParser::parse(body({noValue,
        change(u"messages"_s,
            messagesValue({{u"messages"_s, QJsonArray {noId, good}},
                {u"statuses"_s, QJsonArray {QJsonObject {{u"id"_s, u"w"_s}}}}}))}));
    QCOMPARE(d.messages.size(), 1);
    QCOMPARE(d.messages.first().wamid, u"wamid.G"_s);
    QCOMPARE(d.problems,
        QStringList({u"/entry/0/changes/0/value"_s, u"/entry/0/changes/1/value/statuses/0/status"_s,
            u"/entry/0/changes/1/value/messages/0/id"_s}));
    QCOMPARE(WebhookParser::parse({{u"object"_s, u"page"_s}}).problems,
        QStringList({u"/object"_s, u"/entry"_s}));
    QVERIFY(WebhookParser::parse({}).isEmpty());
}

void TestWebhookParser::aThousandUpdatesInOneBatch()
{
    QJsonArray statuses;
    for (int i = 0; i < 1000; ++i) {
        statuses.append(QJsonObject {{u"id"_s, u"wamid.%1"_s.arg(i)}, {u"status"_s, u"read"_s},
            {u"timestamp"_s, u"1750030073"_s}, {u"recipient_id"_s, u"16505551234"_s}});
    }
    const WebhookDelivery d = WebhookParser::parse(
        body({change(u"messages"_s, messagesValue({{u"statuses"_s, statuses}}))}));
    QCOMPARE(d.statuses.size(), 1000);
    QCOMPARE(d.statuses.last().wamid, u"wamid.999"_s);
}

QTEST_GUILESS_MAIN(TestWebhookParser)
#include "tst_webhookparser.moc"
