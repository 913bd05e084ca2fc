// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
//
// A text message whose body is far past the 4096-character limit (1 MB and 16 MB of emoji,
// the probe's cases), opened in the window as pasted JSON: parsed, put in the form, validated,
// counted, shown in the JSON tab and the phone preview, until the event loop is idle again.
// The baseline, in the same process, is QPlainTextEdit::setPlainText() of the same body alone
// (the least any Qt editor costs to show it), until its event loop is idle too. Also the
// longest single event-loop pass from the load on (the load call included): what a user would
// feel as a freeze. Prints ms and ratios; never pass/fail.
// Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_longtext
#include "widgets/mainwindow.h"
#include "widgets/messagefiles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

QString emojiBody(qsizetype utf8Bytes)
{
    return QString(u"\U0001F600"_s).repeated(utf8Bytes / 4); // 4 bytes each in UTF-8
}

double nowMs(clockid_t clock)
{
    timespec t {};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Settled
{
    double idleAtMs = 0; ///< wall time, from `since`, at the end of the last busy pass
    double longestPassMs = 0; ///< the longest pass of the event loop, wall time
};

/// Runs the event loop until no pass of it has been busy for `quietMs`. A pass counts as busy
/// by the CPU time this thread spent in it, so that being preempted by the other processes of a
/// shared machine does not look like work; between idle passes the thread sleeps, since a
/// spinning loop would itself be the busiest thing there.
Settled settle(const QElapsedTimer &since, int quietMs = 400)
{
    Settled settled;
    settled.idleAtMs = double(since.nsecsElapsed()) / 1e6;
    double lastBusy = nowMs(CLOCK_MONOTONIC);
    while (nowMs(CLOCK_MONOTONIC) - lastBusy < quietMs) {
        const double wallStart = nowMs(CLOCK_MONOTONIC);
        const double cpuStart = nowMs(CLOCK_THREAD_CPUTIME_ID);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        const double wall = nowMs(CLOCK_MONOTONIC);
        settled.longestPassMs = std::max(settled.longestPassMs, wall - wallStart);
        if (nowMs(CLOCK_THREAD_CPUTIME_ID) - cpuStart > 2) {
            lastBusy = wall;
            settled.idleAtMs = double(since.nsecsElapsed()) / 1e6;
        } else {
            QThread::msleep(5);
        }
    }
    return settled;
}

double baseline(const QString &body)
{
    QPlainTextEdit bare;
    bare.resize(600, 400);
    bare.show();
    QElapsedTimer timer;
    timer.start();
    settle(timer);
    timer.start();
    bare.setPlainText(body);
    return settle(timer).idleAtMs;
}

void run(const char *name, qsizetype bytes)
{
    const QString body = emojiBody(bytes);
    const QJsonObject payload {{u"messaging_product"_s, u"whatsapp"_s},
        {u"to"_s, u"+16505551234"_s}, {u"type"_s, u"text"_s},
        {u"text"_s, QJsonObject {{u"body"_s, body}}}};
    const QString json = QString::fromUtf8(QJsonDocument(payload).toJson());
    const double bare = baseline(body);

    Wac::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QElapsedTimer timer;
    timer.start();
    settle(timer);
    timer.start();
    QString error;
    const bool ok = window.files()->importText(json, &error);
    const double load = double(timer.nsecsElapsed()) / 1e6;
    const Settled after = settle(timer);
    const double total = after.idleAtMs;
    const double longestPass = std::max(load, after.longestPassMs);
    std::printf("%-22s %s  load call %8.1f ms  until idle %8.1f ms  longest pass after %7.1f ms"
                "   bare setPlainText %7.1f ms   ratio %5.1f\n",
        name, ok ? "opened " : "refused", load, total, longestPass, bare, total / bare);
    if (!ok)
        std::printf("  reason: %s\n", qPrintable(error));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // One size in bytes may be given, to profile a smaller case: bench_longtext 65536
    if (argc > 1) {
        const qsizetype bytes = QByteArray(argv[1]).toLongLong();
        run(QByteArray::number(bytes).append(" B emoji body").constData(), bytes);
        return 0;
    }
    run("1 MB emoji body", qsizetype(1) << 20);
    run("16 MB emoji body", qsizetype(16) << 20);
    return 0;
}
