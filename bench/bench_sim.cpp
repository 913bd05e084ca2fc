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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    Bench::Setup setup;
    if (!setup.ok())
        return 1;
    const QUrl url = setup.url;
    const QString &bodyFile = setup.bodyFile;

    QNetworkAccessManager nam;
    Bench::qnamSends(nam, url, 500, 6); // warm-up: connections, allocator, caches
    const Bench::Run qt = Bench::qnamSends(nam, url, 5000, 6);
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

    const qint64 before = residentKiB(setup.sim.processId());
    const Bench::Run burst = Bench::qnamSends(nam, url, 10000, 6);
    const qint64 after = residentKiB(setup.sim.processId());
    out << QString(
        u"burst of 10,000: %1 s, %2 failed; simulator RSS %3 MiB -> %4 MiB (+%5 MiB)\n"_s)
               .arg(burst.seconds, 0, 'f', 2)
               .arg(burst.failures)
               .arg(double(before) / 1024, 0, 'f', 1)
               .arg(double(after) / 1024, 0, 'f', 1)
               .arg(double(after - before) / 1024, 0, 'f', 1);
    setup.sim.terminate();
    setup.sim.waitForFinished(5000);
    return 0;
}
