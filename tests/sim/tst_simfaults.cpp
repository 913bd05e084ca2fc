// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "payloadcorpus.h"
#include "simclient.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;
using Mode = Wac::Sim::FaultPlan::Mode;

Q_DECLARE_METATYPE(Mode)

namespace {

const QString messagesPath = u"/v25.0/106540352242922/messages"_s;

} // namespace

class TestSimFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyMode_data();
    void everyMode();
    void closeMakesQtResendThePost();
    void resetCutsTheBodyShort();
    void delayAnswersLate();
    void hangNeverAnswers();
    void faultsApplyToCountAndPath();
    void controlEndpoint();
    void requestLogRedactsTokens();

private:
    Answer sendText(int timeoutMs = 5000);

    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
};

void TestSimFaults::init()
{
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
}

Answer TestSimFaults::sendText(int timeoutMs)
{
    return m_client->postJson(messagesPath, Wac::Test::loadValidPayload(u"seed-text"_s), timeoutMs);
}

void TestSimFaults::everyMode_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transportError");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("close") << Mode::Close << 0 << true << QByteArray();
    QTest::newRow("reset mid-body")
        << Mode::ResetMidBody << 200 << true << QByteArray("application/json");
    QTest::newRow("500 html") << Mode::ServerError << 500 << true
                              << QByteArray("text/html; charset=utf-8");
    QTest::newRow("502 html") << Mode::BadGateway << 502 << true
                              << QByteArray("text/html; charset=utf-8");
    QTest::newRow("503 html") << Mode::Unavailable << 503 << true
                              << QByteArray("text/html; charset=utf-8");
    QTest::newRow("malformed json")
        << Mode::MalformedJson << 200 << false << QByteArray("application/json");
    QTest::newRow("empty 200") << Mode::Empty200 << 200 << false << QByteArray();
    QTest::newRow("429 rate limit")
        << Mode::RateLimited << 429 << true << QByteArray("application/json");
}

void TestSimFaults::everyMode()
{
    QFETCH(Mode, mode);
    QFETCH(int, status);
    QFETCH(bool, transportError);
    QFETCH(QByteArray, contentType);
    // More uses than Qt's own retries: QNetworkAccessManager resends when a connection closes
    // unanswered (see closeMakesQtResendThePost), and the client must see the fault.
    m_server->faults().add({mode, 5, {}, 0});
    const Answer answer = sendText();
    m_server->faults().clear();
    if (mode == Mode::ResetMidBody) {
        // Qt may report this as a success with a cut body (a race in QNetworkAccessManager),
        // so a client can rely only on this: never a complete, parseable answer.
        QJsonParseError parse {};
        QJsonDocument::fromJson(answer.body, &parse);
        QVERIFY(answer.error != QNetworkReply::NoError || parse.error != QJsonParseError::NoError);
        QCOMPARE(sendText().status, 200);
        return;
    }
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.error != QNetworkReply::NoError, transportError);
    QCOMPARE(answer.contentType, contentType);
    if (mode == Mode::MalformedJson) {
        QJsonParseError error {};
        QJsonDocument::fromJson(answer.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }
    if (mode == Mode::Empty200)
        QVERIFY(answer.body.isEmpty());
    if (mode == Mode::RateLimited)
        QCOMPARE(answer.graphCode(), 130429);
    QCOMPARE(sendText().status, 200); // without the fault, the same request goes through
}

// A finding for the Graph client: when the server closes a connection without answering, Qt
// sends the same POST again on its own, so one user action can become two messages. The
// simulator's request log shows both.
void TestSimFaults::closeMakesQtResendThePost()
{
    m_server->faults().add({Mode::Close, 1, {}, 0});
    const Answer answer = sendText();
    QCOMPARE(answer.status, 200);
    qsizetype posts = 0;
    for (const auto &entry : m_server->requestLog().entries())
        posts += entry.method == u"POST"_s ? 1 : 0;
    QCOMPARE(posts, 2);
}

// At the socket: the headers promise a body, part of it arrives, then a TCP reset (not a
// clean close) ends the connection.
void TestSimFaults::resetCutsTheBodyShort()
{
    m_server->faults().add({Mode::ResetMidBody, 1, {}, 0});
    // The server lives in this thread: wait with the event loop running, never block on I/O.
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(m_server->baseUrl().host(), quint16(m_server->baseUrl().port()));
    socket.write("GET /v25.0/106540352242922 HTTP/1.1\r\nHost: sim\r\n"
                 "Authorization: Bearer sandbox-token\r\n\r\n");
    QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
    QVERIFY(closed.wait(5000));
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    const auto length = QRegularExpression(u"Content-Length: (\\d+)"_s)
                            .match(QString::fromLatin1(received.left(headerEnd)))
                            .captured(1)
                            .toLongLong();
    QVERIFY(length > 0);
    QVERIFY2(received.size() - headerEnd - 4 < length, received.constData());
    QCOMPARE(socket.error(), QAbstractSocket::RemoteHostClosedError);
}

void TestSimFaults::delayAnswersLate()
{
    m_server->faults().add({Mode::Delay, 1, {}, 400});
    const Answer answer = sendText();
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.elapsedMs >= 380, qPrintable(QString::number(answer.elapsedMs)));
}

void TestSimFaults::hangNeverAnswers()
{
    m_server->faults().add({Mode::Hang, 1, {}, 0});
    const Answer answer = sendText(700);
    QCOMPARE(answer.status, 0);
    QCOMPARE(answer.error, QNetworkReply::OperationCanceledError); // the client gave up
    QVERIFY(answer.elapsedMs >= 650);
}

void TestSimFaults::faultsApplyToCountAndPath()
{
    m_server->faults().add({Mode::ServerError, 2, u"/message_templates"_s, 0});
    QCOMPARE(sendText().status, 200); // another path: untouched
    const QString list = u"/v25.0/102290129340398/message_templates"_s;
    QCOMPARE(m_client->get(list).status, 500);
    QCOMPARE(m_client->get(list).status, 500);
    QCOMPARE(m_client->get(list).status, 200);
}

void TestSimFaults::controlEndpoint()
{
    Wac::Test::SimClient control(m_server->baseUrl(), QByteArray());
    const Answer added =
        control.postJson(u"/_sim/faults"_s, {{u"mode"_s, u"http503"_s}, {u"count"_s, 3}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json().value(u"data").toArray().at(0).toObject().value(u"count").toInt(), 3);
    QCOMPARE(control.get(u"/_sim/faults"_s).json().value(u"data").toArray().size(), 1);
    QCOMPARE(sendText().status, 503);
    QCOMPARE(control.get(u"/_sim/faults"_s)
                 .json()
                 .value(u"data")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"count")
                 .toInt(),
        2);
    QCOMPARE(control.remove(u"/_sim/faults"_s).status, 200);
    QCOMPARE(sendText().status, 200);
    const Answer bad = control.postJson(u"/_sim/faults"_s, {{u"mode"_s, u"explode"_s}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json().value(u"error").toString().contains(u"hang"_s));
    // A value of the wrong type is refused by name, and queues nothing.
    for (const auto &[field, value] :
        {std::pair {u"delay_ms"_s, QJsonValue(u"x"_s)}, {u"count"_s, QJsonValue(u"2"_s)},
            {u"count"_s, QJsonValue(1.5)}, {u"path"_s, QJsonValue(5)}}) {
        const Answer wrong =
            control.postJson(u"/_sim/faults"_s, {{u"mode"_s, u"delay"_s}, {field, value}});
        QCOMPARE(wrong.status, 400);
        QVERIFY2(wrong.json().value(u"error").toString().contains(field),
            qPrintable(wrong.json().value(u"error").toString()));
    }
    QCOMPARE(control.get(u"/_sim/faults"_s).json().value(u"data").toArray().size(), 0);
    QString error;
    QVERIFY(!Wac::Sim::FaultPlan::fromSpec(u"hang:x"_s, &error));
    const auto spec = Wac::Sim::FaultPlan::fromSpec(u"reset:2:/media"_s, &error);
    QVERIFY(
        spec && spec->mode == Mode::ResetMidBody && spec->count == 2 && spec->path == u"/media"_s);
}

void TestSimFaults::requestLogRedactsTokens()
{
    sendText();
    Wac::Test::SimClient viaQuery(m_server->baseUrl(), QByteArray());
    viaQuery.get(u"/v25.0/106540352242922?access_token=sandbox-token"_s);
    const Answer log = viaQuery.get(u"/_sim/requests"_s);
    QVERIFY(!log.body.contains("sandbox-token"));
    const QJsonArray entries = log.json().value(u"data").toArray();
    QCOMPARE(entries.size(), 3); // the log request itself is logged too
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(u"method").toString(), u"POST"_s);
    QCOMPARE(first.value(u"target").toString(), messagesPath);
    QCOMPARE(first.value(u"headers").toObject().value(u"authorization").toString(),
        u"Bearer [redacted]"_s);
    QVERIFY(first.value(u"body").toString().contains(u"whatsapp"_s));
    QVERIFY(entries.at(1).toObject().value(u"target").toString().contains(
                u"access_token=%5Bredacted%5D"_s)
        || entries.at(1).toObject().value(u"target").toString().contains(
            u"access_token=[redacted]"_s));
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
