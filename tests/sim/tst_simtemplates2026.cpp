// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The template kinds Meta added through 2026 (carousels, offers, catalog, calls, orders): what
// the simulator answers for their sends, Meta's own examples first.
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include "payloadcorpus.h"
#include "simclient.h"
#include "templateparts.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;
using namespace Wac::Test::TemplateParts;

namespace {

const QString messagesPath = u"/v25.0/106540352242922/messages"_s;

/// `document` with `value` set at the JSON Pointer `pointer` (removed when undefined).
QJsonObject edited(const QJsonObject &document, const QString &pointer, const QJsonValue &value)
{
    std::function<QJsonValue(const QJsonValue &, QStringList)> set =
        [&](const QJsonValue &node, QStringList tokens) -> QJsonValue {
        if (tokens.isEmpty())
            return value;
        const QString token = tokens.takeFirst();
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            const int index = token.toInt();
            if (tokens.isEmpty() && value.isUndefined())
                array.removeAt(index);
            else if (index == array.size())
                array.append(set(QJsonValue(), tokens));
            else
                array[index] = set(array.at(index), tokens);
            return array;
        }
        QJsonObject object = node.toObject();
        if (tokens.isEmpty() && value.isUndefined())
            object.remove(token);
        else
            object.insert(token, set(object.value(token), tokens));
        return object;
    };
    return set(document, pointer.mid(1).split(u'/')).toObject();
}

QJsonObject edited(const QString &fixture, const QString &pointer, const QJsonValue &value)
{
    return edited(Wac::Test::loadValidPayload(fixture), pointer, value);
}

/// The media-carousel fixture with `value` set at `suffix` of each of its three cards.
QJsonObject everyCard(const QString &suffix, const QJsonValue &value)
{
    QJsonObject message = Wac::Test::loadValidPayload(u"ref-template-media-carousel"_s);
    for (int i = 0; i < 3; ++i)
        message = edited(message, u"/template/components/1/cards/%1"_s.arg(i) + suffix, value);
    return message;
}

/// A media card whose URL button is button 0, as Meta lets a card have it.
QJsonObject urlFirstCard()
{
    const QJsonObject header {{u"type"_s, u"HEADER"_s}, {u"format"_s, u"IMAGE"_s}};
    const QJsonArray buttons {QJsonObject {{u"type"_s, u"URL"_s}, {u"text"_s, u"Shop"_s},
                                  {u"url"_s, u"https://www.luckyshrub.com/p/{{1}}"_s}},
        QJsonObject {{u"type"_s, u"QUICK_REPLY"_s}, {u"text"_s, u"More like this"_s}}};
    return {{u"components"_s,
        QJsonArray {header, QJsonObject {{u"type"_s, u"BUTTONS"_s}, {u"buttons"_s, buttons}}}}};
}

/// A library of one approved carousel template of two url-first cards.
QByteArray urlFirstLibrary()
{
    const QJsonObject tpl {{u"id"_s, u"123456790019999"_s}, {u"name"_s, u"url_first_cards"_s},
        {u"language"_s, u"en_US"_s}, {u"category"_s, u"MARKETING"_s}, {u"status"_s, u"APPROVED"_s},
        {u"parameter_format"_s, u"POSITIONAL"_s},
        {u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, u"New arrivals"_s}},
                QJsonObject {{u"type"_s, u"CAROUSEL"_s},
                    {u"cards"_s, QJsonArray {urlFirstCard(), urlFirstCard()}}}}}};
    return QJsonDocument(QJsonObject {{u"data"_s, QJsonArray {tpl}}}).toJson();
}

/// A send of url_first_cards whose cards hold `buttons` after their image header.
QJsonObject urlFirstSend(const QJsonArray &buttons)
{
    QJsonArray cards;
    for (int i = 0; i < 2; ++i) {
        QJsonArray components {component(u"header"_s,
            {QJsonObject {
                {u"type"_s, u"image"_s}, {u"image"_s, QJsonObject {{u"id"_s, u"1"_s}}}}})};
        for (const QJsonValue &b : buttons)
            components.append(b);
        cards.append(QJsonObject {{u"card_index"_s, i}, {u"components"_s, components}});
    }
    return templateSend(u"url_first_cards"_s, u"en_US"_s,
        {QJsonObject {{u"type"_s, u"carousel"_s}, {u"cards"_s, cards}}});
}

} // namespace

class TestSimTemplates2026 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sends_data();
    void sends();
    void metaExamplesAreSent_data();
    void metaExamplesAreSent();
    void cardUrlButtonZeroNeedsItsParameter();

private:
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
};

void TestSimTemplates2026::initTestCase()
{
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
}

void TestSimTemplates2026::sends_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messageStatus");
    const QString cards = u"/template/components/1/cards"_s;
    QTest::newRow("catalog sub_type in capitals")
        << edited(u"ref-template-catalog"_s, u"/template/components/1/sub_type"_s, u"CATALOG"_s)
        << 200 << 0 << QString();
    QTest::newRow("media carousel with two of its three cards")
        << edited(u"ref-template-media-carousel"_s, cards + u"/2"_s, QJsonValue::Undefined) << 400
        << 132000 << QString();
    QTest::newRow("media carousel cards with video headers")
        << everyCard(u"/components/0/parameters/0"_s,
               QJsonObject {{u"type"_s, u"video"_s}, {u"video"_s, QJsonObject {{u"id"_s, u"2"_s}}}})
        << 400 << 132012 << QString();
    QTest::newRow("media carousel cards without their url variable")
        << everyCard(u"/components/2"_s, QJsonValue::Undefined) << 400 << 132000 << QString();
    QTest::newRow("product carousel with three cards of a two-card template")
        << Wac::Test::loadValidPayload(u"ref-template-product-carousel"_s) << 200 << 0 << QString();
    QTest::newRow("offer sent to a template without one")
        << edited(u"ref-template-coupon-code"_s, u"/template/components/2"_s,
               QJsonObject {{u"type"_s, u"limited_time_offer"_s},
                   {u"parameters"_s,
                       QJsonArray {QJsonObject {{u"type"_s, u"limited_time_offer"_s},
                           {u"limited_time_offer"_s,
                               QJsonObject {{u"expiration_time_ms"_s, 1767225600000.0}}}}}}})
        << 400 << 132012 << QString();
    QTest::newRow("offer sent without its limited_time_offer component")
        << edited(u"ref-template-lto"_s, u"/template/components/2"_s, QJsonValue::Undefined) << 400
        << 132000 << QString();
    QTest::newRow("order details button sent as url") << edited(u"ref-template-order-details"_s,
        u"/template/components/1"_s, button(u"url"_s, 0, text(u"x"_s)))
                                                      << 400 << 132012 << QString();
}

void TestSimTemplates2026::sends()
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

// Every Meta example of the 2026 template kinds, as tests/data/payloads/valid holds it with its
// placeholders filled, matches a seeded template: Graph's answer, field by field.
void TestSimTemplates2026::metaExamplesAreSent_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *name : {"ref-template-media-carousel", "ref-template-product-carousel",
             "ref-template-lto", "ref-template-coupon-code", "ref-template-catalog",
             "ref-template-mpm", "ref-template-voice-call", "ref-template-call-permission",
             "ref-template-order-details", "ref-template-order-status", "ref-template-tap-target"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSimTemplates2026::metaExamplesAreSent()
{
    QFETCH(QString, fixture);
    const QJsonObject message = Wac::Test::loadValidPayload(fixture);
    const Answer answer = m_client->postJson(messagesPath, message);
    QVERIFY2(answer.status == 200, answer.body.constData());
    const QJsonObject body = answer.json();
    QCOMPARE(body.keys(), QStringList({u"contacts"_s, u"messages"_s, u"messaging_product"_s}));
    QCOMPARE(body.value(u"messaging_product").toString(), u"whatsapp"_s);
    const QJsonArray contacts = body.value(u"contacts").toArray();
    QCOMPARE(contacts.size(), 1);
    const QJsonObject contact = contacts.first().toObject();
    // Every one of these sends has a "to", which wins over a "recipient": no user_id.
    QCOMPARE(contact.keys(), QStringList({u"input"_s, u"wa_id"_s}));
    QCOMPARE(contact.value(u"input").toString(), message.value(u"to").toString());
    // A "to" without "+" gets the Sandbox number's country code (1), as the README documents.
    const QString to = message.value(u"to").toString();
    const QString digits = to.startsWith(u'+') ? to.mid(1) : u"1"_s + to;
    QCOMPARE(contact.value(u"wa_id").toString(), digits);
    const QJsonArray messages = body.value(u"messages").toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject sent = messages.first().toObject();
    QCOMPARE(sent.keys(), QStringList({u"id"_s}));
    QVERIFY2(sent.value(u"id").toString().startsWith(u"wamid."_s), answer.body.constData());
}

// The seeded library's cards all put their URL button second, so the simulator runs here on a
// library of its own: a card's header, which names no index, must not pass for button 0.
void TestSimTemplates2026::cardUrlButtonZeroNeedsItsParameter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile seed(dir.filePath(u"templates.json"_s));
    QVERIFY(seed.open(QIODevice::WriteOnly) && seed.write(urlFirstLibrary()) > 0);
    seed.close();
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.templateSeed = seed.fileName();
    Wac::Sim::SimulatorServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Wac::Test::SimClient client(server.baseUrl());

    const QJsonObject reply = button(
        u"quick_reply"_s, 1, QJsonObject {{u"type"_s, u"payload"_s}, {u"payload"_s, u"more"_s}});
    const Answer left = client.postJson(messagesPath, urlFirstSend({reply}));
    QCOMPARE(left.status, 400);
    QCOMPARE(left.graphCode(), 132000);
    const QString details =
        left.graphError().value(u"error_data").toObject().value(u"details").toString();
    QVERIFY2(details.contains(u"button 0"_s), qPrintable(details));

    // Given, as a number or as Meta's examples write it, a string: the same send goes out.
    QJsonObject url = button(u"url"_s, 0, text(u"aloe"_s));
    const Answer given = client.postJson(messagesPath, urlFirstSend({url, reply}));
    QVERIFY2(given.status == 200, given.body.constData());
    url.insert(u"index"_s, u"0"_s);
    const Answer quoted = client.postJson(messagesPath, urlFirstSend({reply, url}));
    QVERIFY2(quoted.status == 200, quoted.body.constData());
}

QTEST_GUILESS_MAIN(TestSimTemplates2026)
#include "tst_simtemplates2026.moc"
