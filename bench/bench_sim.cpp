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

using namespace Qt::StringLiterals;

namespace {

const QByteArray body = R"({"messaging_product":"whatsapp","to":"+16505551234","type":"text",)"
                        R"("text":{"body":"Your order #1042 has shipped."}})";

qint64 residentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto match =
        QRegularExpression(u"VmRSS:\\s+(\\d+) kB"_s).match(QString::fromLatin1(status.readAll()));
    return match.captured(1).toLongLong();
}

struct Run
{
    double seconds = 0;
    int failures = 0;
};

/// Sends `count` POSTs with at most 6 in flight; QNAM keeps 6 connections per host alive.
Run qtSends(const QUrl &url, int count)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    Run run;
    int started = 0;
    int finished = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> next = [&] {
        QNetworkReply *reply = nam.post(request, body);
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

Run curlSends(const QUrl &url, int count, const QString &bodyFile)
{
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(u"curl"_s,
        {u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}\\n"_s, u"--parallel"_s,
            u"--parallel-max"_s, u"6"_s, u"-H"_s, u"Authorization: Bearer sandbox-token"_s, u"-H"_s,
            u"Content-Type: application/json"_s, u"--data-binary"_s, u"@"_s + bodyFile,
            url.toString() + u"?n=[1-%1]"_s.arg(count)});
    curl.waitForFinished(600000);
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    const QList<QByteArray> codes = curl.readAllStandardOutput().split('\n');
    run.failures = count - int(std::count(codes.cbegin(), codes.cend(), QByteArray("200")));
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QProcess sim;
    sim.start(QStringLiteral(WACONSOLE_SIM_PATH), {u"--no-limits"_s});
    if (!sim.waitForStarted() || !sim.waitForReadyRead(5000))
        return 1;
    const auto match =
        QRegularExpression(u"listening on (\\S+)"_s).match(QString::fromUtf8(sim.readLine()));
    const QUrl url(match.captured(1) + u"/v25.0/106540352242922/messages"_s);
    QTemporaryDir dir;
    const QString bodyFile = dir.filePath(u"body.json"_s);
    QFile file(bodyFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        return 1;
    file.close();

    qtSends(url, 500); // warm-up: connections, allocator, caches
    const Run qt = qtSends(url, 5000);
    const Run curl = curlSends(url, 5000, bodyFile);
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
    const Run burst = qtSends(url, 10000);
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
