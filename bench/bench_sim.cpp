// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
//
// How fast waconsole-sim answers, so that later send benchmarks know they are not bounded by
// it: 5,000 message sends over 6 keep-alive connections from a Qt client, beside curl sending
// the same 5,000 (keep-alive, 6 in parallel) to the same simulator process; then a burst of
// 10,000 requests with the simulator's resident memory before and after.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchsupport.h"

using namespace Qt::StringLiterals;

namespace {

qint64 residentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto match =
        QRegularExpression(u"VmRSS:\\s+(\\d+) kB"_s).match(QString::fromLatin1(status.readAll()));
    return match.captured(1).toLongLong();
}

/// Sends `count` POSTs with at most 6 in flight; QNAM keeps 6 connections per host alive.
Bench::Run qtSends(const QUrl &url, int count)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    Bench::Run run;
    int started = 0;
    int finished = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> next = [&] {
        QNetworkReply *reply = nam.post(request, Bench::textBody);
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, &nam, [&, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++run.failures;
            if (++finished == count)
                QCoreApplication::quit();
            else if (started < count)
                next();
        });
    };
    for (int i = 0; i < 6 && i < count; ++i)
        next();
    QCoreApplication::exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QProcess sim;
    const QUrl url = Bench::startSimulator(sim);
    QTemporaryDir dir;
    const QString bodyFile = dir.filePath(u"body.json"_s);
    if (url.isEmpty() || !Bench::writeFile(bodyFile, Bench::textBody))
        return 1;

    qtSends(url, 500); // warm-up: connections, allocator, caches
    const Bench::Run qt = qtSends(url, 5000);
    const Bench::Run curl = Bench::curlSends(url, 5000, bodyFile, 6);
    out << u"5,000 sends, 6 keep-alive connections, to one waconsole-sim process\n"_s;
    out << QString(u"  Qt client (QNetworkAccessManager)  %1 req/s  (%2 s, %3 failed)\n"_s)
               .arg(5000 / qt.seconds, 0, 'f', 0)
               .arg(qt.seconds, 0, 'f', 2)
               .arg(qt.failures);
    out << QString(u"  curl --parallel-max 6 (baseline)   %1 req/s  (%2 s, %3 failed)\n"_s)
               .arg(5000 / curl.seconds, 0, 'f', 0)
               .arg(curl.seconds, 0, 'f', 2)
               .arg(curl.failures);
    out << QString(u"  ratio Qt / curl                    %1\n"_s)
               .arg(curl.seconds / qt.seconds, 0, 'f', 2);

    const qint64 before = residentKiB(sim.processId());
    const Bench::Run burst = qtSends(url, 10000);
    const qint64 after = residentKiB(sim.processId());
    out << QString(
        u"burst of 10,000: %1 s, %2 failed; simulator RSS %3 MiB -> %4 MiB (+%5 MiB)\n"_s)
               .arg(burst.seconds, 0, 'f', 2)
               .arg(burst.failures)
               .arg(double(before) / 1024, 0, 'f', 1)
               .arg(double(after) / 1024, 0, 'f', 1)
               .arg(double(after - before) / 1024, 0, 'f', 1);
    sim.terminate();
    sim.waitForFinished(5000);
    return 0;
}
