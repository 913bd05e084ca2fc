// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The history as the window and the CLI read it: a send's outcome, the filters, the pages, the
// newest status and the exports, on both engines.
#include "storage/historyexport.h"
#include "storage/historyreason.h"
#include "storage/historystore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "historyrows.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace HistoryRows;
using Wac::HistoryOutcome;

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pendingBecomesAcceptedFailedOrUnknown();
    void interruptedSendsBecomeUnknown();
    void everyFilter_data();
    void everyFilter();
    void filterExpressions();
    void pagesNewestFirst();
    void aWordSearchPagesThroughAYearOfSends();
    void timelineKeepsTheNewestStatus();
    void exportsCsvAndJsonThatReadBack();
    void jsonExportEscapesAndKeepsWhatIsNotJson();
    void exportCanBeCancelled();

private:
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

// More sends than a word search on the server reads newest first before it asks the word index
// (20,000): a common word, a rare one whose sends are old, one in both, paged to the end.
void TestHistoryStore::aWordSearchPagesThroughAYearOfSends()
{
    Wac::HistoryStore store(m_location);
    QVERIFY(store.open());
    constexpr int rows = 30000;
    // Every third send says "refund"; sends 5, 500, 5,000, 29,990 and 29,995 name "zebra".
    QSqlQuery fill(store.database());
    QVERIFY2(fill.exec(u"WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < "
                       "%1) INSERT INTO messages (created_at, profile, request_json, body) SELECT "
                       "n, 'Sandbox', '{}', CASE WHEN n IN (5, 500, 5000, 29990, 29995) THEN "
                       "'order zebra' WHEN n % 3 = 0 THEN 'your refund' ELSE 'order shipped' END "
                       "FROM g"_s.arg(rows)),
        qPrintable(fill.lastError().text()));
    const QList<qint64> zebras {29995, 29990, 5000, 500, 5};
    QCOMPARE(store.ids(Wac::HistoryFilter::parse(u"zebra"_s), 0, 50), zebras);
    QCOMPARE(store.ids(Wac::HistoryFilter::parse(u"zeb"_s), 0, 3), zebras.mid(0, 3));
    QCOMPARE(store.ids(Wac::HistoryFilter::parse(u"zebra"_s), 29990, 50), zebras.mid(2));
    QCOMPARE(store.ids(Wac::HistoryFilter::parse(u"zebra order"_s), 6000, 2), zebras.mid(2, 2));
    QCOMPARE(store.page(Wac::HistoryFilter::parse(u"zebra"_s), 0, 50).last().id, 5);
    // A common word: a first page, the next after it, and all of them in one long fetch.
    const Wac::HistoryFilter refund = Wac::HistoryFilter::parse(u"refund"_s);
    const QList<qint64> first = store.ids(refund, 0, 50);
    QCOMPARE(first.size(), 50);
    QCOMPARE(first.first(), 30000);
    QCOMPARE(first.last(), 30000 - 49 * 3);
    QCOMPARE(
        store.ids(refund, first.last(), 2), (QList<qint64> {first.last() - 3, first.last() - 6}));
    const QList<qint64> all = store.ids(refund, 0, rows);
    QCOMPARE(all.size(), rows / 3);
    QCOMPARE(all.last(), 3);
    QVERIFY(std::is_sorted(all.rbegin(), all.rend()));
    QCOMPARE(store.count(refund), rows / 3);
    QVERIFY(store.ids(Wac::HistoryFilter::parse(u"walrus"_s), 0, 50).isEmpty());
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

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
