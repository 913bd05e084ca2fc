// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/graphdefaults.h"
#include "core/translator.h"
#include "core/version.h"
#include "net/requestfactory.h"
#include "storage/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "clicommands.h"
#include "conversationscommand.h"
#include "historycommand.h"
#include "listencommand.h"
#include "optionvalues.h"
#include "rendercommand.h"
#include "sendcommand.h"
#include "services/profileconfig.h"
#include "storecommand.h"
#include "templatecheckcommand.h"
#include "templatescommand.h"
#include "templatesubmitcommand.h"

using namespace Qt::StringLiterals;

namespace {

QString description()
{
    const QString commands = Wac::Tr::tr(
        "Checks and converts WhatsApp Cloud API message payloads.\n\n"
        "Commands:\n"
        "  validate FILE|-   print one line per problem: POINTER: error|warning: message [code]\n"
        "  roundtrip FILE|-  load the payload into waconsole's message model and print it back\n"
        "  send FILE|-       send it: --profile NAME, or --base-url URL --phone-number-id ID\n"
        "                    [--api-version V]; [--timeout SECONDS] [--send-anyway]; the token\n"
        "                    comes from WACONSOLE_TOKEN or the profile's keychain entry, never\n"
        "                    from the command line; recorded in the history as the window\n"
        "                    records it, unless --no-history\n"
        "  upload FILE       upload media with the same options as send [--type MIME];\n"
        "                    prints {\"id\": ...}\n"
        "  render FILE|-     draw the phone preview: -o OUT.png [--theme light|dark]\n"
        "                    [--state closed|open] [--width PX] [--scale N]\n"
        "                    [--template-def DEF.json] [--time HH:MM]\n"
        "  listen            receive webhooks until stopped: [--profile NAME] [--listen ADDR]\n"
        "                    [--port N] [--path PATH] [--forward URL]; the app secret and verify\n"
        "                    token come from WACONSOLE_APP_SECRET / WACONSOLE_VERIFY_TOKEN or the\n"
        "                    profile's keychain entries; prints one JSON object per event\n"
        "  conversations     every customer who wrote, newest first [--with NUMBER|BSUID for\n"
        "                    their thread] [--profile NAME] [--limit N] [--format table|json]\n"
        "  templates         list the template library: --profile NAME [--cached], or\n"
        "                    --base-url URL --waba-id ID; [--format table|json] (json is what\n"
        "                    render --template-def reads)\n"
        "  template-submit FILE|-  create the template in FILE: --profile NAME [--edit ID];\n"
        "                    prints ID STATUS (PENDING until Meta's review)\n"
        "  template-delete NAME    delete the template: --profile NAME\n\n"
        "Exit codes: 0 no errors (warnings allowed) / accepted, 1 the payload has errors or the\n"
        "API rejected it, 2 the input cannot be read or is not JSON, or the command line is "
        "wrong,\n"
        "3 sent but the outcome is unknown (check before sending again), 4 not sent.");
    return commands + Wac::Cli::templateCheckHelp() + Wac::Cli::storeHelp();
}

// render draws with Qt Gui, which needs a platform; everything else stays a console program.
bool rendering(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "render") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (rendering(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed to draw a PNG
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"waconsole-cli"_s);
    QCoreApplication::setApplicationVersion(QLatin1String(Wac::version));
    Wac::installTranslators();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
        Wac::Tr::tr("validate, template-check, roundtrip, send, upload, render, history, "
                    "conversations, listen, templates, template-submit or template-delete"));
    const QCommandLineOption baseUrl(
        u"base-url"_s, Wac::Tr::tr("send: the Graph API address."), u"URL"_s);
    const QCommandLineOption phoneNumberId(
        u"phone-number-id"_s, Wac::Tr::tr("send: the sending number's ID."), u"ID"_s);
    const QCommandLineOption apiVersion(u"api-version"_s,
        Wac::Tr::tr("send: the API version (default %1).")
            .arg(QLatin1String(Wac::GraphDefaults::apiVersion)),
        u"V"_s, QLatin1String(Wac::GraphDefaults::apiVersion));
    const QCommandLineOption timeout(u"timeout"_s,
        Wac::Tr::tr("send: the deadline in seconds for the whole exchange, from connecting to the "
                    "answer's last byte (1 to %1, default 30).")
            .arg(Wac::Cli::maxTimeoutSeconds),
        u"SECONDS"_s, u"30"_s);
    const QCommandLineOption mediaType(u"type"_s,
        Wac::Tr::tr("upload: the file's MIME type (default: detected from the file)."), u"MIME"_s);
    const QCommandLineOption sendAnyway(
        u"send-anyway"_s, Wac::Tr::tr("send: send even when the payload has errors."));
    const QCommandLineOption profile(u"profile"_s,
        Wac::Tr::tr("send, listen, templates, history, conversations: use this saved profile "
                    "(its token comes from the keychain; its store keeps the history)."),
        u"NAME"_s);
    const QCommandLineOption noHistory(u"no-history"_s,
        Wac::Tr::tr("send: do not record the send in the history the window shows."));
    parser.addOptions(
        {profile, baseUrl, phoneNumberId, apiVersion, timeout, sendAnyway, mediaType, noHistory});
    const QCommandLineOption output(
        {u"o"_s, u"output"_s}, Wac::Tr::tr("render: the PNG file to write."), u"OUT.png"_s);
    const QCommandLineOption theme(
        u"theme"_s, Wac::Tr::tr("render: light or dark."), u"THEME"_s, u"light"_s);
    const QCommandLineOption state(u"state"_s,
        Wac::Tr::tr("render: closed, or open for a list's or product list's sheet."), u"STATE"_s,
        u"closed"_s);
    const QCommandLineOption width(
        u"width"_s, Wac::Tr::tr("render: the phone's width in pixels."), u"PX"_s, u"360"_s);
    const QCommandLineOption scale(
        u"scale"_s, Wac::Tr::tr("render: pixels per point (2 for HiDPI)."), u"N"_s, u"1"_s);
    const QCommandLineOption templateDef(u"template-def"_s,
        Wac::Tr::tr("render: the template's definition, or a message_templates answer."),
        u"DEF.json"_s);
    const QCommandLineOption time(
        u"time"_s, Wac::Tr::tr("render: the time shown (default: now)."), u"HH:MM"_s);
    parser.addOptions({output, theme, state, width, scale, templateDef, time});
    const QCommandLineOption historyFilter(u"filter"_s,
        Wac::Tr::tr("history: which sends, e.g. \"type:text status:failed since:2026-11-01 "
                    "refund\"."),
        u"EXPR"_s);
    const QCommandLineOption historyLimit(u"limit"_s,
        Wac::Tr::tr("history: at most N sends, newest first (default 50)."), u"N"_s, u"50"_s);
    const QCommandLineOption historyFormat(u"format"_s,
        Wac::Tr::tr("history: table, csv or json (default table)."), u"FORMAT"_s, u"table"_s);
    parser.addOptions({historyFilter, historyLimit, historyFormat});
    const QCommandLineOption wabaId(u"waba-id"_s,
        Wac::Tr::tr("templates: the WhatsApp Business Account ID (with --base-url)."), u"ID"_s);
    const QCommandLineOption cached(u"cached"_s,
        Wac::Tr::tr("templates: print the profile's library as last read, without the network."));
    parser.addOptions({wabaId, cached});
    const QCommandLineOption with(u"with"_s,
        Wac::Tr::tr("conversations: this customer's thread (a number or a BSUID)."),
        u"NUMBER|BSUID"_s);
    parser.addOptions({with});
    const QCommandLineOption listenAddress(u"listen"_s,
        Wac::Tr::tr("listen: the address to listen on (default 127.0.0.1)."), u"ADDR"_s,
        u"127.0.0.1"_s);
    const QCommandLineOption listenPort(u"port"_s,
        Wac::Tr::tr("listen: the port (0 picks a free one; default: the profile's, else 0)."),
        u"N"_s);
    const QCommandLineOption listenPath(u"path"_s,
        Wac::Tr::tr("listen: the callback path (default /webhook)."), u"PATH"_s, u"/webhook"_s);
    const QCommandLineOption forward(u"forward"_s,
        Wac::Tr::tr("listen: relay each accepted delivery, signed as received, to this URL."),
        u"URL"_s);
    parser.addOptions({listenAddress, listenPort, listenPath, forward});
    Wac::Cli::addTemplateSubmitOptions(parser);
    Wac::Cli::addStoreOptions(parser);
    parser.addPositionalArgument(u"file"_s, Wac::Tr::tr("a JSON payload, or - for standard input"));
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << Qt::endl;
        return Wac::Cli::Unreadable;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Wac::Cli::Ok;
    }
    if (parser.isSet(u"version"_s)) {
        out << u"waconsole-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Wac::Cli::Ok;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    namespace Values = Wac::Cli::OptionValues;
    // At most this many rows: a table or an export of the whole history, never a number that
    // overflows what the stores count.
    constexpr qint64 maxRows = 100'000'000;
    if (command == u"history"_s && args.size() == 1) {
        const auto rows = Values::whole(u"limit"_s, parser.value(historyLimit), 1, maxRows, err);
        if (!rows)
            return Wac::Cli::Unreadable;
        std::optional<Wac::Profile> chosen;
        if (parser.isSet(profile) && !(chosen = Wac::Cli::savedProfile(parser.value(profile), err)))
            return Wac::Cli::Unreadable;
        return Wac::Cli::history(
            chosen, parser.value(historyFilter), *rows, parser.value(historyFormat), out, err);
    }
    if (command == u"listen"_s && args.size() == 1) {
        Wac::Cli::ListenOptions options;
        if (parser.isSet(profile)) {
            Wac::Cli::SendOptions found;
            if (!Wac::Cli::useProfile(parser.value(profile), found, err))
                return Wac::Cli::Unreadable;
            options.profile = found.profile;
        }
        options.address = parser.value(listenAddress);
        if (parser.isSet(listenPort)) {
            bool number = false;
            options.port = parser.value(listenPort).toInt(&number);
            if (!number)
                options.port = -1;
        }
        options.path = parser.value(listenPath);
        if (parser.isSet(forward))
            options.forward = QUrl(parser.value(forward));
        return Wac::Cli::listen(options, out, err);
    }
    if (command == u"conversations"_s && args.size() == 1) {
        const auto rows = Values::whole(u"limit"_s, parser.value(historyLimit), 1, maxRows, err);
        if (!rows)
            return Wac::Cli::Unreadable;
        std::optional<Wac::Profile> chosen;
        if (parser.isSet(profile) && !(chosen = Wac::Cli::savedProfile(parser.value(profile), err)))
            return Wac::Cli::Unreadable;
        return Wac::Cli::conversations(
            chosen, parser.value(with), *rows, parser.value(historyFormat), out, err);
    }
    if (command == u"templates"_s && args.size() == 1) {
        Wac::Cli::SendOptions options;
        if (parser.isSet(profile)) {
            if (!Wac::Cli::useProfile(parser.value(profile), options, err))
                return Wac::Cli::Unreadable;
        } else if (parser.isSet(baseUrl) && parser.isSet(wabaId)) {
            options.profile =
                Wac::Cli::adHocProfile(QUrl(parser.value(baseUrl)), parser.value(apiVersion));
            options.profile.wabaId = parser.value(wabaId);
        } else {
            err << Wac::Tr::tr("templates needs --profile, or --base-url and --waba-id.")
                << Qt::endl;
            return Wac::Cli::Unreadable;
        }
        if (const auto problem =
                Wac::RequestFactory::pathRefusal(Wac::apiConfig(options.profile))) {
            err << command << u": "_s << *problem << Qt::endl;
            return Wac::Cli::Unreadable;
        }
        const std::optional<int> limit = Wac::Cli::timeoutMs(parser.value(timeout), err);
        if (!limit)
            return Wac::Cli::Unreadable;
        options.timeoutMs = *limit;
        const QString format =
            parser.isSet(historyFormat) ? parser.value(historyFormat) : u"table"_s;
        return Wac::Cli::templates(options, format, parser.isSet(cached), out, err);
    }
    if (command == u"template-check"_s && args.size() == 2)
        return Wac::Cli::templateCheck(args.at(1), out, err);
    if (Wac::Cli::isTemplateSubmitCommand(command))
        return Wac::Cli::templateSubmitCommand(parser, out, err);
    if (command == u"store"_s)
        return Wac::Cli::storeCommand(parser, out, err);
    if (args.size() != 2
        || (command != u"validate"_s && command != u"roundtrip"_s && command != u"send"_s
            && command != u"upload"_s && command != u"render"_s)) {
        err << Wac::Tr::tr("Usage: waconsole-cli validate|roundtrip|send|upload|render FILE|-, or "
                           "waconsole-cli history|conversations|listen|templates|template-submit|"
                           "template-delete  (see --help)")
            << Qt::endl;
        return Wac::Cli::Unreadable;
    }
    if (command == u"render"_s) {
        Wac::Cli::RenderOptions options;
        options.output = parser.value(output);
        const auto px = Values::whole(u"width"_s, parser.value(width), 240, 1200, err);
        const auto factor =
            px ? Values::number(u"scale"_s, parser.value(scale), 0.5, 4.0, err) : std::nullopt;
        if (!factor || !Values::oneOf(u"theme"_s, parser.value(theme), {u"light"_s, u"dark"_s}, err)
            || !Values::oneOf(u"state"_s, parser.value(state), {u"closed"_s, u"open"_s}, err)
            || (parser.isSet(time) && !Values::clockTime(u"time"_s, parser.value(time), err)))
            return Wac::Cli::Unreadable;
        options.preview.theme =
            parser.value(theme) == u"dark"_s ? Wac::PreviewTheme::Dark : Wac::PreviewTheme::Light;
        options.preview.sheetOpen = parser.value(state) == u"open"_s;
        options.preview.width = int(*px);
        options.preview.scale = *factor;
        options.preview.time = parser.value(time);
        options.templateDefinitions = parser.value(templateDef);
        if (options.output.isEmpty()) {
            err << Wac::Tr::tr("render needs -o OUT.png.") << Qt::endl;
            return Wac::Cli::Unreadable;
        }
        return Wac::Cli::render(args.at(1), options, err);
    }
    if (command == u"send"_s || command == u"upload"_s) {
        Wac::Cli::SendOptions options;
        if (parser.isSet(profile)) {
            if (!Wac::Cli::useProfile(parser.value(profile), options, err))
                return Wac::Cli::Unreadable;
        } else if (!parser.isSet(baseUrl) || !parser.isSet(phoneNumberId)) {
            err << Wac::Tr::tr(
                "send and upload need --profile, or --base-url and --phone-number-id.")
                << Qt::endl;
            return Wac::Cli::Unreadable;
        } else {
            options.profile =
                Wac::Cli::adHocProfile(QUrl(parser.value(baseUrl)), parser.value(apiVersion));
            options.profile.phoneNumberId = parser.value(phoneNumberId);
        }
        // The version and the ID become the request's path: "../x" would aim the token at
        // some other endpoint of the server.
        if (const QString problem = Wac::ProfileStore::connectionProblem(options.profile);
            !problem.isEmpty()) {
            err << command << u": "_s << problem << Qt::endl;
            return Wac::Cli::Unreadable;
        }
        const std::optional<int> limit = Wac::Cli::timeoutMs(parser.value(timeout), err);
        if (!limit)
            return Wac::Cli::Unreadable;
        options.timeoutMs = *limit;
        options.sendAnyway = parser.isSet(sendAnyway);
        options.recordHistory = !parser.isSet(noHistory);
        if (command == u"upload"_s)
            return Wac::Cli::upload(args.at(1), options, parser.value(mediaType), out, err);
        return Wac::Cli::send(args.at(1), options, out, err);
    }
    return command == u"validate"_s ? Wac::Cli::validate(args.at(1), out, err)
                                    : Wac::Cli::roundtrip(args.at(1), out, err);
}
