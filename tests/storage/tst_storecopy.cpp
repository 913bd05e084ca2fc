// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Copying an agent's own history file into another store (a second file, or the team's
// PostgreSQL database in the postgres run) and back: everything once, conversations joined,
// an interrupted copy finished by running it again.
#include "storage/historystore.h"
#include "storage/inboxstore.h"
#include "storage/inboxwriter.h"
#include "storage/storecopy.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

const QString phoneId = u"106540352242922"_s;
const QStringList tables = {
    u"messages"_s, u"statuses"_s, u"conversations"_s, u"inbound"_s, u"deliveries"_s};

qint64 scalar(HistoryStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QList<qint64> counts(HistoryStore &store)
{
    QList<qint64> out;
    for (const QString &table : tables)
        out << scalar(store, u"SELECT count(*) FROM "_s + table);
    return out;
}

/// Our send `n` to customer `to`, answered with wamid.out.<n>.
void send(HistoryStore &store, int n, const QString &to)
{
    const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, to},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"reply %1"_s.arg(n)}}}};
    const qint64 id = store.addPending({1764547200000 + n * 1000, u"Mine"_s, phoneId, to, u"text"_s,
        QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}, {}});
    QVERIFY(id > 0);
    HistoryAnswer answer;
    answer.outcome = HistoryOutcome::Accepted;
    answer.httpStatus = 200;
    answer.wamid = u"wamid.out.%1"_s.arg(n);
    answer.waId = to;
    QVERIFY(store.finish(id, answer));
}

/// A delivery with customer `from`'s message `n` and the status `status` of our send `of`.
void receive(HistoryStore &store, int n, const QString &from, const QString &status, int of)
{
    WebhookDelivery d;
    WebhookMessage m;
    m.phoneNumberId = phoneId;
    m.wamid = u"wamid.in.%1"_s.arg(n);
    m.from = from;
    m.type = u"text"_s;
    m.text = u"question %1"_s.arg(n);
    m.timestamp = 1764547200 + n;
    m.contact.waId = from;
    m.contact.name = u"Customer "_s + from.right(2);
    m.raw = {{u"id"_s, m.wamid}, {u"type"_s, m.type}};
    d.messages << m;
    WebhookStatus s;
    s.phoneNumberId = phoneId;
    s.wamid = u"wamid.out.%1"_s.arg(of);
    s.status = status;
    s.timestamp = 1764547200 + n + 1;
    s.recipientId = from;
    s.raw = {{u"id"_s, s.wamid}, {u"status"_s, s.status}};
    d.statuses << s;
    QVERIFY(InboxWriter(&store).record(
        u"Mine"_s, "{\"n\":" + QByteArray::number(n) + "}", 1764547200000 + n * 1000, true, d));
}

} // namespace

class TestStoreCopy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void copiesEverythingOnceAndAgainNothing();
    void joinsTheConversationsTheTargetHas();
    void anInterruptedCopyIsFinishedByTheNextRun();
    void copiedBackNothingIsDoubled();
    void aSendAfterADeletedOneIsCopiedToo();
    void refusesTheSameStore();

private:
    /// The source: an agent's own file with two customers' conversations.
    void fillSource();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_source;
    std::unique_ptr<HistoryStore> m_target;
};

void TestStoreCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = std::make_unique<HistoryStore>(m_dir->filePath(u"mine.sqlite"_s));
    QVERIFY(m_source->open(nullptr, HistoryStore::Mode::Writer));
    QVERIFY(QDir(m_dir->path()).mkpath(u"team"_s));
    m_target = std::make_unique<HistoryStore>(TestStores::fresh(m_dir->filePath(u"team"_s)));
    QVERIFY2(
        m_target->open(nullptr, HistoryStore::Mode::Writer), qPrintable(m_target->lastError()));
}

void TestStoreCopy::cleanup()
{
    m_target.reset();
    m_source.reset();
    m_dir.reset();
}

void TestStoreCopy::fillSource()
{
    for (int n = 1; n <= 6; ++n) {
        const QString customer = n % 2 ? u"16505551234"_s : u"16505559876"_s;
        receive(*m_source, n, customer, u"sent"_s, n);
        send(*m_source, n, customer);
        receive(*m_source, 100 + n, customer, u"read"_s, n); // a later delivery: read by now
    }
}

void TestStoreCopy::copiesEverythingOnceAndAgainNothing()
{
    fillSource();
    const QList<qint64> source = counts(*m_source);
    StoreCopy copy(m_source.get(), m_target.get());
    copy.setAgent(u"Ana"_s);
    QStringList seen;
    QString error;
    QVERIFY2(copy.run([&](const StoreCopy::Progress &p) { seen << p.table; }, &error),
        qPrintable(error));
    QCOMPARE(counts(*m_target), source);
    QVERIFY(seen.contains(u"messages"_s) && seen.contains(u"conversations"_s));
    QCOMPARE(copy.counts().added, copy.counts().read);

    // The copied rows are where the console reads them: the thread, the read tick, the agent.
    const InboxStore inbox(m_target.get());
    const auto conversation = inbox.find(phoneId, u"16505551234"_s);
    QVERIFY(conversation);
    const QList<ThreadItem> thread = inbox.thread(*conversation, {}, 50);
    QCOMPARE(thread.size(), 9); // 6 of theirs, 3 of ours
    int ours = 0;
    for (const ThreadItem &item : thread) {
        if (item.inbound)
            continue;
        ++ours;
        QCOMPARE(item.status, u"read"_s);
        QCOMPARE(item.agent, u"Ana"_s);
    }
    QCOMPARE(ours, 3);

    StoreCopy again(m_source.get(), m_target.get());
    QVERIFY2(again.run({}, &error), qPrintable(error));
    QCOMPARE(again.counts().added, 0);
    QCOMPARE(counts(*m_target), source);
}

void TestStoreCopy::joinsTheConversationsTheTargetHas()
{
    fillSource();
    // The team already talks to the first customer: their conversation is joined, not doubled.
    receive(*m_target, 50, u"16505551234"_s, u"sent"_s, 50);
    QString error;
    StoreCopy copy(m_source.get(), m_target.get());
    QVERIFY2(copy.run({}, &error), qPrintable(error));
    QCOMPARE(scalar(*m_target, u"SELECT count(*) FROM conversations"_s), 2);
    const InboxStore inbox(m_target.get());
    const auto conversation = inbox.find(phoneId, u"16505551234"_s);
    QVERIFY(conversation);
    int theirs = 0;
    for (const ThreadItem &item : inbox.thread(*conversation, {}, 50))
        theirs += item.inbound ? 1 : 0;
    QCOMPARE(theirs, 7);
}

void TestStoreCopy::anInterruptedCopyIsFinishedByTheNextRun()
{
    constexpr int sends = StoreCopy::batchRows * 2 + 200;
    QVERIFY(m_source->database().transaction());
    for (int n = 1; n <= sends; ++n)
        send(*m_source, n, u"16505551234"_s);
    QVERIFY(m_source->database().commit());
    QString error;
    {
        StoreCopy copy(m_source.get(), m_target.get());
        // The target goes away after the first batch of sends, as a lost server would.
        const bool ok = copy.run(
            [this](const StoreCopy::Progress &p) {
                if (p.table == u"messages"_s && p.done == StoreCopy::batchRows)
                    m_target->database().close();
            },
            &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"messages"_s), qPrintable(error));
    }
    QVERIFY(m_target->open(nullptr, HistoryStore::Mode::Writer));
    QCOMPARE(scalar(*m_target, u"SELECT count(*) FROM messages"_s), StoreCopy::batchRows);
    StoreCopy resumed(m_source.get(), m_target.get());
    QVERIFY2(resumed.run({}, &error), qPrintable(error));
    QCOMPARE(resumed.counts().added, sends - StoreCopy::batchRows);
    QCOMPARE(scalar(*m_target, u"SELECT count(*) FROM messages"_s), sends);
    QCOMPARE(scalar(*m_target, u"SELECT count(DISTINCT wamid) FROM messages"_s), sends);
}

void TestStoreCopy::copiedBackNothingIsDoubled()
{
    fillSource();
    QString error;
    QVERIFY2(StoreCopy(m_source.get(), m_target.get()).run({}, &error), qPrintable(error));
    // The team writes more; the agent takes it all home, then copies home back again.
    receive(*m_target, 7, u"16505557777"_s, u"sent"_s, 7);
    send(*m_target, 7, u"16505557777"_s);
    StoreCopy home(m_target.get(), m_source.get());
    QVERIFY2(home.run({}, &error), qPrintable(error));
    QCOMPARE(counts(*m_source), counts(*m_target));
    StoreCopy back(m_source.get(), m_target.get());
    QVERIFY2(back.run({}, &error), qPrintable(error));
    QCOMPARE(back.counts().added, 0);
    QCOMPARE(counts(*m_source), counts(*m_target));
}

// SQLite gives the id of a deleted newest row to the next one: that send is new all the same.
void TestStoreCopy::aSendAfterADeletedOneIsCopiedToo()
{
    send(*m_source, 1, u"16505551234"_s);
    send(*m_source, 2, u"16505551234"_s);
    QString error;
    QVERIFY2(StoreCopy(m_source.get(), m_target.get()).run({}, &error), qPrintable(error));
    const qint64 newest = scalar(*m_source, u"SELECT max(id) FROM messages"_s);
    QVERIFY(
        QSqlQuery(m_source->database()).exec(u"DELETE FROM messages WHERE id = %1"_s.arg(newest)));
    send(*m_source, 3, u"16505551234"_s);
    QCOMPARE(scalar(*m_source, u"SELECT max(id) FROM messages"_s), newest); // the same id again
    StoreCopy again(m_source.get(), m_target.get());
    QVERIFY2(again.run({}, &error), qPrintable(error));
    QCOMPARE(scalar(*m_target, u"SELECT count(*) FROM messages"_s), 3);
    QCOMPARE(scalar(*m_target, u"SELECT count(*) FROM messages WHERE wamid = 'wamid.out.3'"_s), 1);
}

void TestStoreCopy::refusesTheSameStore()
{
    HistoryStore same(m_source->location());
    QVERIFY(same.open(nullptr, HistoryStore::Mode::ReadOnly));
    QString error;
    QVERIFY(!StoreCopy(&same, m_source.get()).run({}, &error));
    QVERIFY2(error.contains(u"same store"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
