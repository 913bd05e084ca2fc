// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The CLI's readers of the window's history (history, conversations) against a file another
// program holds locked and a damaged one: they wait, say so and exit non-zero, and never
// rename, migrate or recreate the file.
#include "storage/historystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    qint64 elapsedMs = 0;
};

} // namespace

class TestCliHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aLockedHistoryIsBusyAndKept_data();
    void aLockedHistoryIsBusyAndKept();
    void aDamagedHistoryIsReportedAndKept_data();
    void aDamagedHistoryIsReportedAndKept();

private:
    Run run(const QStringList &args) const;
    QStringList filesBeside() const;

    std::unique_ptr<QTemporaryDir> m_data;
    QString m_path;
};

void TestCliHistory::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_path = m_data->filePath(u"waconsole/history.sqlite"_s);
}

Run TestCliHistory::run(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_data->path()); // where the window keeps its history
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(WACONSOLE_CLI), args);
    if (!process.waitForFinished(30000))
        qFatal("waconsole-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

QStringList TestCliHistory::filesBeside() const
{
    return QDir(m_data->filePath(u"waconsole"_s)).entryList(QDir::Files, QDir::Name);
}

void TestCliHistory::aLockedHistoryIsBusyAndKept_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("history") << QStringList {u"history"_s, u"--format"_s, u"json"_s};
    QTest::addRow("conversations") << QStringList {u"conversations"_s, u"--format"_s, u"json"_s};
}

void TestCliHistory::aLockedHistoryIsBusyAndKept()
{
    QFETCH(QStringList, args);
    {
        Wac::HistoryStore store(m_path);
        QVERIFY(store.open());
        QVERIFY(store.addPending({1763380800000, u"Sandbox"_s, u"106540352242922"_s, u"+15550100"_s,
                    u"text"_s, R"({"text":{"body":"kept"}})", {}, {}, {}})
            > 0);
    }
    const QStringList before = filesBeside();
    {
        // Another program (here this test's own connection) holds the file shut.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(lock.exec(u"INSERT INTO meta(name, value) VALUES ('locker', 1)"_s));
        const Run busy = run(args);
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        db.close();
        QCOMPARE(busy.exitCode, 2);
        QVERIFY2(busy.err.contains(
                     u"the history is busy (another program holds it)"_s, Qt::CaseInsensitive),
            qPrintable(busy.err));
        QVERIFY(busy.out.isEmpty());
        // It waited for the lock (SQLite's busy timeout) before giving up, but not for ever.
        QVERIFY2(busy.elapsedMs >= Wac::HistoryStore::defaultBusyTimeoutMs - 500,
            qPrintable(QString::number(busy.elapsedMs)));
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    QCOMPARE(filesBeside(), before); // nothing renamed, nothing new
    const Run free = run({u"history"_s, u"--format"_s, u"json"_s});
    QCOMPARE(free.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(free.out).array();
    QCOMPARE(rows.size(), 1); // the same file, whole
}

void TestCliHistory::aDamagedHistoryIsReportedAndKept_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("history") << QStringList {u"history"_s};
    QTest::addRow("conversations") << QStringList {u"conversations"_s};
}

void TestCliHistory::aDamagedHistoryIsReportedAndKept()
{
    QFETCH(QStringList, args);
    QVERIFY(QDir().mkpath(m_data->filePath(u"waconsole"_s)));
    const QByteArray garbage(8192, 'x');
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();
    const Run damaged = run(args);
    QCOMPARE(damaged.exitCode, 2);
    QVERIFY2(damaged.err.contains(u"is damaged"_s), qPrintable(damaged.err));
    QVERIFY2(damaged.err.contains(u"left as it is"_s), qPrintable(damaged.err));
    QCOMPARE(filesBeside(), QStringList {u"history.sqlite"_s});
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
