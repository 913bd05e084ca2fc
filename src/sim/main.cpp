// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// waconsole-sim: the Cloud API simulator on its own, for QA, scripts and other clients; and
// "waconsole-sim inbound", which makes a running simulator receive a customer's message.
#include "core/translator.h"
#include "core/version.h"
#include "sim/inboundcommand.h"
#include "sim/simoptions.h"
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
    QCoreApplication::setApplicationVersion(QLatin1String(Wac::version));
    Wac::installTranslators();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Sim::tr(
        "WhatsApp Cloud API simulator on loopback.\n"
        "Graph endpoints: POST /{version}/{phone-id}/messages, POST /{version}/{phone-id}/media, "
        "GET|DELETE /{version}/{media-id}, GET /{version}/{phone-id}, "
        "GET|POST|DELETE /{version}/{waba-id}/message_templates, "
        "GET|POST /{version}/{template-id}, "
        "GET|POST|DELETE /{version}/{waba-id}/subscribed_apps.\n"
        "Control: GET|POST|DELETE /_sim/faults, GET|DELETE /_sim/requests, "
        "POST /_sim/inbound, POST /_sim/payment, GET|POST /_sim/clock, GET|POST /_sim/options.\n"
        "\"waconsole-sim inbound --url URL --from NUMBER\" sends a customer message to a running "
        "simulator."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"inbound"_s, Sim::tr("Send a customer message to a running simulator."), u"[inbound]"_s);
    const QCommandLineOption port(
        u"port"_s, Sim::tr("Port to listen on (default: any free port)."), u"N"_s, u"0"_s);
    const QCommandLineOption listen(u"listen"_s,
        Sim::tr("Address to listen on (default 127.0.0.1)."), u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption token(u"token"_s,
        Sim::tr("An access token to accept (repeatable; default sandbox-token). Or set "
                "WACONSOLE_SIM_TOKEN, which other users cannot read in the process list."),
        u"T"_s);
    const QCommandLineOption seed(
        u"seed"_s, Sim::tr("Template library: a {\"data\": [templates]} JSON file."), u"FILE"_s);
    const QCommandLineOption fault(u"fault"_s,
        Sim::tr("Queue a fault: mode[:count[:path]]; modes delay, hang, close, reset, http500, "
                "http502, "
                "http503, malformed, empty, ratelimit, http404 (repeatable)."),
        u"spec"_s);
    const QCommandLineOption webhook(
        u"webhook"_s, Sim::tr("A callback URL for webhooks (repeatable)."), u"URL"_s);
    const QCommandLineOption appSecret(u"app-secret"_s,
        Sim::tr("The app secret that signs webhooks (or set WACONSOLE_SIM_APP_SECRET, which other "
                "users cannot read in the process list)."),
        u"S"_s);
    const QCommandLineOption windowErrors(u"window-errors"_s,
        Sim::tr("Free-form sends outside the 24-hour window: async (accepted, then a failed "
                "webhook; default) or sync (400 at once)."),
        u"mode"_s, u"async"_s);
    const QCommandLineOption noLimits(
        u"no-limits"_s, Sim::tr("Turn off the pair rate and throughput limits."));
    const Wac::Sim::SimOptions limits;
    const Wac::Sim::InboundCommand inbound;
    parser.addOptions(
        {port, listen, token, seed, fault, webhook, appSecret, windowErrors, noLimits});
    parser.addOptions(limits.all());
    parser.addOptions(inbound.all());
    parser.process(app);
    if (parser.positionalArguments().value(0) == u"inbound"_s)
        return inbound.run(parser);

    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    if (parser.isSet(token))
        config.tokens = parser.values(token);
    else if (const QString fromEnv = qEnvironmentVariable("WACONSOLE_SIM_TOKEN");
             !fromEnv.isEmpty())
        config.tokens = {fromEnv};
    if (parser.isSet(seed))
        config.templateSeed = parser.value(seed);
    for (const QString &target : parser.values(webhook))
        config.webhooks.append(QUrl(target));
    config.appSecret = parser.isSet(appSecret) ? parser.value(appSecret).toUtf8()
                                               : qgetenv("WACONSOLE_SIM_APP_SECRET");
    config.limits = !parser.isSet(noLimits);
    if (parser.value(windowErrors) != u"async"_s && parser.value(windowErrors) != u"sync"_s) {
        err << Sim::tr("waconsole-sim: --window-errors is async or sync") << Qt::endl;
        return 2;
    }
    config.windowErrorsSync = parser.value(windowErrors) == u"sync"_s;
    if (!limits.apply(parser, config, err))
        return 2;

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
