// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// waconsole-sim: the Cloud API simulator on its own, for QA, scripts and other clients.
#include "sim/simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

// Only write() is async-signal-safe: the handler wakes the event loop, which quits cleanly.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"waconsole-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WACONSOLE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"WhatsApp Cloud API simulator on loopback.\n"
        "Graph endpoints: POST /{version}/{phone-id}/messages, "
        "POST /{version}/{phone-id}/media, GET|DELETE /{version}/{media-id}, "
        "GET /{version}/{phone-id}, GET /{version}/{waba-id}/message_templates.\n"
        "Control: GET|POST|DELETE /_sim/faults, GET|DELETE /_sim/requests."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(
        u"port"_s, u"Port to listen on (default: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption listen(
        u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption token(
        u"token"_s, u"An access token to accept (repeatable; default sandbox-token)."_s, u"T"_s);
    const QCommandLineOption seed(
        u"seed"_s, u"Template library: a {\"data\": [templates]} JSON file."_s, u"FILE"_s);
    const QCommandLineOption fault(u"fault"_s,
        u"Queue a fault: mode[:count[:path]]; modes delay, hang, close, reset, http500, http502, "
        "http503, malformed, empty, ratelimit (repeatable)."_s,
        u"spec"_s);
    parser.addOptions({port, listen, token, seed, fault});
    parser.process(app);

    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    if (parser.isSet(token))
        config.tokens = parser.values(token);
    if (parser.isSet(seed))
        config.templateSeed = parser.value(seed);
    Wac::Sim::SimulatorServer server(config);
    for (const QString &spec : parser.values(fault)) {
        QString error;
        const auto parsed = Wac::Sim::FaultPlan::fromSpec(spec, &error);
        if (!parsed) {
            err << u"waconsole-sim: --fault %1: %2"_s.arg(spec, error) << Qt::endl;
            return 2;
        }
        server.faults().add(*parsed);
    }
    QString error;
    const QHostAddress address(parser.value(listen));
    if (address.isNull() || !server.start(&error, address, quint16(parser.value(port).toUInt()))) {
        err << u"waconsole-sim: "_s
            << (address.isNull() ? u"not an address: "_s + parser.value(listen) : error)
            << Qt::endl;
        return 2;
    }
    quitOnSignals(app);
    const auto &phone = server.config().phoneNumbers.first();
    out << u"waconsole-sim listening on %1"_s.arg(server.baseUrl().toString()) << Qt::endl
        << u"  phone number id %1 (%2), WABA id %3, %4 templates"_s
               .arg(phone.id, phone.displayNumber, server.config().wabaId)
               .arg(server.templates().templates().size())
        << Qt::endl;
    const int code = QCoreApplication::exec();
    out << u"waconsole-sim stopped"_s << Qt::endl;
    return code;
}
