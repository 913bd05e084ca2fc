// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The team store beside the agent's own SQLite file, on the same rows, in one process: filling,
// the history's queries (WAMID, text search, first page, export), ingesting deliveries, and how
// long another console's write takes to be heard (NOTIFY against SQLite's watched file).
// PostgreSQL is a throwaway server of the bench's own, on loopback (tests/postgres/pgserver.sh).
// Figures, never a test.
//   build/bench/bench_teamstore [ROWS]   (default 200,000)
#include "core/webhooks/webhookdelivery.h"
#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "storage/inboxwriter.h"
#include "storage/serverconnection.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>

#include "benchtiming.h"
#include "services/historylog.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

QTextStream out(stdout);

const QStringList words = {u"order"_s, u"shipped"_s, u"refund"_s, u"invoice"_s, u"delivery"_s,
    u"tomorrow"_s, u"thanks"_s, u"payment"_s, u"received"_s, u"ticket"_s, u"pedido"_s, u"enviado"_s,
    u"заказ"_s, u"доставка"_s, u"hello"_s, u"update"_s, u"address"_s};

QString wamidOf(qint64 n)
{
    return u"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI"_s + QString::number(n, 16).toUpper();
}

/// Rows as bench_history makes them: 10,000 customers, a year of sends; seconds taken.
double fill(HistoryStore &store, qint64 rows)
{
    QElapsedTimer t;
    t.start();
    QSqlDatabase db = store.database();
    if (!store.dialect().isPostgres())
        QSqlQuery(db).exec(u"PRAGMA synchronous = OFF"_s);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO messages (created_at, profile, phone_number_id, recipient, "
              "recipient_digits, type, request_json, body, outcome, http_status, wamid, wa_id) "
              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    QRandomGenerator rng(42);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 365LL * 24 * 3600 * 1000;
    db.transaction();
    for (qint64 i = 1; i <= rows; ++i) {
        const QString digits =
            u"1650555"_s + QString::number(rng.bounded(10000)).rightJustified(4, u'0');
        QStringList body;
        for (int w = 0, n = 4 + rng.bounded(12); w < n; ++w)
            body << words.at(rng.bounded(words.size()));
        const QString text = body.join(u' ');
        const QVariantList values = {start + i * 31000, u"Production"_s, u"106540352242922"_s,
            QString(u'+' + digits), digits, u"text"_s,
            QString(u"{\"messaging_product\":\"whatsapp\",\"to\":\"+"_s + digits
                + u"\",\"type\":\"text\",\"text\":{\"body\":\""_s + text + u"\"}}"_s),
            text, 1, 200, wamidOf(i), digits};
        for (int v = 0; v < values.size(); ++v)
            q.bindValue(v, values.at(v));
        if (!q.exec())
            qFatal("fill: %s", qPrintable(q.lastError().text()));
        if (i % 20000 == 0) {
            db.commit();
            db.transaction();
        }
    }
    db.commit();
    if (store.dialect().isPostgres())
        QSqlQuery(db).exec(u"ANALYZE"_s);
    return t.elapsed() / 1000.0;
}

WebhookDelivery statusDelivery(int n)
{
    WebhookDelivery d;
    WebhookStatus s;
    s.phoneNumberId = u"106540352242922"_s;
    s.wamid = wamidOf(1 + n);
    s.status = u"delivered"_s;
    s.timestamp = 1764547200 + n;
    s.recipientId = u"16505550100"_s;
    s.raw = {{u"id"_s, s.wamid}, {u"status"_s, s.status}};
    d.statuses << s;
    return d;
}

struct Figures
{
    double fillSeconds = 0;
    double wamid = 0;
    double search = 0;
    double firstPage = 0;
    double exportMs = 0;
    double deliveriesPerSecond = 0;
    double heardP50 = 0;
    double heardP95 = 0;
};

Figures measure(const StoreLocation &location, qint64 rows)
{
    Figures f;
    HistoryStore store(location);
    if (!store.open())
        qFatal("%s", qPrintable(store.lastError()));
    f.fillSeconds = fill(store, rows);
    QRandomGenerator rng(7);
    f.wamid = Bench::medianMs(201, [&] { store.findWamid(wamidOf(1 + rng.bounded(int(rows)))); });
    const HistoryFilter refund = HistoryFilter::parse(u"refund tomorrow"_s);
    f.search = Bench::medianMs(21, [&] { store.page(refund, 0, 50); });
    f.firstPage = Bench::medianMs(21, [&] { store.page({}, 0, 50); });
    const QList<qint64> ids = store.ids({}, 0, 10000);
    f.exportMs = Bench::medianMs(5, [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        HistoryExport::write(store, {{}, ids}, HistoryExport::Format::Json, &buffer, {}, &error);
    });
    // Ingestion: one status per delivery, each its own transaction, as the receiver commits.
    {
        InboxWriter writer(&store);
        constexpr int deliveries = 3000;
        QElapsedTimer t;
        t.start();
        for (int n = 0; n < deliveries; ++n)
            writer.record(u"Production"_s, "{}", 1764547200000 + n, true, statusDelivery(n));
        f.deliveriesPerSecond = deliveries * 1000.0 / qMax<qint64>(1, t.elapsed());
    }
    // Another console's write, to the moment this one hears of it.
    {
        HistoryLog log(&store);
        log.watchOtherWriters();
        QElapsedTimer clock;
        qint64 heardAt = -1;
        QObject::connect(
            &log, &HistoryLog::changedElsewhere, [&] { heardAt = clock.nsecsElapsed(); });
        HistoryStore other(location);
        other.open(nullptr, HistoryStore::Mode::Writer);
        InboxWriter writer(&other);
        QList<double> latencies;
        for (int n = 0; n < 100; ++n) {
            heardAt = -1;
            clock.start();
            writer.record(
                u"Production"_s, "{}", 1764547200000 + n, true, statusDelivery(10000 + n));
            while (heardAt < 0 && clock.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            latencies << heardAt / 1e6;
            QThread::msleep(20); // apart, so each is its own change
            QCoreApplication::processEvents();
        }
        f.heardP50 = Bench::percentile(latencies, 0.5);
        f.heardP95 = Bench::percentile(latencies, 0.95);
    }
    return f;
}

StoreLocation startServer(const QString &folder)
{
    const int code = QProcess::execute(
        u"bash"_s, {QStringLiteral(WACONSOLE_PGSERVER_SCRIPT), u"start"_s, folder});
    if (code != 0)
        qFatal("pgserver.sh could not start PostgreSQL");
    QFile file(folder + u"/connection"_s);
    file.open(QIODevice::ReadOnly);
    const QStringList parts = QString::fromUtf8(file.readAll()).simplified().split(u' ');
    StoreLocation admin;
    admin.engine = StoreLocation::Engine::PostgreSQL;
    admin.host = parts.value(0);
    admin.port = parts.value(1).toInt();
    admin.user = parts.value(2);
    admin.password = parts.value(3);
    admin.database = u"postgres"_s;
    admin.tlsMode = u"disable"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(ServerConnection::driver(), u"admin"_s);
        QString problem;
        if (!ServerConnection::open(db, admin, &problem))
            qFatal("%s", qPrintable(problem));
        QSqlQuery(db).exec(u"CREATE DATABASE bench"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    admin.database = u"bench"_s;
    return admin;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 200000;
    QTemporaryDir dir;
    const QString server = u"/tmp/waconsole-bench-pg"_s;
    const StoreLocation pg = startServer(server);
    out << "bench_teamstore: " << rows << " rows; SQLite file (WAL) against PostgreSQL "
        << "on loopback, same process, same rows" << Qt::endl;
    const Figures lite = measure(StoreLocation::file(dir.filePath(u"history.sqlite"_s)), rows);
    const Figures team = measure(pg, rows);
    QProcess::execute(u"bash"_s, {QStringLiteral(WACONSOLE_PGSERVER_SCRIPT), u"stop"_s, server});
    const auto line = [](const char *what, double a, double b, const char *unit) {
        out << QString::fromLatin1(what).leftJustified(34)
            << QString::number(a, 'f', 2).rightJustified(10)
            << QString::number(b, 'f', 2).rightJustified(12) << ' ' << unit << "   x"
            << QString::number(b / qMax(a, 1e-9), 'f', 2) << Qt::endl;
    };
    out << QString().leftJustified(34) << "    SQLite  PostgreSQL" << Qt::endl;
    line("fill (s)", lite.fillSeconds, team.fillSeconds, "s ");
    line("WAMID lookup (median)", lite.wamid, team.wamid, "ms");
    line("text search, first 50 (median)", lite.search, team.search, "ms");
    line("first page of 50 (median)", lite.firstPage, team.firstPage, "ms");
    line("export 10,000 rows as JSON", lite.exportMs, team.exportMs, "ms");
    line(
        "deliveries ingested per second", lite.deliveriesPerSecond, team.deliveriesPerSecond, "/s");
    line("another's write heard, p50", lite.heardP50, team.heardP50, "ms");
    line("another's write heard, p95", lite.heardP95, team.heardP95, "ms");
    return 0;
}
