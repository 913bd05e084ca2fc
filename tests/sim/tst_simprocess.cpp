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
    QTest::newRow("inbound without --from")
        << QStringList {u"inbound"_s, u"--url"_s, u"http://127.0.0.1:1"_s};
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
