// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "payloadcorpus.h"
#include "simclient.h"

using namespace Qt::StringLiterals;

class TestSimProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndStopsCleanly_data();
    void servesAndStopsCleanly();
    void tokensFaultsAndSeedsFromTheCommandLine();
    void inboundSubcommandOpensTheWindow();
    void inboundSubcommandAnswersTheBusiness();
    void tokenFromTheEnvironment();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
};

namespace {

/// Starts waconsole-sim and returns the URL it announces.
QUrl start(QProcess &process, const QStringList &args)
{
    process.start(QStringLiteral(WACONSOLE_SIM), args);
    if (!process.waitForStarted(5000))
        return {};
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine() && ready.wait(5000)) { }
    const QString line = QString::fromUtf8(process.readLine());
    const auto match = QRegularExpression(u"listening on (http://\\S+)"_s).match(line);
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

/// Runs "waconsole-sim inbound" against `url`; its answer's message ID, empty on failure.
QString inbound(const QUrl &url, const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(WACONSOLE_SIM),
        QStringList {u"inbound"_s, u"--url"_s, url.toString(), u"--from"_s, u"+16505551234"_s}
            + args);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput())[u"id"_s].toString();
}

/// The webhook message of ID `id` among the posted `bodies`.
QJsonObject webhookMessage(const QList<QByteArray> &bodies, const QString &id)
{
    for (const QByteArray &body : bodies) {
        const QJsonValue value =
            QJsonDocument::fromJson(body)[u"entry"_s][0][u"changes"_s][0][u"value"_s];
        for (const QJsonValue &message : value[u"messages"_s].toArray()) {
            if (message[u"id"_s].toString() == id)
                return message.toObject();
        }
    }
    return {};
}

} // namespace

void TestSimProcess::servesAndStopsCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSimProcess::servesAndStopsCleanly()
{
    QFETCH(int, signal);
    QProcess process;
    const QUrl url = start(process, {u"--port"_s, u"0"_s});
    QVERIFY2(url.isValid() && url.host() == u"127.0.0.1"_s, qPrintable(url.toString()));
    Wac::Test::SimClient client(url);
    QCOMPARE(client.get(u"/v25.0/106540352242922"_s).status, 200);
    ::kill(pid_t(process.processId()), signal);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("stopped"));
}

void TestSimProcess::tokensFaultsAndSeedsFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString seed = dir.filePath(u"seed.json"_s);
    QFile file(seed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"data":[{"id":"1","name":"only_one","language":"en_US","status":"APPROVED",)"
               R"("category":"UTILITY","components":[{"type":"BODY","text":"Hi"}]}]})");
    file.close();
    QProcess process;
    const QUrl url = start(process,
        {u"--token"_s, u"mine"_s, u"--seed"_s, seed, u"--fault"_s,
            u"http503:1:/message_templates"_s});
    QVERIFY(url.isValid());
    Wac::Test::SimClient client(url, "mine");
    const QString list = u"/v25.0/102290129340398/message_templates"_s;
    QCOMPARE(client.get(list).status, 503);
    const auto answer = client.get(list);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"data").toArray().size(), 1);
    client.setToken("sandbox-token"); // replaced by --token
    QCOMPARE(client.get(list).status, 401);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TestSimProcess::inboundSubcommandOpensTheWindow()
{
    QHttpServer receiver;
    QList<QByteArray> signatures;
    receiver.route(u"/hook"_s, [&](const QHttpServerRequest &request) {
        signatures.append(request.value("X-Hub-Signature-256"));
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    const quint16 hookPort = receiver.listen(QHostAddress::LocalHost);
    QProcess sim;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WACONSOLE_SIM_APP_SECRET"_s, u"from-the-environment"_s);
    sim.setProcessEnvironment(env);
    const QUrl url = start(sim,
        {u"--window-errors"_s, u"sync"_s, u"--no-limits"_s, u"--webhook"_s,
            u"http://127.0.0.1:%1/hook"_s.arg(hookPort)});
    QVERIFY(url.isValid());
    Wac::Test::SimClient client(url);
    const QJsonObject text {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"+447700900123"_s},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"hi"_s}}}};
    const QString path = u"/v25.0/106540352242922/messages"_s;
    QCOMPARE(client.postJson(path, text).graphCode(), 131047); // sync: refused at once

    QProcess inbound;
    inbound.start(QStringLiteral(WACONSOLE_SIM),
        {u"inbound"_s, u"--url"_s, url.toString(), u"--from"_s, u"+44 7700 900123"_s, u"--text"_s,
            u"Hello"_s});
    QSignalSpy done(&inbound, &QProcess::finished);
    QVERIFY(done.wait(10000)); // the simulator answers from this thread's event loop
    QCOMPARE(inbound.exitCode(), 0);
    QVERIFY(inbound.readAllStandardOutput().contains("\"wa_id\":\"447700900123\""));
    QCOMPARE(client.postJson(path, text).status, 200);

    // The other kinds, a file of one's own among them.
    QTemporaryDir dir;
    QFile png(dir.filePath(u"photo.png"_s));
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + "rest");
    png.close();
    const QList<QStringList> kinds = {
        {u"--type"_s, u"image"_s, u"--file"_s, png.fileName(), u"--caption"_s, u"Mine"_s},
        {u"--type"_s, u"location"_s, u"--latitude"_s, u"51.5"_s, u"--longitude"_s, u"-0.12"_s},
        {u"--type"_s, u"button_reply"_s, u"--reply-id"_s, u"yes"_s, u"--title"_s, u"Yes"_s,
            u"--context"_s, u"wamid.x"_s},
        {u"--type"_s, u"reaction"_s, u"--message-id"_s, u"wamid.x"_s, u"--emoji"_s, u"👍"_s},
    };
    for (const QStringList &kind : kinds) {
        inbound.start(QStringLiteral(WACONSOLE_SIM),
            QStringList {u"inbound"_s, u"--url"_s, url.toString(), u"--from"_s, u"+447700900123"_s}
                + kind);
        QVERIFY(done.wait(10000));
        const QByteArray answer = inbound.readAllStandardOutput();
        QVERIFY2(inbound.exitCode() == 0, answer.constData());
        QVERIFY2(answer.contains("\"wa_id\":\"447700900123\""), answer.constData());
        if (kind.at(1) == u"image"_s) {
            const QString mediaId =
                QJsonDocument::fromJson(answer).object()[u"media_id"_s].toString();
            const QJsonObject meta = client.get(u"/v25.0/"_s + mediaId).json();
            QCOMPARE(meta.value(u"mime_type").toString(), u"image/png"_s);
            QCOMPARE(meta.value(u"file_size").toInt(), 12);
        }
    }
    QTRY_VERIFY(!signatures.isEmpty());
    QVERIFY(signatures.first().startsWith("sha256="));
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

// The answers a customer gives to what the business sent, each from its command-line options.
void TestSimProcess::inboundSubcommandAnswersTheBusiness()
{
    QHttpServer receiver;
    QList<QByteArray> bodies;
    receiver.route(u"/hook"_s, [&](const QHttpServerRequest &request) {
        bodies.append(request.body());
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    const quint16 hookPort = receiver.listen(QHostAddress::LocalHost);
    QProcess sim;
    const QUrl url =
        start(sim, {u"--no-limits"_s, u"--webhook"_s, u"http://127.0.0.1:%1/hook"_s.arg(hookPort)});
    QVERIFY(url.isValid());
    Wac::Test::SimClient client(url);
    const QString path = u"/v25.0/106540352242922/messages"_s;
    QVERIFY(!inbound(url, {u"--text"_s, u"Hi"_s}).isEmpty()); // opens the window
    const auto send = [&](const QString &fixture) {
        QJsonObject message = Wac::Test::loadValidPayload(fixture);
        message.insert(u"to"_s, u"+16505551234"_s);
        return client.postJson(path, message).json()[u"messages"_s][0][u"id"_s].toString();
    };

    const QString carousel = send(u"ref-interactive.carousel-quick-reply"_s);
    const QString tap = inbound(url,
        {u"--type"_s, u"button_reply"_s, u"--context"_s, carousel, u"--card-index"_s, u"1"_s,
            u"--button-index"_s, u"1"_s});
    QTRY_VERIFY(!webhookMessage(bodies, tap).isEmpty());
    QCOMPARE(webhookMessage(bodies, tap)[u"interactive"_s][u"button_reply"_s][u"id"_s].toString(),
        u"fav-zebra-haworthia"_s);

    const QString request = send(u"ref-interactive.call_permission_request-free-form"_s);
    const QString granted = inbound(url,
        {u"--type"_s, u"call_permission_reply"_s, u"--context"_s, request, u"--response"_s,
            u"accept"_s, u"--permanent"_s});
    QTRY_VERIFY(!webhookMessage(bodies, granted).isEmpty());
    const QJsonValue reply =
        webhookMessage(bodies, granted)[u"interactive"_s][u"call_permission_reply"_s];
    QCOMPARE(reply[u"response"_s].toString(), u"accept"_s);
    QCOMPARE(reply[u"is_permanent"_s].toBool(), true);
    QCOMPARE(reply[u"response_source"_s].toString(), u"user_action"_s);

    const QString shared = inbound(
        url, {u"--type"_s, u"contact_info"_s, u"--user-id"_s, u"US.13491208655302741918"_s});
    QTRY_VERIFY(!webhookMessage(bodies, shared).isEmpty());
    const QJsonObject contact = webhookMessage(bodies, shared);
    QCOMPARE(contact[u"from_user_id"_s].toString(), u"US.13491208655302741918"_s);
    QCOMPARE(contact[u"contacts"_s][0][u"origin"_s].toString(), u"contact_request"_s);
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void TestSimProcess::tokenFromTheEnvironment()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WACONSOLE_SIM_TOKEN"_s, u"from-the-environment"_s);
    process.setProcessEnvironment(env);
    const QUrl url = start(process, {});
    QVERIFY(url.isValid());
    const QString phone = u"/v25.0/106540352242922"_s;
    Wac::Test::SimClient client(url, "from-the-environment");
    QCOMPARE(client.get(phone).status, 200);
    client.setToken("sandbox-token"); // replaced, as --token replaces it
    QCOMPARE(client.get(phone).status, 401);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QVERIFY(!process.readAllStandardOutput().contains("from-the-environment"));
}

void TestSimProcess::badArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown fault") << QStringList {u"--fault"_s, u"explode"_s};
    QTest::newRow("missing seed") << QStringList {u"--seed"_s, u"/nonexistent.json"_s};
    QTest::newRow("bad address") << QStringList {u"--listen"_s, u"not-an-ip"_s};
    QTest::newRow("bad window mode") << QStringList {u"--window-errors"_s, u"later"_s};
    QTest::newRow("media limit 0") << QStringList {u"--media-limit"_s, u"0"_s};
    QTest::newRow("media limit abc") << QStringList {u"--media-limit"_s, u"abc"_s};
    QTest::newRow("idle timeout -5") << QStringList {u"--idle-timeout"_s, u"-5"_s};
    QTest::newRow("request timeout huge") << QStringList {u"--request-timeout"_s, u"2147484"_s};
    QTest::newRow("template review -1") << QStringList {u"--template-review-seconds"_s, u"-1"_s};
    QTest::newRow("template review abc") << QStringList {u"--template-review-seconds"_s, u"abc"_s};
    QTest::newRow("inbound without --from")
        << QStringList {u"inbound"_s, u"--url"_s, u"http://127.0.0.1:1"_s};
    const QStringList base {u"inbound"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--from"_s, u"1"_s};
    QTest::newRow("inbound card index abc") << base + QStringList {u"--card-index"_s, u"abc"_s};
    QTest::newRow("inbound button index -1") << base + QStringList {u"--button-index"_s, u"-1"_s};
}

void TestSimProcess::badArgumentsExitTwo()
{
    QFETCH(QStringList, args);
    QProcess process;
    process.start(QStringLiteral(WACONSOLE_SIM), args);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimProcess)
#include "tst_simprocess.moc"
