// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The history's change notices come from the log, whoever wrote: this process through the log,
// or another process (here a real waconsole-cli send) committing to the same file.
#include "sim/simulatorserver.h"
#include "storage/historystore.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "payloadcorpus.h"
#include "services/historylog.h"

using namespace Qt::StringLiterals;
using namespace Wac;

class TestHistoryLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownWritesAreAnnouncedOnce();
    void anotherProcessesSendIsNoticed();
};

void TestHistoryLog::ownWritesAreAnnouncedOnce()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    QVERIFY(store.open());
    HistoryLog log(&store);
    log.watchOtherWriters();
    QSignalSpy changed(&log, &HistoryLog::recordChanged);
    QSignalSpy reset(&log, &HistoryLog::reset);
    QSignalSpy elsewhere(&log, &HistoryLog::changedElsewhere);
    HistoryEntry entry;
    entry.createdAt = 1;
    entry.profile = u"Sandbox"_s;
    entry.requestJson = "{}";
    const qint64 id = log.addPending(entry);
    QVERIFY(id > 0);
    HistoryAnswer answer;
    answer.outcome = HistoryOutcome::Accepted;
    answer.wamid = u"wamid.A"_s;
    QVERIFY(log.finish(id, answer));
    QCOMPARE(changed.size(), 2);
    QTest::qWait(300); // what the file watcher would say of our own commits
    QCOMPARE(reset.size(), 0);
    QCOMPARE(elsewhere.size(), 0); // our own commits are not "someone else wrote"
    QCOMPARE(log.remove({id}), 1);
    QCOMPARE(reset.size(), 1);
}

void TestHistoryLog::anotherProcessesSendIsNoticed()
{
    Sim::SimulatorServer sim(Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    sim.conversations().setLimitsEnabled(false);
    QTemporaryDir data;
    QDir().mkpath(data.filePath(u"waconsole"_s));
    HistoryStore store(data.filePath(u"waconsole/history.sqlite"_s));
    QVERIFY(store.open());
    HistoryLog log(&store);
    log.watchOtherWriters();
    QSignalSpy reset(&log, &HistoryLog::changedElsewhere);

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, data.path());
    env.insert(u"WACONSOLE_TOKEN"_s, u"sandbox-token"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(WACONSOLE_CLI),
        {u"send"_s, u"--base-url"_s, sim.baseUrl().toString(), u"--phone-number-id"_s,
            u"106540352242922"_s, u"-"_s});
    cli.write(QJsonDocument(Test::loadValidPayload(u"seed-text"_s)).toJson());
    cli.closeWriteChannel();
    QSignalSpy finished(&cli, &QProcess::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(cli.exitCode(), 0);
    QTRY_VERIFY(!reset.isEmpty()); // the open store was told, with no reload asked for
    QCOMPARE(store.count({}), 1);
}

QTEST_GUILESS_MAIN(TestHistoryLog)
#include "tst_historylog.moc"
