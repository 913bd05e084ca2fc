// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historycheck.h"
#include "storage/historydeletion.h"
#include "storage/historyexport.h"
#include "storage/historyreason.h"
#include "storage/historyschema.h"
#include "storage/historystore.h"
#include "storage/inboxwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "olderschema.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using Wac::HistoryOutcome;

namespace {

Wac::HistoryEntry entry(const QString &to, const QString &body, qint64 at = 1763380800000)
{
    const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, to},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, body}}}};
    return {at, u"Sandbox"_s, u"106540352242922"_s, to, u"text"_s,
        QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}};
}

/// A status webhook for `wamid`, as the receiver records it (`atMs` in whole seconds).
void addStatus(Wac::HistoryStore &store, const QString &wamid, const QString &status, qint64 atMs)
{
    Wac::WebhookDelivery delivery;
    Wac::WebhookStatus s;
    s.wamid = wamid;
    s.status = status;
    s.timestamp = atMs / 1000;
    delivery.statuses << s;
    QVERIFY(Wac::InboxWriter(&store).record(u"Sandbox"_s, "{}", atMs, true, delivery));
}

Wac::HistoryAnswer accepted(const QString &wamid)
{
    Wac::HistoryAnswer a;
    a.outcome = HistoryOutcome::Accepted;
    a.httpStatus = 200;
    a.wamid = wamid;
    a.responseJson = R"({"messages":[{"id":")" + wamid.toUtf8() + R"("}]})";
    return a;
}

QStringList columnsOf(Wac::HistoryStore &store, const QString &table)
{
    QSqlQuery q(store.database());
    q.exec(u"PRAGMA table_info("_s + table + u')');
    QStringList out;
    while (q.next())
        out << q.value(1).toString() + u' ' + q.value(2).toString();
    return out;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsTheSchemaInWal();
    void migratesVersion1();
    void aFailedMigrationLeavesTheOldFileWhole();
    void pendingBecomesAcceptedFailedOrUnknown();
    void interruptedSendsBecomeUnknown();
    void migratesVersion2InterruptedSentences();
    void migratesVersion4KeepingEachStatusOnce();
    void migratesVersion5GivingTheStoreAnId();
    void aTeamStoreOfVersion6GetsItsWordsStored();
    void everyFilter_data();
    void everyFilter();
    void filterExpressions();
    void pagesNewestFirst();
    void timelineKeepsTheNewestStatus();
    void exportsCsvAndJsonThatReadBack();
    void exportCanBeCancelled();
    void jsonExportEscapesAndKeepsWhatIsNotJson();
    void deleteClearRetentionCompact();
    void aDeleteThatFailsHalfWayDeletesNothing();
    void aLockedFileFailsEveryDeleteAndSaysSo();
    void notADatabaseIsMovedAside();
    void aDamagedPageFailsTheCheckAndIsReplaced();
    void aLockedHealthyFileIsBusyNeverMoved_data();
    void aLockedHealthyFileIsBusyNeverMoved();
    void onlyTheWindowMovesADamagedFile_data();
    void onlyTheWindowMovesADamagedFile();
    void aReaderNeverCreatesOrMigrates();
    void theFileIsPrivateToItsOwner();

private:
    void fill(Wac::HistoryStore &store);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Wac::StoreLocation m_location; ///< a new store on the run's engine
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"history.sqlite"_s);
    m_location = TestStores::fresh(m_dir->path());
}

void TestHistoryStore::fill(Wac::HistoryStore &store)
{
    // 1 accepted text to +1 555, 2 failed template to +55, 3 unknown text, 4 pending, 5 read
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 base = QDate(2026, 11, 10).startOfDay().toMSecsSinceEpoch();
    qint64 id = store.addPending(entry(u"+1 555-0100"_s, u"Your order 4412 has shipped"_s, base));
    store.finish(id, accepted(u"wamid.A"_s));
    Wac::HistoryEntry t = entry(u"+55 11 91234-5678"_s, u"Olá, pedido enviado"_s, base + day);
    t.type = u"template"_s;
    t.profile = u"Production"_s;
    id = store.addPending(t);
    Wac::HistoryAnswer failed;
    failed.outcome = HistoryOutcome::Failed;
    failed.httpStatus = 400;
    failed.errorCode = 132001;
    failed.errorMessage = u"Template name does not exist"_s;
    store.finish(id, failed);
    id =
        store.addPending(entry(u"+44 7700 900123"_s, u"Привет, refund approved"_s, base + 2 * day));
    Wac::HistoryAnswer unknown;
    unknown.outcome = HistoryOutcome::Unknown;
    store.finish(id, unknown);
    store.addPending(entry(u"+1 555-0199"_s, u"still in flight"_s, base + 3 * day));
    id = store.addPending(
        entry(u"+1 555-0100"_s, u"refund sent, \"quoted\", done"_s, base + 4 * day));
    store.finish(id, accepted(u"wamid.E"_s));
    addStatus(store, u"wamid.E"_s, u"read"_s, base + 4 * day + 5000);
}

void TestHistoryStore::createsTheSchemaInWal()
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

void TestHistoryStore::migratesVersion1()
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
    Wac::HistoryStore fresh(m_dir->filePath(u"fresh.sqlite"_s));
    QVERIFY(fresh.open());
    QCOMPARE(columnsOf(store, u"messages"_s), columnsOf(fresh, u"messages"_s));
}

void TestHistoryStore::aFailedMigrationLeavesTheOldFileWhole()
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

void TestHistoryStore::pendingBecomesAcceptedFailedOrUnknown()
{
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    const qint64 id = store.addPending(entry(u"+1 555-0100"_s, u"hi"_s));
    QVERIFY(id > 0);
    QCOMPARE(store.record(id)->answer.outcome, HistoryOutcome::Pending);
    QVERIFY(store.finish(id, accepted(u"wamid.X"_s)));
    const Wac::HistoryRecord r = *store.record(id);
    QCOMPARE(r.answer.outcome, HistoryOutcome::Accepted);
    QCOMPARE(r.answer.wamid, u"wamid.X"_s);
    QCOMPARE(store.findWamid(u"wamid.X"_s), id);
    QCOMPARE(r.entry.recipient, u"+1 555-0100"_s);
    Wac::HistoryAnswer failed;
    failed.outcome = HistoryOutcome::Failed;
    failed.errorCode = 131047;
    failed.fbtraceId = u"Trace"_s;
    const qint64 second = store.addPending(entry(u"+1 555-0100"_s, u"again"_s));
    QVERIFY(store.finish(second, failed));
    QCOMPARE(store.record(second)->answer.errorCode, 131047);
    QCOMPARE(store.record(second)->answer.fbtraceId, u"Trace"_s);
    QVERIFY(!store.finish(9999, failed)); // no such row
}

void TestHistoryStore::interruptedSendsBecomeUnknown()
{
    qint64 id = 0;
    {
        Wac::HistoryStore store(m_location);
        QVERIFY(store.open());
        id = store.addPending(entry(u"+1 555-0100"_s, u"hi"_s));
        // As written by a run that is gone (this test process is still alive).
        QVERIFY(QSqlQuery(store.database()).exec(u"UPDATE messages SET writer = ''"_s));
    }
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    QCOMPARE(store.markInterruptedUnknown(), 1);
    const Wac::HistoryAnswer answer = store.record(id)->answer;
    QCOMPARE(answer.outcome, HistoryOutcome::Unknown);
    // The row holds a code, not a sentence in the language of the day; it reads as one.
    QCOMPARE(answer.errorReason, u"interrupted"_s);
    QCOMPARE(answer.errorMessage, QString());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT error_reason, error_message FROM messages"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"interrupted"_s);
    QCOMPARE(q.value(1).toString(), QString());
    QVERIFY(Wac::HistoryReason::errorText(answer).contains(u"may have been sent"_s));
}

void TestHistoryStore::migratesVersion2InterruptedSentences()
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
    Wac::HistoryStore fresh(m_dir->filePath(u"fresh.sqlite"_s));
    QVERIFY(fresh.open());
    QCOMPARE(columnsOf(store, u"messages"_s), columnsOf(fresh, u"messages"_s));
}

void TestHistoryStore::migratesVersion4KeepingEachStatusOnce()
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
    Wac::HistoryStore fresh(m_dir->filePath(u"fresh.sqlite"_s));
    QVERIFY(fresh.open());
    QCOMPARE(columnsOf(store, u"statuses"_s), columnsOf(fresh, u"statuses"_s));
}

// Version 6: a send names its agent, and the store gets an ID of its own for copies.
void TestHistoryStore::migratesVersion5GivingTheStoreAnId()
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
    Wac::HistoryStore fresh(m_dir->filePath(u"fresh.sqlite"_s));
    QVERIFY(fresh.open());
    QCOMPARE(columnsOf(store, u"messages"_s), columnsOf(fresh, u"messages"_s));
    QCOMPARE(columnsOf(store, u"deliveries"_s), columnsOf(fresh, u"deliveries"_s));
}

// Version 7: a team store of version 6 indexed its words as an expression, parsed again for
// each row a search read; migrated, they are a stored column, and what was written is found.
void TestHistoryStore::aTeamStoreOfVersion6GetsItsWordsStored()
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

void TestHistoryStore::everyFilter_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("none") << QString() << QList<qint64> {5, 4, 3, 2, 1};
    QTest::newRow("wamid") << u"wamid.A"_s << QList<qint64> {1};
    QTest::newRow("wamid key") << u"wamid:wamid.E"_s << QList<qint64> {5};
    QTest::newRow("recipient") << u"+1555"_s << QList<qint64> {5, 4, 1};
    QTest::newRow("recipient prefix") << u"to:+1 555-01"_s << QList<qint64> {5, 4, 1};
    QTest::newRow("recipient exact") << u"to:15550199"_s << QList<qint64> {4};
    QTest::newRow("text") << u"refund"_s << QList<qint64> {5, 3};
    QTest::newRow("text prefix") << u"ship"_s << QList<qint64> {1};
    QTest::newRow("text two words") << u"refund approved"_s << QList<qint64> {3};
    // Control characters (a NUL ended SQLite's reading of the search inside a quote, "unterminated
    // string", found by fuzz_historyfilter) part words like spaces.
    QTest::newRow("text with control characters") << QString::fromUtf8("\"refund\0\0\x01"
                                                                       "approved\"\t",
        20) << QList<qint64> {3};
    QTest::newRow("text with quotes") << u"\"quoted\""_s << QList<qint64> {5};
    QTest::newRow("text accents") << u"olá"_s << QList<qint64> {2};
    QTest::newRow("type") << u"type:template"_s << QList<qint64> {2};
    QTest::newRow("pending") << u"status:pending"_s << QList<qint64> {4};
    QTest::newRow("accepted") << u"status:accepted"_s << QList<qint64> {5, 1};
    QTest::newRow("failed") << u"status:failed"_s << QList<qint64> {2};
    QTest::newRow("unknown") << u"status:unknown"_s << QList<qint64> {3};
    QTest::newRow("read") << u"status:read"_s << QList<qint64> {5};
    QTest::newRow("profile") << u"profile:Production"_s << QList<qint64> {2};
    QTest::newRow("since") << u"since:2026-11-12"_s << QList<qint64> {5, 4, 3};
    QTest::newRow("until") << u"until:2026-11-11"_s << QList<qint64> {2, 1};
    QTest::newRow("range") << u"since:2026-11-11 until:2026-11-12"_s << QList<qint64> {3, 2};
    QTest::newRow("combined") << u"+1555 refund status:accepted"_s << QList<qint64> {5};
    QTest::newRow("nothing") << u"nonexistentword"_s << QList<qint64> {};
}

void TestHistoryStore::everyFilter()
{
    QFETCH(QString, expression);
    QFETCH(QList<qint64>, expected);
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    fill(store);
    QString error;
    const Wac::HistoryFilter filter = Wac::HistoryFilter::parse(expression, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(store.ids(filter, 0, 100), expected);
    QCOMPARE(store.count(filter), expected.size());
    QCOMPARE(store.count(filter, 2), qMin<qint64>(expected.size(), 2)); // a capped count
    for (const qint64 id : {1, 2, 3, 4, 5})
        QCOMPARE(store.matches(filter, id), expected.contains(id));
}

void TestHistoryStore::filterExpressions()
{
    QString error;
    Wac::HistoryFilter::parse(u"since:yesterday"_s, &error);
    QVERIFY(error.contains(u"since"_s) && error.contains(u"yesterday"_s));
    const Wac::HistoryFilter f = Wac::HistoryFilter::parse(u"\"two words\" http://x"_s);
    QCOMPARE(f.text, u"two words http://x"_s); // an unknown key is just text
    QVERIFY(Wac::HistoryFilter::parse(u"  "_s).isEmpty());
}

void TestHistoryStore::pagesNewestFirst()
{
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    for (int i = 0; i < 25; ++i)
        store.addPending(entry(u"+1 555-0100"_s, u"n"_s + QString::number(i)));
    const QList<qint64> first = store.ids({}, 0, 10);
    QCOMPARE(first.first(), 25);
    const QList<qint64> second = store.ids({}, first.last(), 10);
    QCOMPARE(second.first(), 15);
    QCOMPARE(store.ids({}, 6, 10).size(), 5);
}

void TestHistoryStore::timelineKeepsTheNewestStatus()
{
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    const qint64 id = store.addPending(entry(u"+1 555-0100"_s, u"hi"_s));
    store.finish(id, accepted(u"wamid.T"_s));
    // Webhooks arrive out of order: read first, then the older sent and delivered.
    addStatus(store, u"wamid.T"_s, u"read"_s, 3000);
    addStatus(store, u"wamid.T"_s, u"sent"_s, 1000);
    addStatus(store, u"wamid.T"_s, u"delivered"_s, 2000);
    QCOMPARE(store.record(id)->lastStatus, u"read"_s);
    const QList<Wac::HistoryStatusEvent> events = store.timeline(u"wamid.T"_s);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.first().status, u"sent"_s);
    QCOMPARE(events.last().status, u"read"_s);
}

void TestHistoryStore::exportsCsvAndJsonThatReadBack()
{
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    fill(store);
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(Wac::HistoryExport::write(store, {Wac::HistoryFilter::parse(u"+1555"_s), {}},
        Wac::HistoryExport::Format::Json, &json, {}, &error));
    QJsonParseError parse;
    const QJsonArray rows = QJsonDocument::fromJson(json.data(), &parse).array();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 3);
    const QJsonObject newest = rows.first().toObject();
    QCOMPARE(newest.value(u"wamid").toString(), u"wamid.E"_s);
    QCOMPARE(newest.value(u"status").toString(), u"read"_s);
    QCOMPARE(newest.value(u"outcome").toString(), u"accepted"_s);
    QCOMPARE(newest.value(u"request").toObject().value(u"text").toObject().value(u"body"),
        u"refund sent, \"quoted\", done"_s);
    QCOMPARE(rows.at(1).toObject().value(u"outcome").toString(), u"pending"_s);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(Wac::HistoryExport::write(
        store, {{}, {2, 5}}, Wac::HistoryExport::Format::Csv, &csv, {}, &error));
    const QString text = QString::fromUtf8(csv.data());
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header and the two selected rows
    QVERIFY(lines.at(0).startsWith(u"time,profile,agent,phone_number_id,"_s));
    QVERIFY(lines.at(1).contains(u",132001,Template name does not exist,"_s));
    QVERIFY(lines.at(1).contains(u"Olá, pedido enviado"_s));
    // Quotes inside a field are doubled and the field quoted, the request kept whole.
    QVERIFY(lines.at(2).contains(u"\\\"\"quoted\\\"\""_s));
    QVERIFY(lines.at(2).startsWith(u"2026-11-1"_s) && lines.at(2).contains(u"Z,Sandbox,"_s));
}

void TestHistoryStore::jsonExportEscapesAndKeepsWhatIsNotJson()
{
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    // A team's send names its agent; the export says who sent what.
    Wac::HistoryEntry byAna = entry(u"+1 555-0100"_s, u"tab\there \"quoted\" \\ \u0001"_s);
    byAna.agent = u"Ana"_s;
    const qint64 id = store.addPending(byAna);
    Wac::HistoryAnswer answer;
    answer.outcome = HistoryOutcome::Unknown;
    answer.httpStatus = 502;
    answer.responseJson = "<html>\n<b>Bad gateway</b></html>";
    answer.errorMessage = u"line one\nline two"_s;
    store.finish(id, answer);
    const qint64 cut = store.addPending(entry(u"+1 555-0100"_s, u"cut"_s));
    answer.responseJson = R"({"messages":[{"id":"wamid.CU)"; // a body cut short
    store.finish(cut, answer);
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(
        Wac::HistoryExport::write(store, {}, Wac::HistoryExport::Format::Json, &json, {}, &error));
    QJsonParseError parse;
    const QJsonArray rows = QJsonDocument::fromJson(json.data(), &parse).array();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(
        rows.at(0)[u"response"].toString(), QString::fromLatin1(R"({"messages":[{"id":"wamid.CU)"));
    const QJsonObject first = rows.at(1).toObject();
    QCOMPARE(first[u"response"].toString(), u"<html>\n<b>Bad gateway</b></html>"_s);
    QCOMPARE(first[u"error_message"].toString(), u"line one\nline two"_s);
    QCOMPARE(first[u"http_status"].toInt(), 502);
    QCOMPARE(first[u"agent"].toString(), u"Ana"_s);
    QVERIFY(!rows.at(0).toObject().contains(u"agent")); // none named: no key
    QCOMPARE(first[u"request"][u"text"][u"body"].toString(), u"tab\there \"quoted\" \\ \u0001"_s);
}

void TestHistoryStore::exportCanBeCancelled()
{
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    store.database().transaction();
    for (int i = 0; i < 2500; ++i)
        store.addPending(entry(u"+1 555-0100"_s, u"n"_s + QString::number(i)));
    store.database().commit();
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QList<qint64> seen;
    QList<qint64> totals;
    QString error;
    QVERIFY(!Wac::HistoryExport::write(
        store, {}, Wac::HistoryExport::Format::Csv, &out,
        [&](qint64 done, qint64 total) -> bool {
            seen << done;
            totals << total;
            return done < 2000;
        },
        &error));
    QCOMPARE(seen, (QList<qint64> {1000, 2000}));
    QCOMPARE(totals, (QList<qint64> {2500, 2500}));
    QVERIFY(!error.isEmpty());
}

void TestHistoryStore::deleteClearRetentionCompact()
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
void TestHistoryStore::aDeleteThatFailsHalfWayDeletesNothing()
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
void TestHistoryStore::aLockedFileFailsEveryDeleteAndSaysSo()
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

void TestHistoryStore::notADatabaseIsMovedAside()
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

void TestHistoryStore::aDamagedPageFailsTheCheckAndIsReplaced()
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

void TestHistoryStore::aLockedHealthyFileIsBusyNeverMoved_data()
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

void TestHistoryStore::aLockedHealthyFileIsBusyNeverMoved()
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

void TestHistoryStore::onlyTheWindowMovesADamagedFile_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("writer") << int(Mode::Writer);
    QTest::addRow("reader") << int(Mode::ReadOnly);
}

void TestHistoryStore::onlyTheWindowMovesADamagedFile()
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

void TestHistoryStore::aReaderNeverCreatesOrMigrates()
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

void TestHistoryStore::theFileIsPrivateToItsOwner()
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

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
