// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "payloadcorpus.h"
#include "scriptedserver.h"

using namespace Qt::StringLiterals;
using Mode = Wac::Sim::FaultPlan::Mode;

Q_DECLARE_METATYPE(Mode)

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QByteArray firstErrLine() const { return err.left(err.indexOf('\n')); }
};

QByteArray htmlPage(int status, const QByteArray &reason, const QByteArray &headers = {})
{
    return Wac::Test::ScriptedServer::answer(status, reason,
        "Content-Type: text/html\r\n" + headers, "<html><h1>" + reason + "</h1></html>");
}

} // namespace

/// waconsole-cli send against the faults of the simulator and of servers that are not Graph.
class TestCliFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void timeoutIsRefusedUnlessSensible_data();
    void timeoutIsRefusedUnlessSensible();
    void aTrickleEndsAtTheDeadline();
    void theFirstLineIsTheHeadline_data();
    void theFirstLineIsTheHeadline();
    void answersThatAreNotGraphsSaySo_data();
    void answersThatAreNotGraphsSaySo();

private:
    /// Runs waconsole-cli `command` against `baseUrl`; the servers answer from this thread.
    Run cli(const QString &command, const QUrl &baseUrl, const QString &timeout = u"2"_s);
    qsizetype postsSeen() const;

    std::unique_ptr<Wac::Sim::SimulatorServer> m_sim;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestCliFaults::init()
{
    m_sim = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_sim->conversations().setLimitsEnabled(false);
    m_data = std::make_unique<QTemporaryDir>();
}

Run TestCliFaults::cli(const QString &command, const QUrl &baseUrl, const QString &timeout)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_data->path());
    env.insert(u"WACONSOLE_TOKEN"_s, u"sandbox-token"_s);
    process.setProcessEnvironment(env);
    QStringList args {command, u"--base-url"_s, baseUrl.toString(), u"--timeout"_s, timeout};
    if (command == u"templates"_s)
        args << u"--waba-id"_s << u"102290129340398"_s;
    else
        args << u"--phone-number-id"_s << u"106540352242922"_s << u"--no-history"_s << u"-"_s;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(WACONSOLE_CLI), args);
    process.write(QJsonDocument(Wac::Test::loadValidPayload(u"seed-text"_s)).toJson());
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning && !finished.wait(15000)) {
        process.kill();
        process.waitForFinished();
        qWarning("waconsole-cli %s did not finish within 15 s", qPrintable(command));
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(),
        clock.elapsed()};
}

qsizetype TestCliFaults::postsSeen() const
{
    qsizetype posts = 0;
    for (const auto &entry : m_sim->requestLog().entries())
        posts += entry.method == u"POST"_s ? 1 : 0;
    return posts;
}

void TestCliFaults::timeoutIsRefusedUnlessSensible_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("timeout");
    for (const QString &command : {u"send"_s, u"templates"_s}) {
        // 0, -5 and abc became 1 s; 2147484 s overflowed the timer's milliseconds and hung.
        for (const QString &value :
            {u"0"_s, u"-5"_s, u"abc"_s, u"1.5"_s, u""_s, u"86401"_s, u"2147484"_s}) {
            QTest::addRow("%s %s", qPrintable(command), qPrintable(value)) << command << value;
        }
    }
}

void TestCliFaults::timeoutIsRefusedUnlessSensible()
{
    QFETCH(QString, command);
    QFETCH(QString, timeout);
    const Run run = cli(command, m_sim->baseUrl(), timeout);
    QCOMPARE(run.exitCode, 2);
    const QByteArray said = "--timeout must be a whole number of seconds from 1 to 86400, not \""
        + timeout.toUtf8() + '"';
    QVERIFY2(run.firstErrLine().contains(said), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(m_sim->requestLog().entries().isEmpty()); // refused before anything left
}

// A server that trickles a byte a second kept "send --timeout 3" for 20 s, then "Accepted".
void TestCliFaults::aTrickleEndsAtTheDeadline()
{
    const QByteArray body = R"({"messaging_product":"whatsapp","contacts":[{"input":"1",)"
                            R"("wa_id":"1"}],"messages":[{"id":"wamid.trickled"}]})";
    const QByteArray answer =
        Wac::Test::ScriptedServer::answer(200, "OK", "Content-Type: application/json\r\n", body);
    Wac::Test::ScriptedServer trickle(answer, 1000, answer.indexOf(body));
    QVERIFY(trickle.start());
    const Run run = cli(u"send"_s, trickle.baseUrl(), u"3"_s);
    QVERIFY2(
        run.elapsedMs >= 2900 && run.elapsedMs < 6000, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.firstErrLine().startsWith("Outcome unknown"), run.err.constData());
    QVERIFY2(run.err.contains("3 s time limit"), run.err.constData());
    QVERIFY(!run.err.contains("wamid.trickled") && !run.out.contains("wamid.trickled"));
    QCOMPARE(trickle.posts(), 1);
}

void TestCliFaults::theFirstLineIsTheHeadline_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("headline");
    const QByteArray unknown =
        "Outcome unknown: the request left, but no complete answer came back.";
    QTest::newRow("close") << Mode::Close << 3 << unknown;
    QTest::newRow("reset") << Mode::ResetMidBody << 3 << unknown;
    QTest::newRow("hang") << Mode::Hang << 3 << unknown;
    QTest::newRow("malformed") << Mode::MalformedJson << 3 << unknown;
    QTest::newRow("502") << Mode::BadGateway << 3
                         << QByteArray(
                                "The server failed (HTTP 502): the message may have gone out.");
}

// Qt's "QIODevice::read … device not open" and "QIODevice::seek … sequential device" came first.
void TestCliFaults::theFirstLineIsTheHeadline()
{
    QFETCH(Mode, mode);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, headline);
    m_sim->faults().add({mode, 5, {}, 0});
    const Run run = cli(u"send"_s, m_sim->baseUrl());
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.firstErrLine(), headline);
    QVERIFY2(!run.err.contains("QIODevice"), run.err.constData());
    QCOMPARE(postsSeen(), 1);
}

void TestCliFaults::answersThatAreNotGraphsSaySo_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("headline");
    QTest::addColumn<QByteArray>("hint");
    QTest::newRow("html 403") << htmlPage(403,
        "Forbidden") << 1 << QByteArray("Refused (HTTP 403) by something other than the Graph API.")
                              << QByteArray("proxy");
    QTest::newRow("html 404") << htmlPage(404,
        "Not Found") << 1 << QByteArray("Refused (HTTP 404) by something other than the Graph API.")
                              << QByteArray("base URL");
    QTest::newRow("307") << htmlPage(307, "Temporary Redirect", "Location: https://x.invalid/y\r\n")
                         << 1
                         << QByteArray("Redirected (HTTP 307): not the Graph API's answer, and not "
                                       "followed.")
                         << QByteArray("Redirected to https://x.invalid/y");
    QTest::newRow("html 503") << htmlPage(503, "Service Unavailable") << 3
                              << QByteArray("The server failed (HTTP 503): the message may have "
                                            "gone out.")
                              << QByteArray("before sending again");
}

// They were all "Not authorised: the access token was refused", with the hint to update it.
void TestCliFaults::answersThatAreNotGraphsSaySo()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, headline);
    QFETCH(QByteArray, hint);
    Wac::Test::ScriptedServer server(answer);
    QVERIFY(server.start());
    const Run run = cli(u"send"_s, server.baseUrl());
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.firstErrLine(), headline);
    QVERIFY2(run.err.contains(hint), run.err.constData());
    QVERIFY2(!run.err.contains("access token"), run.err.constData());
    QVERIFY2(!run.err.contains("QIODevice"), run.err.constData());
    QCOMPARE(server.posts(), 1);
}

QTEST_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
