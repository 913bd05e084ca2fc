// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include "payloadcorpus.h"
#include "simclient.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;

namespace {

const QString messagesPath = u"/v25.0/106540352242922/messages"_s;

} // namespace

class TestSimMessages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsEveryValidNonTemplatePayload_data();
    void acceptsEveryValidNonTemplatePayload();
    void rejectsInvalidPayloadsNamingTheField_data();
    void rejectsInvalidPayloadsNamingTheField();
    void wamidsAreUniqueAndShort();
    void recipientWithoutPlusGetsTheBusinessCountryCode();
    void markAsReadSucceeds();
    void authentication_data();
    void authentication();
    void unknownPhoneNumberAndPath();
    void malformedAndOversizedBodies();
    void recipientCannotBeSender();
    void manyClientsAtOnce();

private:
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
};

void TestSimMessages::initTestCase()
{
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    // These tests are about answers, not pacing: tst_simconversations covers the limits.
    m_server->conversations().setLimitsEnabled(false);
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
}

void TestSimMessages::acceptsEveryValidNonTemplatePayload_data()
{
    QTest::addColumn<QJsonObject>("payload");
    for (const QString &name : Wac::Test::validPayloadNames()) {
        const QJsonObject payload = Wac::Test::loadValidPayload(name);
        if (payload.value(u"type").toString() != u"template"_s && !name.startsWith(u"stress"_s))
            QTest::newRow(qPrintable(name)) << payload;
    }
}

void TestSimMessages::acceptsEveryValidNonTemplatePayload()
{
    QFETCH(QJsonObject, payload);
    const Answer answer = m_client->postJson(messagesPath, payload);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.contentType.startsWith("application/json"));
    const QJsonObject body = answer.json();
    if (payload.contains(u"status")) {
        QCOMPARE(body, QJsonObject({{u"success"_s, true}}));
        return;
    }
    QCOMPARE(body.value(u"messaging_product").toString(), u"whatsapp"_s);
    const QJsonObject contact = body.value(u"contacts").toArray().at(0).toObject();
    if (payload.contains(u"to")) {
        QCOMPARE(contact.value(u"input").toString(), payload.value(u"to").toString());
        if (payload.value(u"recipient_type").toString() == u"group"_s) // the ID stands for itself
            QCOMPARE(contact.value(u"wa_id").toString(), payload.value(u"to").toString());
        else
            QVERIFY(QRegularExpression(u"^\\d+$"_s)
                        .match(contact.value(u"wa_id").toString())
                        .hasMatch());
    } else {
        QCOMPARE(contact.value(u"user_id").toString(), payload.value(u"recipient").toString());
    }
    const QString wamid =
        body.value(u"messages").toArray().at(0).toObject().value(u"id").toString();
    QVERIFY2(wamid.startsWith(u"wamid."_s), qPrintable(wamid));
    QVERIFY(!body.value(u"messages").toArray().at(0).toObject().contains(u"message_status"));
}

void TestSimMessages::rejectsInvalidPayloadsNamingTheField_data()
{
    QTest::addColumn<QJsonValue>("payload");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("code");
    for (const auto &c : Wac::Test::loadCases()) {
        if (!c.errors.isEmpty() && c.payload.isObject())
            QTest::newRow(qPrintable(c.name))
                << c.payload << c.errors.first().first << c.errors.first().second;
    }
}

// The core validator's errors come back as the Graph envelope: HTTP 400, 131008 for a missing
// field, 100 for a length or count, 131009 for a wrong value; details name the field.
void TestSimMessages::rejectsInvalidPayloadsNamingTheField()
{
    QFETCH(QJsonValue, payload);
    QFETCH(QString, pointer);
    QFETCH(QString, code);
    const Answer answer = m_client->postJson(messagesPath, payload.toObject());
    QCOMPARE(answer.status, 400);
    const QJsonObject error = answer.graphError();
    const QString kind = code.section(u'.', -1);
    const int expected = kind == u"required"_s                                             ? 131008
        : QStringList {u"tooLong"_s, u"tooMany"_s, u"tooFew"_s, u"empty"_s}.contains(kind) ? 100
                                                                                           : 131009;
    QCOMPARE(error.value(u"code").toInt(), expected);
    QCOMPARE(error.value(u"type").toString(), u"OAuthException"_s);
    QVERIFY(error.value(u"message").toString().startsWith(u"(#%1) "_s.arg(expected)));
    const QJsonObject data = error.value(u"error_data").toObject();
    QCOMPARE(data.value(u"messaging_product").toString(), u"whatsapp"_s);
    const QString details = data.value(u"details").toString();
    QVERIFY2(details.contains(pointer.isEmpty() ? u"/"_s : pointer), qPrintable(details));
    QVERIFY2(details.contains(code), qPrintable(details));
    QVERIFY(!error.value(u"fbtrace_id").toString().isEmpty());
}

void TestSimMessages::wamidsAreUniqueAndShort()
{
    QSet<QString> seen;
    const QJsonObject text = Wac::Test::loadValidPayload(u"seed-text"_s);
    for (int i = 0; i < 50; ++i) {
        const Answer answer = m_client->postJson(messagesPath, text);
        const QString wamid =
            answer.json().value(u"messages").toArray().at(0).toObject().value(u"id").toString();
        QVERIFY(wamid.size() <= 128);
        QVERIFY2(!seen.contains(wamid), qPrintable(wamid));
        seen.insert(wamid);
    }
}

void TestSimMessages::recipientWithoutPlusGetsTheBusinessCountryCode()
{
    QJsonObject text = Wac::Test::loadValidPayload(u"seed-text"_s);
    text.insert(u"to"_s, u"(631) 555-1234"_s);
    const QJsonObject contact =
        m_client->postJson(messagesPath, text).json().value(u"contacts").toArray().at(0).toObject();
    QCOMPARE(contact.value(u"input").toString(), u"(631) 555-1234"_s);
    QCOMPARE(contact.value(u"wa_id").toString(), u"16315551234"_s); // the Sandbox number is +1
}

void TestSimMessages::markAsReadSucceeds()
{
    const Answer answer =
        m_client->postJson(messagesPath, Wac::Test::loadValidPayload(u"ref-mark-read"_s));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json(), QJsonObject({{u"success"_s, true}}));
}

void TestSimMessages::authentication_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("subcode");
    QTest::newRow("missing") << QByteArray() << 0;
    QTest::newRow("unknown") << QByteArray("EAAJBnotmine") << 0;
    QTest::newRow("expired") << QByteArray("expired-token") << 463;
}

void TestSimMessages::authentication()
{
    QFETCH(QByteArray, token);
    QFETCH(int, subcode);
    Wac::Test::SimClient client(m_server->baseUrl(), token);
    const Answer answer =
        client.postJson(messagesPath, Wac::Test::loadValidPayload(u"seed-text"_s));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.graphCode(), 190);
    QCOMPARE(answer.graphError().value(u"error_subcode").toInt(), subcode);
    // A token in the query string is accepted too, as Graph does.
    Wac::Test::SimClient viaQuery(m_server->baseUrl(), QByteArray());
    QCOMPARE(viaQuery.get(u"/v25.0/106540352242922?access_token=sandbox-token"_s).status, 200);
}

void TestSimMessages::unknownPhoneNumberAndPath()
{
    const Answer unknown = m_client->postJson(
        u"/v25.0/123456/messages"_s, Wac::Test::loadValidPayload(u"seed-text"_s));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.graphCode(), 100);
    QCOMPARE(unknown.graphError().value(u"error_subcode").toInt(), 33);
    QCOMPARE(unknown.graphError().value(u"type").toString(), u"GraphMethodException"_s);
    QVERIFY(unknown.graphError().value(u"message").toString().contains(u"'123456'"_s));

    const Answer getMessages = m_client->get(messagesPath);
    QCOMPARE(getMessages.graphCode(), 100);
    const Answer path = m_client->get(u"/v25.0/106540352242922/nothing/here"_s);
    QCOMPARE(path.status, 400);
    QCOMPARE(path.graphCode(), 2500);

    // The version segment is optional (reference §1).
    QCOMPARE(
        m_client
            ->postJson(u"/106540352242922/messages"_s, Wac::Test::loadValidPayload(u"seed-text"_s))
            .status,
        200);
}

void TestSimMessages::malformedAndOversizedBodies()
{
    const Answer broken = m_client->post(messagesPath, "{\"messaging_product\": ");
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.graphCode(), 100);
    QVERIFY(broken.graphError()
                .value(u"error_data")
                .toObject()
                .value(u"details")
                .toString()
                .contains(u"not valid JSON"_s));

    QJsonObject huge = Wac::Test::loadValidPayload(u"seed-text"_s);
    huge.insert(u"padding"_s, QString(6 * 1024 * 1024, u'x'));
    const Answer tooBig = m_client->postJson(messagesPath, huge, 20000);
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(tooBig.graphCode(), 100);
}

void TestSimMessages::recipientCannotBeSender()
{
    QJsonObject text = Wac::Test::loadValidPayload(u"seed-text"_s);
    text.insert(u"to"_s, u"+1 555-078-3881"_s);
    const Answer answer = m_client->postJson(messagesPath, text);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.graphCode(), 131021);
}

// Four clients with six connections each, all sending at the same time: every request gets its
// own answer, none is lost or mixed up.
void TestSimMessages::manyClientsAtOnce()
{
    const QJsonObject text = Wac::Test::loadValidPayload(u"seed-text"_s);
    const QByteArray body = QJsonDocument(text).toJson(QJsonDocument::Compact);
    QList<std::shared_ptr<QNetworkAccessManager>> clients;
    QSet<QString> wamids;
    int answered = 0;
    int ok = 0;
    constexpr int perClient = 60;
    for (int c = 0; c < 4; ++c) {
        auto nam = std::make_shared<QNetworkAccessManager>();
        clients.append(nam);
        for (int i = 0; i < perClient; ++i) {
            QNetworkRequest request(m_server->baseUrl().resolved(QUrl(messagesPath)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer sandbox-token");
            QNetworkReply *reply = nam->post(request, body);
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                reply->deleteLater();
                ++answered;
                const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                    ++ok;
                    wamids.insert(
                        json.value(u"messages").toArray().at(0).toObject().value(u"id").toString());
                }
            });
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 4 * perClient, 20000);
    QCOMPARE(ok, 4 * perClient);
    QCOMPARE(wamids.size(), 4 * perClient);
}

QTEST_GUILESS_MAIN(TestSimMessages)
#include "tst_simmessages.moc"
