// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::CommandLine {

void define(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "WhatsApp Cloud API message console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s,
        QCoreApplication::translate("main", "A payload to open, as with --open."), u"[file]"_s);
    parser.addOptions({
        {u"open"_s,
            QCoreApplication::translate(
                "main", "Start with this payload (JSON, or a curl command)."),
            u"file"_s},
        {u"new-instance"_s,
            QCoreApplication::translate("main",
                "Open a window of its own even when waconsole already runs (by default the "
                "running one comes forward and opens the file).")},
        {u"screenshot"_s,
            QCoreApplication::translate("main", "Render the window to this PNG and exit."),
            u"png"_s},
        {u"theme"_s, QCoreApplication::translate("main", "The theme: system, light or dark."),
            u"theme"_s},
        {u"size"_s, QCoreApplication::translate("main", "The window size for --screenshot."),
            u"WxH"_s, u"1280x800"_s},
        {u"sandbox-port"_s,
            QCoreApplication::translate(
                "main", "The port the Sandbox simulator listens on (default 8808)."),
            u"port"_s},
        {u"profile"_s,
            QCoreApplication::translate("main",
                "Open on this saved profile, with the history of its store (a team's "
                "PostgreSQL store: its password from the keychain)."),
            u"name"_s},
        {u"dump"_s,
            QCoreApplication::translate(
                "main", "Write the payload the form holds after loading, and exit."),
            u"json"_s},
    });
    // For bench_history: quit once the window, or its history page, has painted.
    QCommandLineOption quitAfterPaint(u"quit-after-history-paint"_s);
    quitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterPaint);
    QCommandLineOption quitAfterWindowPaint(u"quit-after-first-paint"_s);
    quitAfterWindowPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterWindowPaint);
}

QString fileToOpen(const QCommandLineParser &parser, QString *error)
{
    QStringList files = parser.positionalArguments();
    if (parser.isSet(u"open"_s))
        files.prepend(parser.value(u"open"_s));
    if (files.size() > 1) {
        *error = QCoreApplication::translate(
            "main", "The window holds one message: give one file (--open or FILE), not %1.")
                     .arg(files.size());
        return {};
    }
    return files.value(0);
}

QString valueProblem(const QCommandLineParser &parser)
{
    const QString theme = parser.value(u"theme"_s);
    if (parser.isSet(u"theme"_s) && theme != u"system"_s && theme != u"light"_s
        && theme != u"dark"_s) {
        return QCoreApplication::translate("main", "--theme is system, light or dark, not \"%1\".")
            .arg(theme);
    }
    static const QRegularExpression size(u"^[1-9][0-9]{0,4}x[1-9][0-9]{0,4}$"_s);
    if (!size.match(parser.value(u"size"_s)).hasMatch()) {
        return QCoreApplication::translate(
            "main", "--size takes WIDTHxHEIGHT in pixels, e.g. 1280x800, not \"%1\".")
            .arg(parser.value(u"size"_s));
    }
    if (parser.isSet(u"sandbox-port"_s)) {
        bool number = false;
        const uint port = parser.value(u"sandbox-port"_s).toUInt(&number);
        if (!number || port < 1 || port > 65535) {
            return QCoreApplication::translate(
                "main", "--sandbox-port is a port from 1 to 65535, not \"%1\".")
                .arg(parser.value(u"sandbox-port"_s));
        }
    }
    return {};
}

bool isHeadless(const QCommandLineParser &parser)
{
    return parser.isSet(u"screenshot"_s) || parser.isSet(u"dump"_s);
}

bool asksAboutItself(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1StringView argument(argv[i]);
        if (argument == "--"_L1)
            return false;
        for (const QLatin1StringView asks :
            {"--version"_L1, "-v"_L1, "--help"_L1, "-h"_L1, "--help-all"_L1, "-?"_L1}) {
            if (argument == asks)
                return true;
        }
    }
    return false;
}

} // namespace Wac::CommandLine
