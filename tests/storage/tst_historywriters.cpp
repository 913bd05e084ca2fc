// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A console starting up marks "outcome unknown" only the sends whose process is gone: a CLI
// send still waiting for its answer on the same file keeps its pending row.
#include "storage/historystore.h"
#include "storage/historywriter.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "olderschema.h"

using namespace Qt::StringLiterals;
using namespace Wac;

class TestHistoryWriters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLiveWritersSendStaysPending();
    void aGoneWritersSendBecomesUnknown_data();
    void aGoneWritersSendBecomesUnknown();
    void aFileOfVersion3GainsTheWriter();

private:
    qint64 pendingRow(HistoryStore &store, const QString &writer);

    QTemporaryDir m_dir;
};

qint64 TestHistoryWriters::pendingRow(HistoryStore &store, const QString &writer)
{
    HistoryEntry entry;
    entry.createdAt = 1;
    entry.profile = u"Sandbox"_s;
    entry.requestJson = "{}";
    const qint64 id = store.addPending(entry);
    QSqlQuery q(store.database());
    q.prepare(u"UPDATE messages SET writer = :writer WHERE id = :id"_s);
    q.bindValue(u":writer"_s, writer.isNull() ? u""_s : writer);
    q.bindValue(u":id"_s, id);
    return q.exec() ? id : 0;
}

void TestHistoryWriters::aLiveWritersSendStaysPending()
{
    HistoryStore store(m_dir.filePath(u"live.sqlite"_s));
    QVERIFY(store.open());
    HistoryEntry entry;
    entry.createdAt = 1;
    entry.profile = u"Sandbox"_s;
    entry.requestJson = "{}";
    const qint64 mine = store.addPending(entry); // written by this process, still running
    QVERIFY(mine > 0);
    QProcess sleeper; // another process on this machine, alive while the console starts
    sleeper.start(u"sleep"_s, {u"30"_s});
    QVERIFY(sleeper.waitForStarted());
    const QString other =
        QString::number(sleeper.processId()) + u'@' + HistoryWriter::current().section(u'@', 1);
    const qint64 theirs = pendingRow(store, other);
    QVERIFY(theirs > 0);
    QCOMPARE(store.markInterruptedUnknown(), 0);
    QCOMPARE(store.record(mine)->answer.outcome, HistoryOutcome::Pending);
    QCOMPARE(store.record(theirs)->answer.outcome, HistoryOutcome::Pending);
    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    QCOMPARE(store.markInterruptedUnknown(), 1); // now it is gone
    QCOMPARE(store.record(theirs)->answer.outcome, HistoryOutcome::Unknown);
}

void TestHistoryWriters::aGoneWritersSendBecomesUnknown_data()
{
    QTest::addColumn<QString>("writer");
    const QString boot = HistoryWriter::current().section(u'@', 1);
    QTest::newRow("an earlier version (no writer)") << QString();
    QTest::newRow("a process that is gone") << u"2147483646@"_s + boot;
    QTest::newRow("this process, before a reboot")
        << QString::number(QCoreApplication::applicationPid()) + u"@another-boot"_s;
}

void TestHistoryWriters::aGoneWritersSendBecomesUnknown()
{
    QFETCH(QString, writer);
    HistoryStore store(m_dir.filePath(QString::number(qHash(writer)) + u".sqlite"_s));
    QVERIFY(store.open());
    const qint64 id = pendingRow(store, writer);
    QVERIFY(id > 0);
    QCOMPARE(store.markInterruptedUnknown(), 1);
    QCOMPARE(store.record(id)->answer.outcome, HistoryOutcome::Unknown);
    QCOMPARE(store.record(id)->answer.errorReason, u"interrupted"_s);
}

void TestHistoryWriters::aFileOfVersion3GainsTheWriter()
{
    const QString path = m_dir.filePath(u"v3.sqlite"_s);
    qint64 id = 0;
    {
        HistoryStore store(path);
        QVERIFY(store.open());
        id = pendingRow(store, {});
        QSqlDatabase db = store.database();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"ALTER TABLE messages DROP COLUMN writer"_s));
        QVERIFY(q.exec(u"UPDATE meta SET value = 3 WHERE name = 'schemaVersion'"_s));
        QVERIFY(dropVersion5(db));
    }
    HistoryStore store(path);
    QString notice;
    QVERIFY(store.open(&notice));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(store.markInterruptedUnknown(), 1); // a row of before: its writer is unknown
    QCOMPARE(store.record(id)->answer.outcome, HistoryOutcome::Unknown);
}

QTEST_GUILESS_MAIN(TestHistoryWriters)
#include "tst_historywriters.moc"
