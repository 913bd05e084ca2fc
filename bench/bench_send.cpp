// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
//
// 2,000 text sends through waconsole's own Graph client (CloudApiClient: one SendJob per send,
// the one-shot body, outcome classification) to a waconsole-sim process, beside curl making the
// same 2,000 requests over keep-alive to the same simulator. Both run one request at a time, as
// a person sends, and then six at a time.
#include "net/cloudapiclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchsupport.h"

using namespace Qt::StringLiterals;

namespace {

Bench::Run clientSends(
    Wac::CloudApiClient &client, const QJsonObject &body, int count, int parallel)
{
    return Bench::pipelined(count, parallel, [&](std::function<void(bool)> done) {
        Wac::SendJob *job = client.sendMessage(body);
        QObject::connect(
            job, &Wac::SendJob::finished, &client, [done](const Wac::SendResult &result) {
                done(result.outcome == Wac::SendResult::Outcome::Accepted);
            });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    Bench::Setup setup;
    if (!setup.ok())
        return 1;
    const QUrl messages = setup.url;
    const QString &bodyFile = setup.bodyFile;
    QNetworkAccessManager nam;
    Wac::ApiConfig config;
    config.baseUrl = messages.adjusted(QUrl::RemovePath);
    config.phoneNumberId = u"106540352242922"_s;
    Wac::CloudApiClient client(&nam, config);
    client.setToken("sandbox-token");
    const QJsonObject body = QJsonDocument::fromJson(Bench::textBody).object();

    clientSends(client, body, 300, 1); // warm-up
    out << u"2,000 text sends to one waconsole-sim process, keep-alive\n"_s;
    for (const int parallel : {1, 6}) {
        const Bench::Run ours = clientSends(client, body, 2000, parallel);
        const Bench::Run raw = Bench::qnamSends(nam, messages, 2000, parallel);
        const Bench::Run curl = Bench::curlSends(messages, 2000, bodyFile, parallel);
        out << u"  %1 at a time\n"_s.arg(parallel)
            << u"    CloudApiClient     %1 sends/s (%2 failed)\n"_s
                   .arg(2000 / ours.seconds, 0, 'f', 0)
                   .arg(ours.failures)
            << u"    bare QNAM post()   %1 req/s   (%2 failed)\n"_s
                   .arg(2000 / raw.seconds, 0, 'f', 0)
                   .arg(raw.failures)
            << u"    curl               %1 req/s   (%2 failed)\n"_s
                   .arg(2000 / curl.seconds, 0, 'f', 0)
                   .arg(curl.failures)
            << u"    ratio client / curl %1, client / bare QNAM %2\n"_s
                   .arg(curl.seconds / ours.seconds, 0, 'f', 2)
                   .arg(raw.seconds / ours.seconds, 0, 'f', 2);
    }
    setup.sim.terminate();
    setup.sim.waitForFinished(5000);
    return 0;
}
