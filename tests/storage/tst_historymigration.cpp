// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A store made new, and one of each older version brought to the current one: what it held is
// kept, nothing is migrated twice or by a reader, and a migration that fails leaves the file whole.
#include "storage/historyschema.h"
#include "storage/historystore.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "historyrows.h"
#include "olderschema.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace HistoryRows;
using Wac::HistoryOutcome;
using Mode = Wac::HistoryStore::Mode;
using Failure = Wac::HistoryStore::Failure;

class TestHistoryMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsTheSchemaInWal();
    void migratesVersion1();
    void aFailedMigrationLeavesTheOldFileWhole();
    void migratesVersion2InterruptedSentences();
    void migratesVersion4KeepingEachStatusOnce();
    void migratesVersion5GivingTheStoreAnId();
    void aTeamStoreOfVersion6GetsItsWordsStored();
    void aReaderNeverCreatesOrMigrates();

private:
    /// `table`'s columns in a store made new by this build, to compare a migrated one with.
    QStringList columnsOfNew(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Wac::StoreLocation m_location; ///< a new store on the run's engine
};

void TestHistoryMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"history.sqlite"_s);
    m_location = TestStores::fresh(m_dir->path());
}

QStringList TestHistoryMigration::columnsOfNew(const QString &table)
{
    Wac::HistoryStore fresh(m_dir->filePath(u"fresh.sqlite"_s));
    if (!fresh.open())
        return {u"(no new store: "_s + fresh.lastError() + u')'};
    return columnsOf(fresh, table);
}

void TestHistoryMigration::createsTheSchemaInWal()
{
    WAC_SQLITE_ONLY();
    Wac::HistoryStore store(m_path);
    QVERIFY(store.open());
    QSqlDatabase db = store.database();
    QCOMPARE(Wac::HistorySchema::version(db), Wac::HistorySchema::currentVersion);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QCOMPARE(columnsOf(store, u"statuses"_s).size(), 9);
}

void TestHistoryMigration::migratesVersion1()
{
    WAC_SQLITE_ONLY();
    QVERIFY(
        QFile::copy(QStringLiteral(WACONSOLE_TEST_DATA_DIR "/history/legacy_v1.sqlite"), m_path));
    QFile(m_path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Wac::HistoryStore store(m_path);
    QString notice;
    QVERIFY2(store.open(&notice), qPrintable(store.lastError()));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QSqlDatabase db = store.database();
    QCOMPARE(Wac::HistorySchema::version(db), Wac::HistorySchema::currentVersion);
    QCOMPARE(store.count({}), 3);
    const QList<Wac::HistoryRecord> rows = store.records({1, 2, 3});
    QCOMPARE(rows.at(0).answer.outcome, HistoryOutcome::Accepted);
    QCOMPARE(rows.at(0).entry.profile, u"Sandbox"_s);
    QCOMPARE(rows.at(1).answer.outcome, HistoryOutcome::Failed);
    QCOMPARE(rows.at(1).answer.errorCode, 132001);
    QCOMPARE(rows.at(2).answer.outcome, HistoryOutcome::Unknown);
    QCOMPARE(rows.at(2).entry.repliedTo, u"wamid.LEGACY1"_s);
    // Migrated text is searchable, in any script; digits are indexed.
    QCOMPARE(store.ids(Wac::HistoryFilter::parse(u"shipped"_s), 0, 10), QList<qint64> {1});
    QCOMPARE(store.ids(Wac::HistoryFilter::parse(u"привет"_s), 0, 10), QList<qint64> {3});
    QCOMPARE(store.ids(Wac::HistoryFilter::parse(u"to:+5511"_s), 0, 10), QList<qint64> {2});
    // A migrated file has the very columns of a new one.
    QCOMPARE(columnsOf(store, u"messages"_s), columnsOfNew(u"messages"_s));
}

void TestHistoryMigration::aFailedMigrationLeavesTheOldFileWhole()
{
    WAC_SQLITE_ONLY();
    QVERIFY(
        QFile::copy(QStringLiteral(WACONSOLE_TEST_DATA_DIR "/history/legacy_v1.sqlite"), m_path));
    QFile(m_path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    {
        // A table in the way makes the migration fail half-way.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"prep"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE statuses (x)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"prep"_s);
    Wac::HistoryStore store(m_path);
    QString notice;
    // A whole file that cannot be migrated is not damaged: it stays where it is, untouched.
    QVERIFY(!store.open(&notice));
    QCOMPARE(store.failure(), Wac::HistoryStore::Failure::Unusable);
    QVERIFY2(store.lastError().contains(u"statuses"_s), qPrintable(store.lastError()));
    QVERIFY(notice.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({u"history.sqlite.damaged-*"_s}).size(), 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QCOMPARE(Wac::HistorySchema::version(db), 1); // rolled back: still version 1…
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM messages"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3); // …with every row
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestHistoryMigration::migratesVersion2InterruptedSentences()
{
    WAC_SQLITE_ONLY();
    qint64 id = 0;
    qint64 other = 0;
    {
        // A version 2 file: the same table without error_reason, the sentence in error_message.
        Wac::HistoryStore store(m_path);
        QVERIFY(store.open());
        id = store.addPending(entry(u"+1 555-0100"_s, u"hi"_s));
        other = store.addPending(entry(u"+1 555-0100"_s, u"timed out"_s));
        QSqlDatabase db = store.database();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"ALTER TABLE messages DROP COLUMN error_reason"_s));
        QVERIFY(q.exec(u"ALTER TABLE messages DROP COLUMN writer"_s));
        QVERIFY(q.exec(u"UPDATE meta SET value = 2 WHERE name = 'schemaVersion'"_s));
        QVERIFY(dropVersion5(db));
        q.prepare(u"UPDATE messages SET outcome = 3, error_message = :m WHERE id = :id"_s);
        q.bindValue(u":m"_s,
            u"waconsole остановился до получения ответа: сообщение могло быть отправлено."_s);
        q.bindValue(u":id"_s, id);
        QVERIFY(q.exec());
        q.bindValue(u":m"_s, u"The request timed out"_s);
        q.bindValue(u":id"_s, other);
        QVERIFY(q.exec());
    }
    Wac::HistoryStore store(m_path);
    QString notice;
    QVERIFY2(store.open(&notice), qPrintable(store.lastError()));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QSqlDatabase db = store.database();
    QCOMPARE(Wac::HistorySchema::version(db), Wac::HistorySchema::currentVersion);
    QCOMPARE(store.record(id)->answer.errorReason, u"interrupted"_s);
    QCOMPARE(store.record(id)->answer.errorMessage, QString());
    QCOMPARE(store.record(other)->answer.errorReason, QString()); // other words stay as written
    QCOMPARE(store.record(other)->answer.errorMessage, u"The request timed out"_s);
    QCOMPARE(columnsOf(store, u"messages"_s), columnsOfNew(u"messages"_s));
}

void TestHistoryMigration::migratesVersion4KeepingEachStatusOnce()
{
    WAC_SQLITE_ONLY();
    qint64 id = 0;
    {
        Wac::HistoryStore store(m_path);
        QVERIFY(store.open());
        id = store.addPending(entry(u"+1 555-0100"_s, u"hi"_s));
        store.finish(id, accepted(u"wamid.V4"_s));
        QSqlDatabase db = store.database();
        QVERIFY(dropVersion5(db));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE meta SET value = 4 WHERE name = 'schemaVersion'"_s));
        // Version 4 wrote a status as often as it came.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(q.exec(u"INSERT INTO statuses (wamid, status, at) VALUES ('wamid.V4', "
                           "'delivered', 2000)"_s));
        }
    }
    Wac::HistoryStore store(m_path);
    QString notice;
    QVERIFY2(store.open(&notice), qPrintable(store.lastError()));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QSqlDatabase db = store.database();
    QCOMPARE(Wac::HistorySchema::version(db), Wac::HistorySchema::currentVersion);
    QCOMPARE(store.timeline(u"wamid.V4"_s).size(), 1);
    addStatus(store, u"wamid.V4"_s, u"read"_s, 3000);
    QCOMPARE(store.record(id)->lastStatus, u"read"_s);
    QCOMPARE(columnsOf(store, u"statuses"_s), columnsOfNew(u"statuses"_s));
}

// Version 6: a send names its agent, and the store gets an ID of its own for copies.
void TestHistoryMigration::migratesVersion5GivingTheStoreAnId()
{
    WAC_SQLITE_ONLY();
    qint64 id = 0;
    {
        Wac::HistoryStore store(m_path);
        QVERIFY(store.open());
        id = store.addPending(entry(u"+1 555-0100"_s, u"hi"_s));
        QSqlDatabase db = store.database();
        QVERIFY(dropVersion6(db));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE meta SET value = 5 WHERE name = 'schemaVersion'"_s));
        QVERIFY(Wac::HistorySchema::storeId(db).isEmpty());
    }
    Wac::HistoryStore store(m_path);
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    QSqlDatabase db = store.database();
    QCOMPARE(Wac::HistorySchema::version(db), Wac::HistorySchema::currentVersion);
    QVERIFY(!QUuid::fromString(Wac::HistorySchema::storeId(db)).isNull());
    QCOMPARE(store.record(id)->entry.agent, QString());
    Wac::HistoryEntry named = entry(u"+1 555-0101"_s, u"hello"_s);
    named.agent = u"Ana"_s;
    QCOMPARE(store.record(store.addPending(named))->entry.agent, u"Ana"_s);
    QCOMPARE(columnsOf(store, u"messages"_s), columnsOfNew(u"messages"_s));
    QCOMPARE(columnsOf(store, u"deliveries"_s), columnsOfNew(u"deliveries"_s));
}

// Version 7: a team store of version 6 indexed its words as an expression, parsed again for
// each row a search read; migrated, they are a stored column, and what was written is found.
void TestHistoryMigration::aTeamStoreOfVersion6GetsItsWordsStored()
{
    if (!TestStores::postgres())
        QSKIP("a team store's own: SQLite's word index is a table of its own");
    const QList<QPair<QString, QString>> words = {{u"messages"_s, u"body"_s},
        {u"conversations"_s, u"name || ' ' || username || ' ' || user_id || ' ' || group_id"_s},
        {u"inbound"_s, u"text"_s}};
    const QString generated = u"SELECT count(*) FROM information_schema.columns WHERE "
                              "column_name = 'words' AND is_generated = 'ALWAYS'"_s;
    {
        Wac::HistoryStore store(m_location);
        QVERIFY(store.open());
        store.addPending(entry(u"+1 555-0100"_s, u"Your refund is approved"_s));
        QSqlQuery q(store.database());
        for (const auto &[table, text] : words) {
            QVERIFY(q.exec(u"DROP INDEX %1_words"_s.arg(table)));
            QVERIFY(q.exec(u"ALTER TABLE %1 DROP COLUMN words"_s.arg(table)));
            QVERIFY(q.exec(u"CREATE INDEX %1_words ON %1 USING GIN "
                           "((to_tsvector('simple', %2)))"_s.arg(table, text)));
        }
        QVERIFY(q.exec(u"UPDATE meta SET value = 6 WHERE name = 'schemaVersion'"_s));
        QVERIFY(q.exec(generated) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    Wac::HistoryStore store(m_location);
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    QSqlDatabase db = store.database();
    QCOMPARE(Wac::HistorySchema::version(db), Wac::HistorySchema::currentVersion);
    QSqlQuery q(db);
    QVERIFY(q.exec(generated) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(store.count(Wac::HistoryFilter::parse(u"refu"_s)), 1);
    store.addPending(entry(u"+1 555-0101"_s, u"A second refund"_s));
    QCOMPARE(store.count(Wac::HistoryFilter::parse(u"refund"_s)), 2);
}

void TestHistoryMigration::aReaderNeverCreatesOrMigrates()
{
    WAC_SQLITE_ONLY();
    Wac::HistoryStore missing(m_path);
    QVERIFY(!missing.open(nullptr, Mode::ReadOnly));
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(
        QFile::copy(QStringLiteral(WACONSOLE_TEST_DATA_DIR "/history/legacy_v1.sqlite"), m_path));
    QFile(m_path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QFile before(m_path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    Wac::HistoryStore old(m_path);
    QVERIFY(!old.open(nullptr, Mode::ReadOnly));
    QCOMPARE(old.failure(), Failure::Unusable);
    QVERIFY2(
        old.lastError().contains(u"older waconsole (schema 1)"_s), qPrintable(old.lastError()));
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), bytes);
}

QTEST_GUILESS_MAIN(TestHistoryMigration)
#include "tst_historymigration.moc"
