// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A simulated customer sends every kind /_sim/inbound knows: the webhook is in Meta's shape,
// and a media message's ID, GET and download work with the bearer and hash to its sha256.
#include "core/jsonpointer.h"
#include "sim/simulatorserver.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "simclient.h"
#include "webhookreceiver.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;

namespace {

QString sha256Base64(const QByteArray &data)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha256).toBase64());
}

} // namespace

class TestSimInbound final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aTextAsBeforeStillWorks();
    void mediaOfEachKindCanBeFetched_data();
    void mediaOfEachKindCanBeFetched();
    void givenBytesAreWhatIsServed();
    void location();
    void buttonReplyQuotesItsMessage();
    void reactionAndItsRemoval();
    void badRequestsAreRefusedAndSendNothing_data();
    void badRequestsAreRefusedAndSendNothing();

private:
    /// Posts `request` to /_sim/inbound and returns the webhook's message.
    QJsonObject inbound(const QJsonObject &request);

    std::unique_ptr<Wac::Test::WebhookReceiver> m_receiver;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
    std::unique_ptr<Wac::Test::SimClient> m_control;
};

void TestSimInbound::init()
{
    m_receiver = std::make_unique<Wac::Test::WebhookReceiver>();
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.webhooks = {m_receiver->url()};
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
    m_control = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl(), QByteArray());
}

QJsonObject TestSimInbound::inbound(const QJsonObject &request)
{
    const qsizetype before = m_receiver->items(u"messages"_s).size();
    const Answer answer = m_control->postJson(u"/_sim/inbound"_s, request);
    if (answer.status != 200) {
        qWarning() << answer.body;
        return {};
    }
    if (!QTest::qWaitFor([&] { return m_receiver->items(u"messages"_s).size() > before; }, 5000))
        return {};
    const QJsonObject message = m_receiver->items(u"messages"_s).last();
    if (message.value(u"id") != answer.json().value(u"id"))
        return {};
    return message;
}

void TestSimInbound::aTextAsBeforeStillWorks()
{
    const QJsonObject message = inbound(
        {{u"from"_s, u"+44 7700 900123"_s}, {u"name"_s, u"Ann"_s}, {u"text"_s, u"Hello"_s}});
    QCOMPARE(message.value(u"type").toString(), u"text"_s);
    QCOMPARE(message.value(u"from").toString(), u"447700900123"_s);
    QCOMPARE(message[u"text"_s][u"body"_s].toString(), u"Hello"_s);
    QVERIFY(!message.contains(u"context"));
}

void TestSimInbound::mediaOfEachKindCanBeFetched_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("image") << u"image"_s << u"image/png"_s;
    QTest::newRow("sticker") << u"sticker"_s << u"image/webp"_s;
    QTest::newRow("audio") << u"audio"_s << u"audio/mpeg"_s;
    QTest::newRow("document") << u"document"_s << u"application/pdf"_s;
}

void TestSimInbound::mediaOfEachKindCanBeFetched()
{
    QFETCH(QString, type);
    QFETCH(QString, mimeType);
    const QJsonObject message = inbound({{u"from"_s, u"+15551230001"_s}, {u"type"_s, type},
        {u"caption"_s, u"Look"_s}, {u"context_id"_s, u"wamid.ours"_s}});
    QCOMPARE(message.value(u"type").toString(), type);
    const QJsonObject media = message.value(type).toObject();
    QCOMPARE(media.value(u"mime_type").toString(), mimeType);
    QCOMPARE(message[u"context"_s][u"id"_s].toString(), u"wamid.ours"_s);
    QCOMPARE(message[u"context"_s][u"from"_s].toString(), u"15550783881"_s);

    const Answer described = m_client->get(u"/v25.0/"_s + media.value(u"id").toString());
    QCOMPARE(described.status, 200);
    const Answer file = m_client->getUrl(QUrl(described.json().value(u"url").toString()));
    QCOMPARE(file.status, 200);
    QVERIFY(!file.body.isEmpty());
    QCOMPARE(file.contentType, mimeType.toLatin1());
    QCOMPARE(described.json().value(u"file_size").toInteger(), file.body.size());
    // Meta's webhooks give the hash in base64, the media description in hex.
    QCOMPARE(media.value(u"sha256").toString(), sha256Base64(file.body));
    QCOMPARE(described.json().value(u"sha256").toString(),
        QString::fromLatin1(
            QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex()));
    Wac::Test::SimClient anonymous(m_server->baseUrl(), QByteArray());
    QCOMPARE(anonymous.getUrl(QUrl(described.json().value(u"url").toString())).status, 401);

    if (type == u"image"_s) {
        QCOMPARE(media.value(u"caption").toString(), u"Look"_s);
        QVERIFY(!QImage::fromData(file.body, "PNG").isNull());
    } else if (type == u"document"_s) {
        QCOMPARE(media.value(u"caption").toString(), u"Look"_s);
        QCOMPARE(media.value(u"filename").toString(), u"document.pdf"_s);
        QVERIFY(file.body.startsWith("%PDF-") && file.body.trimmed().endsWith("%%EOF"));
    } else if (type == u"audio"_s) {
        QCOMPARE(media.value(u"voice").toBool(true), false);
        QVERIFY(file.body.startsWith("\xff\xfb"));
    } else {
        QCOMPARE(media.value(u"animated").toBool(true), false);
        QVERIFY(file.body.startsWith("RIFF") && file.body.mid(8, 8) == "WEBPVP8L");
    }
}

void TestSimInbound::givenBytesAreWhatIsServed()
{
    const QByteArray text = "Line one\nLine two\n";
    const QJsonObject message = inbound({{u"from"_s, u"+15551230002"_s}, {u"type"_s, u"document"_s},
        {u"data"_s, QString::fromLatin1(text.toBase64())}, {u"mime_type"_s, u"text/plain"_s},
        {u"filename"_s, u"notes.txt"_s}});
    const QJsonObject media = message.value(u"document").toObject();
    QCOMPARE(media.value(u"filename").toString(), u"notes.txt"_s);
    QCOMPARE(media.value(u"mime_type").toString(), u"text/plain"_s);
    QCOMPARE(media.value(u"sha256").toString(), sha256Base64(text));
    QVERIFY(!media.contains(u"caption"));
    const Answer described = m_client->get(u"/v25.0/"_s + media.value(u"id").toString());
    QCOMPARE(m_client->getUrl(QUrl(described.json().value(u"url").toString())).body, text);

    const QJsonObject voice = inbound({{u"from"_s, u"+15551230002"_s}, {u"type"_s, u"audio"_s},
        {u"data"_s, QString::fromLatin1(QByteArray("OggS voice").toBase64())},
        {u"mime_type"_s, u"audio/ogg; codecs=opus"_s}, {u"voice"_s, true}});
    QCOMPARE(voice[u"audio"_s][u"mime_type"_s].toString(), u"audio/ogg; codecs=opus"_s);
    QCOMPARE(voice[u"audio"_s][u"voice"_s].toBool(), true);
}

void TestSimInbound::location()
{
    const QJsonObject message = inbound({{u"from"_s, u"+15551230003"_s}, {u"name"_s, u"Bo"_s},
        {u"type"_s, u"location"_s}, {u"latitude"_s, 38.7223}, {u"longitude"_s, -9.1393},
        {u"location_name"_s, u"Rossio"_s}, {u"address"_s, u"Praça Dom Pedro IV, Lisboa"_s}});
    QCOMPARE(message.value(u"type").toString(), u"location"_s);
    const QJsonObject place = message.value(u"location").toObject();
    QCOMPARE(place.value(u"latitude").toDouble(), 38.7223);
    QCOMPARE(place.value(u"longitude").toDouble(), -9.1393);
    QCOMPARE(place.value(u"name").toString(), u"Rossio"_s);
    QCOMPARE(place.value(u"address").toString(), u"Praça Dom Pedro IV, Lisboa"_s);
}

void TestSimInbound::buttonReplyQuotesItsMessage()
{
    const QJsonObject message = inbound(
        {{u"from"_s, u"+15551230004"_s}, {u"type"_s, u"button_reply"_s}, {u"id"_s, u"yes"_s},
            {u"title"_s, u"Yes, please"_s}, {u"context_id"_s, u"wamid.question"_s}});
    QCOMPARE(message.value(u"type").toString(), u"interactive"_s);
    QCOMPARE(message[u"interactive"_s][u"type"_s].toString(), u"button_reply"_s);
    QCOMPARE(message[u"interactive"_s][u"button_reply"_s][u"id"_s].toString(), u"yes"_s);
    QCOMPARE(message[u"interactive"_s][u"button_reply"_s][u"title"_s].toString(), u"Yes, please"_s);
    QCOMPARE(message[u"context"_s][u"id"_s].toString(), u"wamid.question"_s);
}

void TestSimInbound::reactionAndItsRemoval()
{
    const QJsonObject reaction = inbound({{u"from"_s, u"+15551230005"_s},
        {u"type"_s, u"reaction"_s}, {u"message_id"_s, u"wamid.ours"_s}, {u"emoji"_s, u"👍"_s}});
    QCOMPARE(reaction.value(u"type").toString(), u"reaction"_s);
    QCOMPARE(reaction[u"reaction"_s][u"message_id"_s].toString(), u"wamid.ours"_s);
    QCOMPARE(reaction[u"reaction"_s][u"emoji"_s].toString(), u"👍"_s);
    QVERIFY(!reaction.contains(u"context"));
    const QJsonObject removed = inbound({{u"from"_s, u"+15551230005"_s}, {u"type"_s, u"reaction"_s},
        {u"message_id"_s, u"wamid.ours"_s}});
    QVERIFY(!removed.value(u"reaction").toObject().contains(u"emoji"));
}

void TestSimInbound::badRequestsAreRefusedAndSendNothing_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("says");
    const QString from = u"+15551230006"_s;
    QTest::newRow("unknown type") << QJsonObject {{u"from"_s, from}, {u"type"_s, u"video"_s}}
                                  << u"\"type\" must be one of"_s;
    QTest::newRow("not base64") << QJsonObject {{u"from"_s, from}, {u"type"_s, u"image"_s},
        {u"data"_s, u"*not*"_s}} << u"base64"_s;
    QTest::newRow("webp as an image") << QJsonObject {{u"from"_s, from}, {u"type"_s, u"image"_s},
        {u"mime_type"_s, u"image/webp"_s}}
                                      << u"image/webp"_s;
    QTest::newRow("over the limit") << QJsonObject {{u"from"_s, from}, {u"type"_s, u"sticker"_s},
        {u"data"_s, QString::fromLatin1(QByteArray(600 * 1024, 'w').toBase64())}}
                                    << u"limit"_s;
    QTest::newRow("location without latitude")
        << QJsonObject {{u"from"_s, from}, {u"type"_s, u"location"_s}, {u"longitude"_s, 1}}
        << u"latitude"_s;
    QTest::newRow("button without title")
        << QJsonObject {{u"from"_s, from}, {u"type"_s, u"button_reply"_s}, {u"id"_s, u"x"_s}}
        << u"title"_s;
    QTest::newRow("reaction to nothing")
        << QJsonObject {{u"from"_s, from}, {u"type"_s, u"reaction"_s}, {u"emoji"_s, u"👍"_s}}
        << u"message_id"_s;
}

void TestSimInbound::badRequestsAreRefusedAndSendNothing()
{
    QFETCH(QJsonObject, request);
    QFETCH(QString, says);
    const Answer answer = m_control->postJson(u"/_sim/inbound"_s, request, 10000);
    QCOMPARE(answer.status, 400);
    const QString error = answer.json().value(u"error").toString();
    QVERIFY2(error.contains(says), qPrintable(error));
    QTest::qWait(100);
    QVERIFY(m_receiver->items(u"messages"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSimInbound)
#include "tst_siminbound.moc"
