// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The history at a million rows: the window's start to its first painted history page beside a
// bare Qt window started the same way (and beside a least window with text), the first page, a jump
// to row 500,000, WAMID lookup, text search, export of 100,000 rows, and the window's resident
// memory. Figures, never a test.
//   build/bench/bench_history [ROWS]   (the database is made once, in /tmp, and reused)
// The windows draw offscreen unless QT_QPA_PLATFORM names a platform (see startPlatform()).
#include "storage/historydeletion.h"
#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "widgets/history/historymodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <chrono>
#include <functional>

#include "benchtiming.h"

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const QStringList words = {u"order"_s, u"shipped"_s, u"refund"_s, u"invoice"_s, u"delivery"_s,
    u"tomorrow"_s, u"thanks"_s, u"payment"_s, u"received"_s, u"ticket"_s, u"pedido"_s, u"enviado"_s,
    u"заказ"_s, u"доставка"_s, u"hello"_s, u"update"_s, u"address"_s, u"confirm"_s};
const QStringList types = {u"text"_s, u"text"_s, u"text"_s, u"template"_s, u"template"_s,
    u"image"_s, u"interactive.button"_s, u"interactive.list"_s, u"document"_s, u"reaction"_s};

QString wamidOf(qint64 n)
{
    return u"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI"_s + QString::number(n, 16).toUpper();
}

/// Makes `rows` realistic rows: 10,000 customers, a year of sends, 5 % failed or unknown.
void generate(const QString &path, qint64 rows)
{
    QElapsedTimer t;
    t.start();
    Wac::HistoryStore store(path);
    store.open();
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    q.exec(u"PRAGMA synchronous = OFF"_s);
    q.prepare(u"INSERT INTO messages (created_at, profile, phone_number_id, recipient, "
              "recipient_digits, type, request_json, body, outcome, http_status, response_json, "
              "wamid, wa_id, error_code, error_message) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    QRandomGenerator rng(42);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 365LL * 24 * 3600 * 1000;
    db.transaction();
    for (qint64 i = 1; i <= rows; ++i) {
        const QString digits =
            u"1650555"_s + QString::number(rng.bounded(10000)).rightJustified(4, u'0');
        QStringList body;
        for (int w = 0, n = 4 + rng.bounded(12); w < n; ++w)
            body << words.at(rng.bounded(words.size()));
        body << u"#"_s + QString::number(i);
        const QString text = body.join(u' ');
        const QString type = types.at(rng.bounded(types.size()));
        const QString request = u"{\"messaging_product\":\"whatsapp\",\"to\":\"+"_s + digits
            + u"\",\"type\":\"text\",\"text\":{\"body\":\""_s + text + u"\"}}"_s;
        const int roll = rng.bounded(100);
        const int outcome = roll < 95 ? 1 : roll < 98 ? 2 : 3;
        const QVariantList values = {start + i * 31000, u"Production"_s, u"106540352242922"_s,
            QString(u"+"_s + digits), digits, type, request, text, outcome,
            outcome == 1       ? 200
                : outcome == 2 ? 400
                               : 0,
            outcome == 1 ? QString(u"{\"messages\":[{\"id\":\""_s + wamidOf(i) + u"\"}]}"_s)
                : outcome == 2
                ? u"{\"error\":{\"code\":131047,\"message\":\"Re-engagement message\"}}"_s
                : QString(),
            outcome == 1 ? QVariant(wamidOf(i)) : QVariant(), digits, outcome == 2 ? 131047 : 0,
            outcome == 2 ? u"Re-engagement message"_s : u""_s};
        for (int v = 0; v < values.size(); ++v)
            q.bindValue(v, values.at(v));
        q.exec();
        if (i % 100000 == 0) {
            db.commit();
            db.transaction();
            out << "  generated " << i << " rows (" << t.elapsed() / 1000 << " s)" << Qt::endl;
        }
    }
    db.commit();
    QSqlQuery(db).exec(
        u"INSERT INTO meta(name, value) VALUES ('benchRows', "_s + QString::number(rows) + u")"_s);
    QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

/// Where the starts draw: offscreen unless the caller names a platform. A real display costs
/// every window its connection and its first frame, the bare one too (`QT_QPA_PLATFORM=xcb
/// xvfb-run -a bench_history` measures that).
QString startPlatform()
{
    const QString asked = qEnvironmentVariable("QT_QPA_PLATFORM");
    return asked.isEmpty() ? u"offscreen"_s : asked;
}

/// Wall time of a process from start to exit, and what it printed.
double processMs(
    const QString &program, const QStringList &args, const QString &dataHome, QByteArray *printed)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, dataHome);
    // Its own settings too: the window's saved layout (which docks are open) changes what the
    // first paint holds, and the user's or a test's would make the figures drift.
    env.insert(u"XDG_CONFIG_HOME"_s, dataHome + u"/config"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, startPlatform());
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    const qint64 spawned = std::chrono::steady_clock::now().time_since_epoch().count();
    p.start(program, args);
    p.waitForFinished(60000);
    const double ms = t.nsecsElapsed() / 1e6;
    *printed = p.readAllStandardOutput();
    // Up to the end of the first paint, as the child saw it on the same monotonic clock: what
    // it does on its way out is not part of its start.
    const qsizetype at = printed->indexOf("painted-ns: ");
    if (at >= 0) {
        const qint64 painted =
            printed->mid(at + 12, printed->indexOf('\n', at) - at - 12).toLongLong();
        return (painted - spawned) / 1e6;
    }
    return ms;
}

/// Prints when the first paint was done, and the resident set, then quits.
struct QuitAfterPaint : QObject
{
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, [] {
                out << "painted-ns: " << std::chrono::steady_clock::now().time_since_epoch().count()
                    << Qt::endl;
                QFile status(u"/proc/self/status"_s);
                status.open(QIODevice::ReadOnly);
                for (const QByteArray &line : status.readAll().split('\n'))
                    if (line.startsWith("VmRSS:"))
                        out << QString::fromLatin1(line.simplified()) << Qt::endl;
                QCoreApplication::quit();
            });
        return false;
    }
};

/// The baseline: a window that paints nothing, so it never loads a font.
int bareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 800);
    QuitAfterPaint quit;
    window.installEventFilter(&quit);
    window.show();
    return QApplication::exec();
}

/// A second baseline, the least window that shows text: a menu bar, a label and a line edit.
/// It pays what any window with words pays (fontconfig's set-up, shaping, glyphs), which the
/// bare one never does.
int textWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s);
    window.menuBar()->addMenu(u"&Help"_s);
    auto *central = new QWidget(&window);
    auto *layout = new QFormLayout(central);
    layout->addRow(u"Recipient"_s, new QLineEdit(central));
    layout->addRow(new QLabel(u"Nothing to preview yet: type the message"_s, central));
    window.setCentralWidget(central);
    QuitAfterPaint quit;
    window.installEventFilter(&quit);
    window.show();
    return QApplication::exec();
}

QString rssOf(const QByteArray &printed)
{
    const qsizetype at = printed.indexOf("VmRSS:");
    return at < 0 ? u"?"_s : QString::fromLatin1(printed.mid(at + 7).trimmed());
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--bare-window") == 0)
        return bareWindow(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--text-window") == 0)
        return textWindow(argc, argv);
    QApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QString dataHome = u"/tmp/waconsole-bench-history-"_s + QString::number(rows);
    const QString path = dataHome + u"/waconsole/history.sqlite"_s;
    QDir().mkpath(dataHome + u"/waconsole"_s);
    bool ready = false;
    {
        Wac::HistoryStore probe(path);
        probe.open();
        QSqlQuery q(probe.database());
        q.exec(u"SELECT value FROM meta WHERE name = 'benchRows'"_s);
        ready = q.next() && q.value(0).toLongLong() == rows;
        if (!ready)
            Wac::HistoryDeletion(&probe).clear();
    }
    if (!ready) {
        out << "generating " << rows << " rows in " << path << Qt::endl;
        generate(path, rows);
    }
    out << "history file: " << QFile(path).size() / (1024 * 1024) << " MB, " << rows << " rows"
        << Qt::endl
        << "windows drawn on: " << startPlatform() << Qt::endl
        << Qt::endl;

    // 1. Start to the rendered window, and to its first painted history page, each beside a
    // bare window started the same way: alternated, the median of seven pairs.
    const QString app_ = QStringLiteral(WACONSOLE_APP_PATH);
    const QString bare = QCoreApplication::applicationFilePath();
    QByteArray printed;

    // The window's starts alternate with the bare window's and the text window's.
    struct Figures
    {
        double console, bare, text;
    };

    const auto pairs = [&](const QStringList &args, const QString &home, QString *rss) {
        QList<double> console, base, text;
        for (int i = 0; i < 7; ++i) {
            console << processMs(app_, args, home, &printed);
            *rss = rssOf(printed);
            base << processMs(bare, {u"--bare-window"_s}, home, &printed);
            text << processMs(bare, {u"--text-window"_s}, home, &printed);
        }
        for (QList<double> *list : {&console, &base, &text})
            std::sort(list->begin(), list->end());
        return Figures {console.at(3), base.at(3), text.at(3)};
    };
    QString appRss, pageRss, emptyRss;
    const QString emptyHome = dataHome + u"-empty"_s;
    QDir(emptyHome).removeRecursively();
    // --new-instance: a console open on this machine must not be handed the benchmark's starts.
    QDir(dataHome + u"/config"_s).removeRecursively(); // the default layout: History open
    const Figures window =
        pairs({u"--new-instance"_s, u"--quit-after-first-paint"_s}, dataHome, &appRss);
    const Figures page =
        pairs({u"--new-instance"_s, u"--quit-after-history-paint"_s}, dataHome, &pageRss);
    const Figures empty =
        pairs({u"--new-instance"_s, u"--quit-after-first-paint"_s}, emptyHome, &emptyRss);
    const auto line = [](const char *label, const Figures &f, const char *target) {
        out << qSetRealNumberPrecision(3) << label << "waconsole " << f.console
            << " ms   bare Qt window " << f.bare << " ms   ratio " << f.console / f.bare << target
            << Qt::endl
            << "                               text window " << f.text << " ms   ratio "
            << f.console / f.text << Qt::endl;
    };
    line("start to rendered window      ", window, "  (target <= 1.5)");
    line("  with an empty history        ", empty, "");
    line("start to first history page   ", page, "");
    // What showing any words at all costs beyond the bare window (fontconfig, Qt's font
    // database, shaping, glyphs): the floor under the first ratio for a window with text.
    out << qSetRealNumberPrecision(3) << "least window with text against the bare window  "
        << window.text << " ms / " << window.bare << " ms   ratio " << window.text / window.bare
        << Qt::endl;
    QString bareRss;
    processMs(bare, {u"--bare-window"_s}, dataHome, &printed);
    bareRss = rssOf(printed);
    out << "resident memory at first paint waconsole " << appRss
        << " (history page painted: " << pageRss << ")   bare Qt window " << bareRss
        << "  (target < 80 MB)" << Qt::endl;

    Wac::HistoryStore store(path);
    store.open();
    // 2. The first page: count, ids and the visible rows' contents, as the dock does.
    const double firstPage = Bench::medianMs(5, [&] {
        Wac::HistoryModel model(&store);
        for (int r = 0; r < 40; ++r)
            model.data(model.index(r, Wac::HistoryModel::Recipient));
    });
    out << "first page (count + 256 ids + 40 rows shown)  " << firstPage << " ms" << Qt::endl;
    // 3. A jump to row 500,000.
    Wac::HistoryModel model(&store);
    const double jump = Bench::medianMs(1, [&] {
        model.fetchTo(int(rows / 2));
        model.data(model.index(int(rows / 2), Wac::HistoryModel::Wamid));
    });
    const double jumpAgain = Bench::medianMs(1, [&] { // another page: read from the file
        model.data(model.index(int(rows / 2) - 300, Wac::HistoryModel::Wamid));
    });
    out << "jump to row " << rows / 2 << "  " << jump << " ms (ids fetched: " << model.rowCount()
        << "); a row 300 above it  " << jumpAgain << " ms" << Qt::endl;
    // 4. WAMID lookup, random WAMIDs.
    QRandomGenerator rng(7);
    const double lookup = Bench::medianMs(101, [&] {
        Wac::HistoryFilter f;
        f.wamid = wamidOf(1 + rng.bounded(int(rows)));
        store.ids(f, 0, 256);
    });
    out << "WAMID lookup  " << lookup << " ms  (target < 5 ms)" << Qt::endl;
    // 5. Text search: the dock's count and first page; raw LIKE scan as the baseline.
    for (const QString &term : {u"#123456"_s, u"refund invoice"_s, u"доставка"_s}) {
        const Wac::HistoryFilter f = Wac::HistoryFilter::parse(term);
        qint64 found = 0;
        const double search = Bench::medianMs(3, [&] {
            Wac::HistoryModel m(&store);
            m.setFilter(f);
            found = m.totalCount();
        });
        const double like = Bench::medianMs(1, [&] {
            QSqlQuery q(store.database());
            q.prepare(u"SELECT id FROM messages WHERE body LIKE ? ORDER BY id DESC LIMIT 256"_s);
            q.addBindValue(QString(u"%"_s + term.split(u' ').first() + u"%"_s));
            q.exec();
            while (q.next()) { }
        });
        out << "text search \"" << term << "\"  " << search << " ms (" << found
            << " found, count + first page)   raw LIKE scan " << like << " ms  (target < 300 ms)"
            << Qt::endl;
    }
    // 6. Export of 100,000 rows, selected (by id) and shown (by a date filter), beside a raw
    // read of the same rows.
    const QList<qint64> top = store.ids({}, 0, 100000);
    Wac::HistoryExport::Selection selected;
    selected.ids = top;
    Wac::HistoryExport::Selection shown;
    shown.filter.from = store.record(top.last())->entry.createdAt;
    for (const auto &[label, selection] :
        {std::pair {"selected", selected}, std::pair {"shown   ", shown}}) {
        for (const auto format :
            {Wac::HistoryExport::Format::Csv, Wac::HistoryExport::Format::Json}) {
            const double ms = Bench::medianMs(3, [&] {
                QFile file(u"/tmp/waconsole-bench-export"_s);
                file.open(QIODevice::WriteOnly);
                QString error;
                Wac::HistoryExport::write(store, selection, format, &file, {}, &error);
            });
            out << "export 100,000 rows " << label << " as "
                << (format == Wac::HistoryExport::Format::Csv ? "CSV " : "JSON") << "  " << ms
                << " ms  (target < 2000 ms)" << Qt::endl;
        }
    }
    const double raw = Bench::medianMs(3, [&] {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.exec(u"SELECT * FROM messages ORDER BY id DESC LIMIT 100000"_s);
        while (q.next()) {
            for (int c = 0; c < 21; ++c)
                q.value(c);
        }
    });
    out << "raw SQLite read of the same 100,000 rows  " << raw << " ms" << Qt::endl;
    QFile::remove(u"/tmp/waconsole-bench-export"_s);
    return 0;
}
