// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Deleting from the history (a row, everything, past the retention) all or nothing, and a file
// that is damaged, locked by another program or not a database: said, moved aside only by the
// window, never lost.
#include "storage/historycheck.h"
#include "storage/historydeletion.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "historyrows.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace HistoryRows;
using Wac::HistoryOutcome;

class TestHistoryDeletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void deleteClearRetentionCompact();
    void aDeleteThatFailsHalfWayDeletesNothing();
    void aLockedFileFailsEveryDeleteAndSaysSo();
    void notADatabaseIsMovedAside();
    void aDamagedPageFailsTheCheckAndIsReplaced();
    void aLockedHealthyFileIsBusyNeverMoved_data();
    void aLockedHealthyFileIsBusyNeverMoved();
    void onlyTheWindowMovesADamagedFile_data();
    void onlyTheWindowMovesADamagedFile();
    void theFileIsPrivateToItsOwner();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Wac::StoreLocation m_location; ///< a new store on the run's engine
};

void TestHistoryDeletion::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"history.sqlite"_s);
    m_location = TestStores::fresh(m_dir->path());
}

void TestHistoryDeletion::deleteClearRetentionCompact()
{
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    Wac::HistoryDeletion deletion(&store);
    fill(store);
    QCOMPARE(deletion.remove({5}), 1);
    QVERIFY(store.timeline(u"wamid.E"_s).isEmpty());
    QCOMPARE(store.ids(Wac::HistoryFilter::parse(u"refund"_s), 0, 10), QList<qint64> {3});
    const qint64 now = QDate(2026, 11, 14).startOfDay().toMSecsSinceEpoch();
    QCOMPARE(deletion.removeOlderThan(2, now), 2); // the 10th and the 11th
    QCOMPARE(store.ids({}, 0, 10), (QList<qint64> {4, 3}));
    QVERIFY(deletion.compact());
    QVERIFY(deletion.clear());
    QCOMPARE(store.count({}), 0);
    QCOMPARE(store.count(Wac::HistoryFilter::parse(u"refund"_s)), 0);
    store.addPending(entry(u"+1 555-0100"_s, u"after clear"_s));
    QCOMPARE(store.count(Wac::HistoryFilter::parse(u"clear"_s)), 1);
    QCOMPARE(deletion.remove(store.ids({}, 0, 10)), 1); // the trigger is back
    QCOMPARE(store.count(Wac::HistoryFilter::parse(u"clear"_s)), 0);
}

// A delete refused at the third of five rows: none of them goes, and the caller is told.
void TestHistoryDeletion::aDeleteThatFailsHalfWayDeletesNothing()
{
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    Wac::HistoryDeletion deletion(&store);
    fill(store);
    if (TestStores::postgres()) {
        // The server empties a table with TRUNCATE, which only a statement's trigger sees.
        for (const QString &sql :
            {u"CREATE FUNCTION keep_three() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
             "RAISE EXCEPTION 'row 3 is kept'; END $$"_s,
                u"CREATE TRIGGER keep_three BEFORE DELETE ON messages FOR EACH ROW WHEN "
                "(old.id = 3) EXECUTE FUNCTION keep_three()"_s,
                u"CREATE TRIGGER keep_all BEFORE TRUNCATE ON messages FOR EACH STATEMENT "
                "EXECUTE FUNCTION keep_three()"_s})
            QVERIFY(QSqlQuery(store.database()).exec(sql));
    } else {
        QVERIFY(QSqlQuery(store.database())
                    .exec(u"CREATE TRIGGER keep_three BEFORE DELETE ON messages WHEN old.id = 3 "
                          "BEGIN SELECT RAISE(ABORT, 'row 3 is kept'); END"_s));
    }
    QCOMPARE(deletion.remove({1, 2, 3, 4, 5}), -1);
    QVERIFY2(deletion.lastError().contains(u"row 3 is kept"_s), qPrintable(deletion.lastError()));
    QCOMPARE(store.count({}), 5);
    QCOMPARE(store.timeline(u"wamid.E"_s).size(), 1);
    const qint64 later = QDate(2026, 12, 1).startOfDay().toMSecsSinceEpoch();
    QCOMPARE(deletion.removeOlderThan(1, later), -1);
    QCOMPARE(store.count({}), 5);
    QVERIFY(!deletion.clear());
    QVERIFY(deletion.lastError().contains(u"row 3 is kept"_s));
    QCOMPARE(store.count({}), 5);
    QCOMPARE(store.ids(Wac::HistoryFilter::parse(u"refund"_s), 0, 10), (QList<qint64> {5, 3}));
    QCOMPARE(deletion.remove({1}), 1); // the text index's trigger came back with the rollback
    QCOMPARE(store.count(Wac::HistoryFilter::parse(u"shipped"_s)), 0);
}

// Another process (the CLI, a second window) holds the write lock: every delete fails whole.
void TestHistoryDeletion::aLockedFileFailsEveryDeleteAndSaysSo()
{
    WAC_SQLITE_ONLY();
    Wac::HistoryStore store(m_path);
    QVERIFY(store.open());
    Wac::HistoryDeletion deletion(&store);
    fill(store);
    QSqlQuery(store.database()).exec(u"PRAGMA busy_timeout = 50"_s); // fail fast, not in 5 s
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        QCOMPARE(deletion.remove({1, 5}), -1);
        QVERIFY2(deletion.lastError().contains(u"locked"_s), qPrintable(deletion.lastError()));
        const qint64 later = QDate(2026, 12, 1).startOfDay().toMSecsSinceEpoch();
        QCOMPARE(deletion.removeOlderThan(1, later), -1);
        QVERIFY(!deletion.lastError().isEmpty());
        QVERIFY(!deletion.clear());
        QVERIFY(!deletion.lastError().isEmpty());
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    QCOMPARE(store.count({}), 5);
    QCOMPARE(store.timeline(u"wamid.E"_s).size(), 1);
    QCOMPARE(deletion.remove({1, 5}), 2); // with the lock gone, it works
    QCOMPARE(store.count({}), 3);
}

void TestHistoryDeletion::notADatabaseIsMovedAside()
{
    WAC_SQLITE_ONLY();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    Wac::HistoryStore store(m_path);
    QString notice;
    QVERIFY2(store.open(&notice), qPrintable(store.lastError()));
    QVERIFY2(notice.contains(u"history.sqlite.damaged-"_s), qPrintable(notice));
    const QStringList aside = QDir(m_dir->path()).entryList({u"history.sqlite.damaged-*"_s});
    QCOMPARE(aside.size(), 1);
    QFile old(m_dir->filePath(aside.first()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray(8192, 'x')); // kept as it was
    QVERIFY(store.addPending(entry(u"+1 555-0100"_s, u"works"_s)) > 0);
}

void TestHistoryDeletion::aDamagedPageFailsTheCheckAndIsReplaced()
{
    WAC_SQLITE_ONLY();
    {
        Wac::HistoryStore store(m_path);
        QVERIFY(store.open());
        store.database().transaction();
        for (int i = 0; i < 400; ++i)
            store.addPending(entry(u"+1 555-0100"_s, QString(200, QChar(u'a' + i % 26))));
        store.database().commit();
        QSqlQuery(store.database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    QString passed;
    QCOMPARE(Wac::HistoryCheck(m_path, 100).run(&passed), Wac::HistoryFile::Failure::None);
    QVERIFY(passed.isEmpty());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 20 * 4096);
    file.seek(12 * 4096); // a page of the messages table, well after the schema
    file.write(QByteArray(4096, '\xa5'));
    file.close();
    QString problem;
    Wac::HistoryCheck(m_path, 100).run(&problem);
    QVERIFY(!problem.isEmpty());
    QString detail;
    QCOMPARE(Wac::HistoryCheck(m_path, 100).run(&detail), Wac::HistoryFile::Failure::Damaged);
    QCOMPARE(detail, problem);
    Wac::HistoryStore store(m_path);
    store.open();
    const QString movedTo = store.replaceDamaged(problem);
    QVERIFY(movedTo.contains(u".damaged-"_s));
    QVERIFY(QFile::exists(movedTo));
    QVERIFY(store.isOpen());
    QCOMPARE(store.count({}), 0);
}

namespace {

using Mode = Wac::HistoryStore::Mode;
using Failure = Wac::HistoryStore::Failure;

/// Another program's connection holding `path` locked, as long as it lives. In WAL a plain
/// BEGIN EXCLUSIVE still lets readers in; exclusive locking mode (or a rollback journal, which
/// other tools leave) shuts them out too.
class Locker
{
public:
    Locker(const QString &path, bool rollbackJournal)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        if (rollbackJournal)
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s) && query.next());
        else
            QVERIFY(query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(query.exec(u"INSERT INTO meta(name, value) VALUES ('locker', 1)"_s));
        m_locked = true;
    }

    ~Locker()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(u"locker"_s, false);
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"locker"_s);
    }

    bool locked() const { return m_locked; }

private:
    bool m_locked = false;
};

} // namespace

void TestHistoryDeletion::aLockedHealthyFileIsBusyNeverMoved_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("rollbackJournal");
    for (const bool rollback : {false, true}) {
        const char *journal = rollback ? "rollback journal" : "WAL";
        QTest::addRow("window, %s", journal) << int(Mode::Window) << rollback;
        QTest::addRow("writer, %s", journal) << int(Mode::Writer) << rollback;
        QTest::addRow("reader, %s", journal) << int(Mode::ReadOnly) << rollback;
    }
}

void TestHistoryDeletion::aLockedHealthyFileIsBusyNeverMoved()
{
    WAC_SQLITE_ONLY();
    QFETCH(int, mode);
    QFETCH(bool, rollbackJournal);
    {
        Wac::HistoryStore store(m_path);
        QVERIFY(store.open());
        fill(store);
    }
    {
        const Locker locker(m_path, rollbackJournal);
        QVERIFY(locker.locked());
        Wac::HistoryStore store(m_path);
        store.setBusyTimeout(400);
        QElapsedTimer waited;
        waited.start();
        QString notice;
        QVERIFY(!store.open(&notice, Mode(mode)));
        QVERIFY2(waited.elapsed() >= 350, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(store.failure(), Failure::Busy);
        QVERIFY2(store.lastError().contains(u"busy (another program holds it)"_s),
            qPrintable(store.lastError()));
        QVERIFY(notice.isEmpty());
        QVERIFY(!store.isOpen());
        QString detail;
        QCOMPARE(Wac::HistoryCheck(m_path, 100).run(&detail), Failure::Busy);
    }
    QCOMPARE(QDir(m_dir->path()).entryList({u"history.sqlite.damaged-*"_s}).size(), 0);
    Wac::HistoryStore store(m_path);
    QVERIFY(store.open(nullptr, Mode::ReadOnly)); // the lock gone, the same file, whole
    QCOMPARE(store.count({}), 5);
}

void TestHistoryDeletion::onlyTheWindowMovesADamagedFile_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("writer") << int(Mode::Writer);
    QTest::addRow("reader") << int(Mode::ReadOnly);
}

void TestHistoryDeletion::onlyTheWindowMovesADamagedFile()
{
    WAC_SQLITE_ONLY();
    QFETCH(int, mode);
    const QByteArray garbage(8192, 'x');
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();
    Wac::HistoryStore store(m_path);
    QString notice;
    QVERIFY(!store.open(&notice, Mode(mode)));
    QCOMPARE(store.failure(), Failure::Damaged);
    QVERIFY2(store.lastError().contains(u"damaged"_s), qPrintable(store.lastError()));
    QVERIFY2(store.lastError().contains(u"left as it is"_s), qPrintable(store.lastError()));
    QVERIFY(notice.isEmpty());
    QCOMPARE(
        QDir(m_dir->path()).entryList({u"history.sqlite*"_s}), QStringList {u"history.sqlite"_s});
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TestHistoryDeletion::theFileIsPrivateToItsOwner()
{
    WAC_SQLITE_ONLY();
    const QString path = m_dir->filePath(u"share/waconsole/history.sqlite"_s);
    Wac::HistoryStore store(path);
    QVERIFY(store.open());
    QVERIFY(store.addPending(entry(u"+1 555-0100"_s, u"for the customer only"_s)) > 0);
    const auto mode = [](const QString &file) {
        return QFileInfo(file).permissions()
            & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                | QFile::ExeOther);
    };
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    QCOMPARE(mode(QFileInfo(path).absolutePath()), owner | QFile::ExeOwner);
    for (const QString &file : QStringList {path, path + u"-wal"_s, path + u"-shm"_s}) {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(mode(file), owner);
    }
}

QTEST_GUILESS_MAIN(TestHistoryDeletion)
#include "tst_historydeletion.moc"
