// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A team's store on a real PostgreSQL server (the run's own, started by pgserver.sh): many
// writers at once, each thing recorded once, every console hearing the others, and a server
// that goes away never losing a send silently.
#include "storage/historystore.h"
#include "storage/inboxstore.h"
#include "storage/inboxwriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

#include "services/historylog.h"
#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

const QString phoneId = u"106540352242922"_s;

HistoryEntry entry(const QString &to, const QString &text)
{
    const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, to},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, text}}}};
    return {QDateTime::currentMSecsSinceEpoch(), u"Team"_s, phoneId, to, u"text"_s,
        QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}, {}};
}

/// Delivery `n` of a day's traffic: a status (even `n`) or a customer's message (odd). There
/// are fewer statuses and messages than deliveries, so the same ones come again, as Meta's
/// retries do: 100 messages' sent, delivered and read, and 150 messages of 20 customers.
WebhookDelivery delivery(int n)
{
    static const QStringList names = {u"sent"_s, u"delivered"_s, u"read"_s};
    const int k = n / 2;
    WebhookDelivery d;
    if (n % 2 == 0) {
        WebhookStatus s;
        s.phoneNumberId = phoneId;
        s.wamid = u"wamid.out.%1"_s.arg(k % 100);
        s.status = names.at((k / 100) % 3);
        s.timestamp = 1764547200 + n;
        s.recipientId = u"1650555%1"_s.arg(k % 20, 4, 10, QChar(u'0'));
        s.raw = {{u"id"_s, s.wamid}, {u"status"_s, s.status}};
        d.statuses << s;
        return d;
    }
    WebhookMessage m;
    m.phoneNumberId = phoneId;
    m.wamid = u"wamid.in.%1"_s.arg(k % 150);
    m.from = u"1650555%1"_s.arg(k % 20, 4, 10, QChar(u'0'));
    m.type = u"text"_s;
    m.text = u"message %1"_s.arg(k % 150);
    m.timestamp = 1764547200 + k % 150;
    m.contact.waId = m.from;
    m.contact.name = u"Customer %1"_s.arg(k % 20);
    m.raw = {{u"id"_s, m.wamid}, {u"type"_s, m.type}};
    d.messages << m;
    return d;
}

qint64 scalar(HistoryStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void tenListenersRecordEachDeliveryOnce();
    void anotherConsolesWriteIsHeardWithinASecond();
    void aRestartedServerIsListenedToAgain();
    void anotherConsolesSendInFlightStaysPending();

private:
    QTemporaryDir m_dir;
    StoreLocation m_location;
};

void TestTeamStore::initTestCase()
{
    if (!TestStores::postgres())
        QSKIP("needs the run's PostgreSQL server: CTest runs this as a postgres test only");
}

void TestTeamStore::init()
{
    m_location = TestStores::fresh(m_dir.path());
    HistoryStore first(m_location);
    QVERIFY2(first.open(), qPrintable(first.lastError()));
}

// Two receivers behind one callback URL, five times over: every delivery reaches ten
// listeners at once. Unique constraints, not timing, keep each status, message and customer once,
// and each is announced as new by exactly one of them.
void TestTeamStore::tenListenersRecordEachDeliveryOnce()
{
    constexpr int listeners = 10;
    constexpr int deliveries = 1000;
    std::atomic<int> newStatuses {0};
    std::atomic<int> newMessages {0};
    std::atomic<int> failures {0};
    std::atomic<int> ready {0};
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < listeners; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            HistoryStore store(m_location);
            if (!store.open(nullptr, HistoryStore::Mode::Writer))
                ++failures;
            InboxWriter writer(&store);
            // All at once, in the same order: each delivery reaches them together.
            ++ready;
            while (ready.load() < listeners)
                QThread::yieldCurrentThread();
            for (int n = 0; n < deliveries; ++n) {
                const auto recorded =
                    writer.record(u"Team"_s, "{}", 1764547200000 + n, true, delivery(n));
                if (!recorded) {
                    qWarning("listener %d, delivery %d: %s", t, n, qPrintable(writer.lastError()));
                    ++failures;
                    continue;
                }
                newStatuses += recorded->newStatuses;
                newMessages += recorded->newMessages;
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(100000));
    qInfo("%d listeners x %d deliveries in %lld ms", listeners, deliveries, timer.elapsed());
    QCOMPARE(failures.load(), 0);
    HistoryStore store(m_location);
    QVERIFY(store.open());
    QCOMPARE(scalar(store, u"SELECT count(*) FROM statuses"_s), 300);
    QCOMPARE(scalar(store, u"SELECT count(DISTINCT (wamid, status)) FROM statuses"_s), 300);
    QCOMPARE(newStatuses.load(), 300);
    QCOMPARE(scalar(store, u"SELECT count(*) FROM inbound"_s), 150);
    QCOMPARE(newMessages.load(), 150);
    QCOMPARE(InboxStore(&store).conversationCount(), 20);
    QCOMPARE(scalar(store, u"SELECT count(*) FROM deliveries"_s), listeners * deliveries);
}

void TestTeamStore::anotherConsolesWriteIsHeardWithinASecond()
{
    HistoryStore mine(m_location);
    QVERIFY(mine.open());
    HistoryLog log(&mine);
    log.watchOtherWriters();
    QSignalSpy elsewhere(&log, &HistoryLog::changedElsewhere);
    // Its own writes are not news to it.
    QVERIFY(log.addPending(entry(u"+16505550100"_s, u"mine"_s)) > 0);
    QTest::qWait(300);
    QCOMPARE(elsewhere.count(), 0);

    HistoryStore theirs(m_location);
    QVERIFY(theirs.open(nullptr, HistoryStore::Mode::Writer));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(InboxWriter(&theirs).record(u"Team"_s, "{}", 1764547200000, true, delivery(7)));
    QTRY_VERIFY_WITH_TIMEOUT(elsewhere.count() > 0, 1000);
    qInfo("another console's delivery heard after %lld ms", timer.elapsed());
    QCOMPARE(InboxStore(&mine).inboundCount(), 1);
}

// The server restarts while the console only listens: it connects again by itself, says the
// view may be stale, and hears the others again.
void TestTeamStore::aRestartedServerIsListenedToAgain()
{
    HistoryStore mine(m_location);
    QVERIFY(mine.open());
    HistoryLog log(&mine);
    log.watchOtherWriters();
    QSignalSpy elsewhere(&log, &HistoryLog::changedElsewhere);
    const int generation = mine.generation();
    QVERIFY(TestStores::endSessions(m_location));
    QTRY_VERIFY_WITH_TIMEOUT(mine.generation() != generation, HistoryLog::serverCheckMs + 3000);
    QTRY_COMPARE(elsewhere.count(), 1);
    HistoryStore theirs(m_location);
    QVERIFY(theirs.open(nullptr, HistoryStore::Mode::Writer));
    QVERIFY(InboxWriter(&theirs).record(u"Team"_s, "{}", 1764547200000, true, delivery(9)));
    QTRY_VERIFY_WITH_TIMEOUT(elsewhere.count() >= 2, 1000);
}

// A console starting up marks unknown only the sends whose console is gone, never one that
// another live console is still waiting on, on whatever machine it runs.
void TestTeamStore::anotherConsolesSendInFlightStaysPending()
{
    auto other = std::make_unique<HistoryStore>(m_location);
    QVERIFY(other->open(nullptr, HistoryStore::Mode::Writer));
    const qint64 inFlight = other->addPending(entry(u"+16505550100"_s, u"in flight"_s));
    QVERIFY(inFlight > 0);
    HistoryStore starting(m_location);
    QVERIFY(starting.open());
    QCOMPARE(starting.markInterruptedUnknown(), 0);
    QCOMPARE(starting.record(inFlight)->answer.outcome, HistoryOutcome::Pending);
    other.reset(); // that console stops before the answer
    QCOMPARE(starting.markInterruptedUnknown(), 1);
    QCOMPARE(starting.record(inFlight)->answer.outcome, HistoryOutcome::Unknown);
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
