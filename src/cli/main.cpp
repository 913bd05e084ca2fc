// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#include "clicommands.h"

using namespace Qt::StringLiterals;

namespace {

QString description()
{
    return Wac::Tr::tr(
        "Checks and converts WhatsApp Cloud API message payloads.\n\n"
        "Commands:\n"
        "  validate FILE|-   print one line per problem: POINTER: error|warning: message [code]\n"
        "  roundtrip FILE|-  load the payload into waconsole's message model and print it back\n\n"
        "Exit codes: 0 no errors (warnings allowed), 1 the payload has errors,\n"
        "2 the input cannot be read or is not JSON, or the command line is wrong.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"waconsole-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WACONSOLE_VERSION));
    Wac::installTranslators();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, Wac::Tr::tr("validate or roundtrip"));
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
    if (args.size() != 2 || (command != u"validate"_s && command != u"roundtrip"_s)) {
        err << Wac::Tr::tr("Usage: waconsole-cli validate|roundtrip FILE|-  (see --help)")
            << Qt::endl;
        return Wac::Cli::Unreadable;
    }
    return command == u"validate"_s ? Wac::Cli::validate(args.at(1), out, err)
                                    : Wac::Cli::roundtrip(args.at(1), out, err);
}
