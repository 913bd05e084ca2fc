// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
//
// The webhook receiver under Meta's kind of load: 5,000 signed status webhooks (about 600 bytes,
// shaped and signed as the simulator's WebhookDispatcher does) over 4 keep-alive connections,
// one request in flight on each, from a raw-socket client in its own thread. Beside it, in the
// same process and from the same client, a bare QTcpServer responder that reads the same
// requests and answers 200 without verifying anything: the floor of Qt's sockets. The two run
// alternately, three times each. Figures, never a test.
//   build/bench/bench_receiver [COUNT] [CONNECTIONS]
#include "sim/webhookdispatcher.h"
#include "storage/historystore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "benchtiming.h"
#include "services/historylog.h"
#include "services/httprequestreader.h"
#include "services/inbox.h"
#include "services/webhookreceiver.h"
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

const QByteArray appSecret = "bench-app-secret-5f1e";

/// What the receiver hands each verified delivery to. The lead plugs the real parse and
/// commit in here; until then it keeps nothing.
using Sink = std::function<bool(const Wac::ReceivedDelivery &)>;

Sink sinkUnderTest()
{
    return [](const Wac::ReceivedDelivery &) { return true; };
}

/// Request `i`: a status webhook as Meta posts it, with a WAMID and status of its own.
QByteArray statusRequest(int i, quint16 port)
{
    static const QStringList statuses = {u"sent"_s, u"delivered"_s, u"read"_s};
    const QJsonObject status {
        {u"id"_s, u"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI%1"_s.arg(i, 20, 16, QChar(u'0')).toUpper()},
        {u"status"_s, statuses.at(i % 3)}, {u"timestamp"_s, QString::number(1714510003 + i)},
        {u"recipient_id"_s, u"16505551234"_s},
        {u"biz_opaque_callback_data"_s, u"order-%1"_s.arg(104200 + i)},
        {u"conversation"_s,
            QJsonObject {{u"id"_s, u"b2f1c8e4d0a94f3c8e6a2d1b7c9e0f4a"_s},
                {u"expiration_timestamp"_s, QString::number(1714596403)},
                {u"origin"_s, QJsonObject {{u"type"_s, u"utility"_s}}}}},
        {u"pricing"_s,
            QJsonObject {{u"billable"_s, true}, {u"pricing_model"_s, u"PMP"_s},
                {u"category"_s, u"utility"_s}, {u"type"_s, u"regular"_s}}}};
    const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {{u"display_phone_number"_s, u"15550783881"_s},
                {u"phone_number_id"_s, u"106540352242922"_s}}},
        {u"statuses"_s, QJsonArray {status}}};
    const QJsonObject change {{u"value"_s, value}, {u"field"_s, u"messages"_s}};
    const QByteArray body =
        Wac::Sim::WebhookDispatcher::asciiJson({{u"object"_s, u"whatsapp_business_account"_s},
            {u"entry"_s,
                QJsonArray {QJsonObject {
                    {u"id"_s, u"102290129340398"_s}, {u"changes"_s, QJsonArray {change}}}}}});
    return "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUser-Agent: facebookexternalua\r\nAccept: */*\r\nContent-Type: application/json"
        + "\r\nX-Hub-Signature-256: " + Wac::Sim::WebhookDispatcher::signature(appSecret, body)
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// The baseline: reads each request by its Content-Length and answers 200, nothing else.
class BareResponder
{
public:
    BareResponder()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }

private:
    static void serve(QTcpSocket *socket)
    {
        // As the receiver does, so that what differs is the reading, checking and bookkeeping.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                const qsizetype at = buffer->indexOf("Content-Length: ");
                if (end < 0 || at < 0 || at > end)
                    return;
                const qsizetype length =
                    buffer->mid(at + 16, end - at - 16).split('\r').first().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                buffer->remove(0, end + 4 + length);
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                socket->flush();
            }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
};

struct Run
{
    double seconds = 0;
    int failures = 0;
    std::vector<double> latenciesMs;
};

bool sendAll(int fd, const QByteArray &bytes)
{
    for (qsizetype off = 0; off < bytes.size();) {
        const ssize_t n =
            ::send(fd, bytes.constData() + off, size_t(bytes.size() - off), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        off += n;
    }
    return true;
}

/// The length of the first whole answer in `in` (its status in `status`), or 0.
qsizetype answerLength(const QByteArray &in, int *status)
{
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    const QByteArray head = in.left(end).toLower();
    const qsizetype at = head.indexOf("content-length:");
    const qint64 length = at < 0 ? 0 : head.mid(at + 15).split('\r').first().trimmed().toLongLong();
    if (in.size() < end + 4 + length)
        return 0;
    *status = in.mid(9, 3).toInt();
    return end + 4 + length;
}

/// `requests` POSTed over `connections` keep-alive sockets, one in flight on each; blocking
/// POSIX sockets and poll(), so that the client costs as little as a client can.
Run runClient(quint16 port, const std::vector<QByteArray> &requests, int connections)
{
    struct Connection
    {
        int fd = -1;
        QByteArray in;
        Clock::time_point sentAt;
    };

    std::vector<Connection> conns(static_cast<size_t>(connections));
    std::vector<pollfd> polls;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (Connection &c : conns) {
        c.fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::connect(c.fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
        polls.push_back({c.fd, POLLIN, 0});
    }
    Run run;
    run.latenciesMs.reserve(requests.size());
    size_t sent = 0;
    size_t answered = 0;
    int ok = 0;
    size_t open = conns.size();
    const Clock::time_point start = Clock::now();
    const auto sendNext = [&](Connection &c) {
        if (sent == requests.size())
            return;
        c.sentAt = Clock::now();
        sendAll(c.fd, requests[sent++]); // a refused write shows as an answer that never came
    };
    for (Connection &c : conns)
        sendNext(c);
    char buffer[16384];
    while (answered < requests.size() && open > 0) {
        if (::poll(polls.data(), polls.size(), 10000) <= 0)
            break; // nothing for 10 s: the rest failed
        for (size_t i = 0; i < conns.size(); ++i) {
            if (!(polls[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            Connection &c = conns[i];
            const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                polls[i].fd = -1; // closed: what was in flight on it failed
                --open;
                continue;
            }
            c.in.append(buffer, n);
            int status = 0;
            if (const qsizetype length = answerLength(c.in, &status)) {
                run.latenciesMs.push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - c.sentAt).count());
                c.in.remove(0, length);
                ++answered;
                ok += status == 200 ? 1 : 0;
                sendNext(c);
            }
        }
    }
    run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run.failures = int(requests.size()) - ok;
    for (Connection &c : conns)
        ::close(c.fd);
    return run;
}

/// Runs the client in its own thread while this one serves, with the event loop running.
Run serveWhile(quint16 port, const std::vector<QByteArray> &requests, int connections)
{
    Run run;
    std::thread client([&] {
        run = runClient(port, requests, connections);
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    });
    QCoreApplication::exec();
    client.join();
    return run;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

struct Summary
{
    double perSecond = 0; ///< median over the rounds
    double p50 = 0;
    double p95 = 0;
    int failures = 0;
};

Summary summarise(const std::vector<Run> &runs, int count)
{
    Summary summary;
    std::vector<double> rates;
    std::vector<double> latencies;
    for (const Run &run : runs) {
        rates.push_back(double(count) / run.seconds);
        latencies.insert(latencies.end(), run.latenciesMs.cbegin(), run.latenciesMs.cend());
        summary.failures += run.failures;
    }
    summary.perSecond = percentile(rates, 0.5);
    summary.p50 = percentile(latencies, 0.5);
    summary.p95 = percentile(latencies, 0.95);
    return summary;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const int connections = argc > 2 ? QByteArray(argv[2]).toInt() : 4;

    BareResponder bare;
    Wac::WebhookReceiver receiver;
    receiver.setAppSecret(appSecret);
    int sunk = 0;
    const Sink sink = sinkUnderTest();
    receiver.setSink([&sunk, &sink](const Wac::ReceivedDelivery &delivery) {
        ++sunk;
        return sink(delivery);
    });
    QString error;
    if (!receiver.listen({}, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const quint16 port = quint16(receiver.url().port());
    std::vector<QByteArray> toReceiver;
    std::vector<QByteArray> toBare;
    for (int i = 0; i < count; ++i) {
        toReceiver.push_back(statusRequest(i, port));
        toBare.push_back(statusRequest(i, bare.port()));
    }
    const qsizetype bodyBytes =
        toReceiver.front().size() - toReceiver.front().indexOf("\r\n\r\n") - 4;

    // Warm-up: connections, allocator, caches.
    serveWhile(bare.port(), {toBare.begin(), toBare.begin() + std::min(count, 500)}, connections);
    serveWhile(port, {toReceiver.begin(), toReceiver.begin() + std::min(count, 500)}, connections);
    sunk = 0;
    std::vector<Run> bareRuns;
    std::vector<Run> receiverRuns;
    for (int round = 0; round < 3; ++round) {
        bareRuns.push_back(serveWhile(bare.port(), toBare, connections));
        receiverRuns.push_back(serveWhile(port, toReceiver, connections));
    }
    const Summary b = summarise(bareRuns, count);
    const Summary r = summarise(receiverRuns, count);

    // The same, each delivery read and committed to a history file before its 200 (Inbox), as
    // the console and `listen` do; every round's WAMIDs are new, so nothing is a retry.
    QTemporaryDir dir;
    Wac::HistoryStore history(dir.filePath(u"history.sqlite"_s));
    history.open();
    Wac::HistoryLog log(&history);
    Wac::Inbox inbox(&log);
    Wac::WebhookReceiver recording;
    recording.setAppSecret(appSecret);
    recording.setSink([&inbox](const Wac::ReceivedDelivery &delivery) {
        return inbox.record(u"bench"_s, delivery);
    });
    if (!recording.listen({}, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const quint16 recordingPort = quint16(recording.url().port());
    std::vector<Run> recordingRuns;
    for (int round = 0; round < 3; ++round) {
        std::vector<QByteArray> fresh;
        for (int i = 0; i < count; ++i)
            fresh.push_back(statusRequest((round + 1) * count + i, recordingPort));
        recordingRuns.push_back(serveWhile(recordingPort, fresh, connections));
    }
    const Summary c = summarise(recordingRuns, count);

    out << u"%1 signed status webhooks (%2-byte bodies), %3 keep-alive connections, one in "
           "flight on each, from a raw-socket client thread; median of 3 rounds each\n"_s.arg(count)
               .arg(bodyBytes)
               .arg(connections);
    const auto line = [&out](const QString &name, const Summary &s) {
        out << u"  %1 %2 deliveries/s   POST to answer p50 %3 ms  p95 %4 ms  (%5 failed)\n"_s
                   .arg(name, -38)
                   .arg(s.perSecond, 7, 'f', 0)
                   .arg(s.p50, 0, 'f', 3)
                   .arg(s.p95, 0, 'f', 3)
                   .arg(s.failures);
    };
    line(u"bare QTcpServer responder (baseline)"_s, b);
    line(u"WebhookReceiver (verify, JSON, sink)"_s, r);
    line(u"WebhookReceiver + Inbox (parse, commit)"_s, c);
    out << u"  ratio receiver / baseline: throughput %1, p50 latency %2, p95 latency %3\n"_s
               .arg(r.perSecond / b.perSecond, 0, 'f', 2)
               .arg(r.p50 / b.p50, 0, 'f', 2)
               .arg(r.p95 / b.p95, 0, 'f', 2);
    out << u"  ratio recording receiver / baseline: throughput %1, p50 latency %2, p95 "
           "latency %3\n"_s.arg(c.perSecond / b.perSecond, 0, 'f', 2)
               .arg(c.p50 / b.p50, 0, 'f', 2)
               .arg(c.p95 / b.p95, 0, 'f', 2);
    out << u"  the sink was handed %1 of %2 deliveries; %3 committed by the recording one\n"_s
               .arg(sunk)
               .arg(3 * count)
               .arg(inbox.deliveries().count());

    // Where the receiver's time goes: the steps Meta's rules require, each alone on one request.
    const QByteArray &request = toReceiver.front();
    const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
    const QByteArray signature = request.mid(request.indexOf("sha256="), 7 + 64);
    const double readNs = Bench::nanosPerCall(
        [&] {
            Wac::HttpRequestReader reader(3 * 1024 * 1024);
            reader.feed(request);
            reader.next();
        },
        20'000'000);
    const double hmacNs = Bench::nanosPerCall(
        [&] { Wac::WebhookReceiver::signatureMatches(appSecret, body, signature); }, 20'000'000);
    const double jsonNs = Bench::nanosPerCall([&] { QJsonDocument::fromJson(body); }, 20'000'000);
    out << u"  per delivery (1 / throughput): receiver %1 µs, baseline %2 µs; measured alone:\n"_s
               .arg(1e6 / r.perSecond, 0, 'f', 1)
               .arg(1e6 / b.perSecond, 0, 'f', 1)
        << u"    reading the request %1 µs, HMAC-SHA256 %2 µs, JSON parse %3 µs\n"_s
               .arg(readNs / 1000, 0, 'f', 1)
               .arg(hmacNs / 1000, 0, 'f', 1)
               .arg(jsonNs / 1000, 0, 'f', 1);
    return 0;
}
