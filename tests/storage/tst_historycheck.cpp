// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historycheck.h"
#include "storage/historystore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using Failure = Wac::HistoryFile::Failure;

/// The history's full check, which the window runs after its first paint and stops when it
/// closes: quitting right after start on a large history must not wait for the whole file.
class TestHistoryCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aWholeFilePasses();
    void stoppedBeforeItBeginsItOpensNothing();
    void stoppedWhileReadingItEndsWithoutAnAnswer();

private:
    /// A history of `rows` sends with 4 KB bodies: about 4.5 MB per thousand.
    void fill(int rows);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestHistoryCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"history.sqlite"_s);
}

void TestHistoryCheck::fill(int rows)
{
    Wac::HistoryStore store(m_path);
    QVERIFY(store.open());
    QVERIFY(store.database().transaction());
    for (int i = 0; i < rows; ++i) {
        const QString to = u"+1 555-%1"_s.arg(i % 10000, 4, 10, QChar(u'0'));
        const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, to},
            {u"type"_s, u"text"_s},
            {u"text"_s, QJsonObject {{u"body"_s, QString(4000, QChar(u'a' + i % 26))}}}};
        QVERIFY(
            store.addPending({1763380800000 + i * 1000LL, u"Sandbox"_s, u"106540352242922"_s, to,
                u"text"_s, QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}, {}})
            > 0);
    }
    QVERIFY(store.database().commit());
    QSqlQuery(store.database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

void TestHistoryCheck::aWholeFilePasses()
{
    fill(50);
    QString detail;
    QCOMPARE(Wac::HistoryCheck(m_path, 100).run(&detail), Failure::None);
    QVERIFY(detail.isEmpty());
}

void TestHistoryCheck::stoppedBeforeItBeginsItOpensNothing()
{
    // A file that is not there: opened, the check would say it cannot be used.
    QString detail;
    QCOMPARE(Wac::HistoryCheck(m_dir->filePath(u"absent/history.sqlite"_s), 100).run(&detail),
        Failure::Unusable);
    Wac::HistoryCheck check(m_dir->filePath(u"absent/history.sqlite"_s), 100);
    check.stop();
    detail.clear();
    QCOMPARE(check.run(&detail), Failure::Stopped);
    QVERIFY(detail.isEmpty());
}

void TestHistoryCheck::stoppedWhileReadingItEndsWithoutAnAnswer()
{
    // About 45 MB: the whole check takes far longer than the 20 ms after which it is stopped
    // (a million rows, 673 MB, take 15 s), so only a check that stops answers Stopped.
    fill(10000);
    Wac::HistoryCheck check(m_path, 100);
    Failure failure = Failure::None;
    QString detail;
    QElapsedTimer clock;
    clock.start();
    std::atomic<bool> done {false};
    std::thread reader([&] {
        failure = check.run(&detail);
        done.store(true);
    });
    QTest::qWait(20);
    while (!done.load()) { // as the window does: said again while it waits
        check.stop();
        QTest::qWait(5);
    }
    reader.join();
    const qint64 stoppedAfter = clock.elapsed();
    QCOMPARE(failure, Failure::Stopped);
    QVERIFY(detail.isEmpty());

    // The same file, not stopped, passes: what ended the first check was stop(), not the file.
    clock.restart();
    QCOMPARE(Wac::HistoryCheck(m_path, 100).run(&detail), Failure::None);
    qInfo("stopped after %lld ms; the whole check takes %lld ms", stoppedAfter, clock.elapsed());
}

QTEST_GUILESS_MAIN(TestHistoryCheck)
#include "tst_historycheck.moc"
