// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once
// Shared by the network benchmarks: a waconsole-sim process to talk to, curl as the baseline.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace Bench {

inline const QByteArray textBody =
    R"({"messaging_product":"whatsapp","to":"+16505551234",)"
    R"("type":"text","text":{"body":"Your order #1042 has shipped."}})";

/// Starts waconsole-sim without limits; returns its messages URL, or an empty URL.
inline QUrl startSimulator(QProcess &sim)
{
    sim.start(QStringLiteral(WACONSOLE_SIM_PATH), {QStringLiteral("--no-limits")});
    if (!sim.waitForStarted() || !sim.waitForReadyRead(5000))
        return {};
    const auto match = QRegularExpression(QStringLiteral("listening on (\\S+)"))
                           .match(QString::fromUtf8(sim.readLine()));
    return QUrl(match.captured(1) + QStringLiteral("/v25.0/106540352242922/messages"));
}

struct Run
{
    double seconds = 0;
    int failures = 0;
};

/// curl POSTing `bodyFile` `count` times over keep-alive, `parallel` at a time (1: one by one).
inline Run curlSends(const QUrl &url, int count, const QString &bodyFile, int parallel)
{
    QStringList args {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
        QStringLiteral("-w"), QStringLiteral("%{http_code}\n"), QStringLiteral("-H"),
        QStringLiteral("Authorization: Bearer sandbox-token"), QStringLiteral("-H"),
        QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-binary"),
        QStringLiteral("@") + bodyFile};
    if (parallel > 1)
        args << QStringLiteral("--parallel") << QStringLiteral("--parallel-max")
             << QString::number(parallel);
    args << url.toString() + QStringLiteral("?n=[1-%1]").arg(count);
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"), args);
    curl.waitForFinished(600000);
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    const QList<QByteArray> codes = curl.readAllStandardOutput().split('\n');
    run.failures = count - int(std::count(codes.cbegin(), codes.cend(), QByteArray("200")));
    return run;
}

/// Runs `count` requests with `parallel` in flight: `startOne(done)` starts one and calls
/// `done(ok)` when it ends. Returns the time taken and the failures.
inline Run pipelined(
    int count, int parallel, const std::function<void(std::function<void(bool)>)> &startOne)
{
    Run run;
    int started = 0;
    int finished = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> next = [&] {
        ++started;
        startOne([&](bool ok) {
            run.failures += ok ? 0 : 1;
            if (++finished == count)
                QCoreApplication::quit();
            else if (started < count)
                next();
        });
    };
    for (int i = 0; i < parallel && i < count; ++i)
        next();
    QCoreApplication::exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

/// The floor of Qt's HTTP stack: POSTs of `textBody` straight through QNetworkAccessManager.
inline Run qnamSends(QNetworkAccessManager &nam, const QUrl &url, int count, int parallel)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer sandbox-token");
    return pipelined(count, parallel, [&](std::function<void(bool)> done) {
        QNetworkReply *reply = nam.post(request, textBody);
        QObject::connect(reply, &QNetworkReply::finished, &nam, [reply, done] {
            reply->deleteLater();
            done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        });
    });
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// What every network benchmark starts from: a waconsole-sim process, its messages URL, and
/// the text body in a file for curl.
struct Setup
{
    QProcess sim;
    QTemporaryDir dir;
    QUrl url;
    QString bodyFile;

    Setup()
        : url(startSimulator(sim))
        , bodyFile(dir.filePath(QStringLiteral("body.json")))
    { }

    bool ok() { return !url.isEmpty() && writeFile(bodyFile, textBody); }
};

} // namespace Bench
