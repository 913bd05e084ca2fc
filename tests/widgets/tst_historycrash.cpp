// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/historystore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// A send interrupted by a crash: the row written before the request left survives as
/// "outcome unknown" at the next start, and the request really did reach the server.
class TestHistoryCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidRequestLeavesAnUnknownRow();
    void answeredSendIsRecorded();
    void cliListsTheHistory();

private:
    qsizetype posts() const;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_sim;
};

qsizetype TestHistoryCrash::posts() const
{
    qsizetype count = 0;
    for (const auto &entry : m_sim->requestLog().entries())
        count += entry.method == u"POST"_s ? 1 : 0;
    return count;
}

void TestHistoryCrash::killedMidRequestLeavesAnUnknownRow()
{
    m_sim = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_sim->faults().add({Wac::Sim::FaultPlan::Mode::Hang, 1, {}, 0});
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"waconsole"_s);
    const QString db = dir.filePath(u"waconsole/history.sqlite"_s); // where the CLI reads it
    QProcess child;
    child.start(QStringLiteral(WACONSOLE_HISTORY_CHILD), {db, m_sim->baseUrl().toString()});
    QVERIFY(child.waitForStarted());
    // The simulator runs in this process: keep its event loop turning while the child works.
    QByteArray out;
    QTRY_VERIFY2_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("pending"),
        qPrintable(QString::fromUtf8(out + child.readAllStandardError())), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(posts(), 1, 10000); // the request left and hangs unanswered
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Wac::HistoryStore store(db);
    QVERIFY(store.open());
    const QList<qint64> ids = store.ids({}, 0, 10);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(store.record(ids.first())->answer.outcome, Wac::HistoryOutcome::Pending);
    QCOMPARE(store.markInterruptedUnknown(), 1); // what the window does when it starts
    const Wac::HistoryRecord row = *store.record(ids.first());
    QCOMPARE(row.answer.outcome, Wac::HistoryOutcome::Unknown);
    QCOMPARE(row.answer.errorReason, u"interrupted"_s);
    QVERIFY(row.entry.requestJson.contains("crash me"));

    // The CLI says it in words; its machine formats keep the code.
    const auto cli = [&dir](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dir.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WACONSOLE_CLI), QStringList {u"history"_s} + args);
        p.waitForFinished();
        return p.readAllStandardOutput();
    };
    const QByteArray table = cli({});
    QVERIFY2(table.contains("\tunknown\ttext\t") && table.contains("may have been sent"),
        table.constData());
    const QJsonArray rows = QJsonDocument::fromJson(cli({u"--format"_s, u"json"_s})).array();
    QCOMPARE(rows.first()[u"error_reason"].toString(), u"interrupted"_s);
}

void TestHistoryCrash::answeredSendIsRecorded()
{
    m_sim = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString db = dir.filePath(u"history.sqlite"_s);
    QProcess child;
    child.start(QStringLiteral(WACONSOLE_HISTORY_CHILD), {db, m_sim->baseUrl().toString()});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("finished"), 10000);
    QTRY_COMPARE(child.state(), QProcess::NotRunning);
    QCOMPARE(child.exitCode(), 0);
    Wac::HistoryStore store(db);
    QVERIFY(store.open());
    const QList<qint64> ids = store.ids({}, 0, 10);
    QCOMPARE(ids.size(), 1);
    const Wac::HistoryRecord row = *store.record(ids.first());
    QCOMPARE(row.answer.outcome, Wac::HistoryOutcome::Accepted);
    QVERIFY(row.answer.wamid.startsWith(u"wamid."_s));
    QCOMPARE(row.answer.httpStatus, 200);
    QCOMPARE(row.entry.type, u"text"_s);
    QVERIFY(!row.entry.requestJson.contains("sandbox-token"));
    QVERIFY(!row.answer.responseJson.contains("sandbox-token"));
}

void TestHistoryCrash::cliListsTheHistory()
{
    m_sim = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"waconsole"_s);
    QProcess child;
    child.start(QStringLiteral(WACONSOLE_HISTORY_CHILD),
        {dir.filePath(u"waconsole/history.sqlite"_s), m_sim->baseUrl().toString()});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("finished"), 10000);
    QTRY_COMPARE(child.state(), QProcess::NotRunning);

    const auto cli = [&dir](const QStringList &args, int *code) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dir.path()); // where the window keeps its history
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WACONSOLE_CLI), QStringList {u"history"_s} + args);
        p.waitForFinished();
        *code = p.exitCode();
        return p.readAllStandardOutput();
    };
    int code = -1;
    const QJsonArray rows = QJsonDocument::fromJson(cli({u"--format"_s, u"json"_s}, &code)).array();
    QCOMPARE(code, 0);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()[u"outcome"].toString(), u"accepted"_s);
    QVERIFY(rows.first()[u"wamid"].toString().startsWith(u"wamid."_s));
    QCOMPARE(rows.first()[u"request"][u"text"][u"body"].toString(), u"crash me"_s);
    const QByteArray table = cli({u"--filter"_s, u"crash type:text"_s}, &code);
    QVERIFY(table.contains("\taccepted\ttext\t+1 555-0100\twamid."));
    QCOMPARE(cli({u"--filter"_s, u"status:failed"_s}, &code), QByteArray());
    const QByteArray csv = cli({u"--format"_s, u"csv"_s, u"--limit"_s, u"1"_s}, &code);
    QCOMPARE(csv.count("\r\n"), 2);
    cli({u"--filter"_s, u"since:someday"_s}, &code);
    QCOMPARE(code, 2);
}

QTEST_GUILESS_MAIN(TestHistoryCrash)
#include "tst_historycrash.moc"
