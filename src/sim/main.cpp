// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// waconsole-sim: the Cloud API simulator on its own, for QA, scripts and other clients.
#include "core/translator.h"
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

// The translation context of the simulator's own command-line texts (lupdate reads Sim::tr).
struct Sim
{
    Q_DECLARE_TR_FUNCTIONS(waconsole_sim)
};

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
    Wac::installTranslators();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Sim::tr(
        "WhatsApp Cloud API simulator on loopback.\n"
        "Graph endpoints: POST /{version}/{phone-id}/messages, POST /{version}/{phone-id}/media, "
        "GET|DELETE /{version}/{media-id}, GET /{version}/{phone-id}, "
        "GET /{version}/{waba-id}/message_templates.\n"
        "Control: GET|POST|DELETE /_sim/faults, GET|DELETE /_sim/requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(
        u"port"_s, Sim::tr("Port to listen on (default: any free port)."), u"N"_s, u"0"_s);
    const QCommandLineOption listen(u"listen"_s,
        Sim::tr("Address to listen on (default 127.0.0.1)."), u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption token(u"token"_s,
        Sim::tr("An access token to accept (repeatable; default sandbox-token)."), u"T"_s);
    const QCommandLineOption seed(
        u"seed"_s, Sim::tr("Template library: a {\"data\": [templates]} JSON file."), u"FILE"_s);
    const QCommandLineOption fault(u"fault"_s,
        Sim::tr("Queue a fault: mode[:count[:path]]; modes delay, hang, close, reset, http500, "
                "http502, "
                "http503, malformed, empty, ratelimit (repeatable)."),
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
            err << Sim::tr("waconsole-sim: --fault %1: %2").arg(spec, error) << Qt::endl;
            return 2;
        }
        server.faults().add(*parsed);
    }
    QString error;
    const QHostAddress address(parser.value(listen));
    if (address.isNull()) {
        err << Sim::tr("waconsole-sim: not an address: %1").arg(parser.value(listen)) << Qt::endl;
        return 2;
    }
    if (!server.start(&error, address, quint16(parser.value(port).toUInt()))) {
        err << Sim::tr("waconsole-sim: %1").arg(error) << Qt::endl;
        return 2;
    }
    quitOnSignals(app);
    const auto &phone = server.config().phoneNumbers.first();
    // The first line is for scripts and stays the same in every language.
    out << u"waconsole-sim listening on "_s << server.baseUrl().toString() << Qt::endl
        << Sim::tr("  phone number id %1 (%2), WABA id %3, %4 templates")
               .arg(phone.id, phone.displayNumber, server.config().wabaId)
               .arg(server.templates().templates().size())
        << Qt::endl;
    const int code = QCoreApplication::exec();
    out << Sim::tr("waconsole-sim stopped") << Qt::endl;
    return code;
}