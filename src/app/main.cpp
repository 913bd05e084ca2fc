// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "app/commandline.h"
#include "app/consoleservices.h"
#include "app/firstpaintquit.h"
#include "app/fontwarmup.h"
#include "core/jsoninput.h"
#include "core/translator.h"
#include "core/version.h"
#include "storage/settings.h"
#include "widgets/history/historypane.h"
#include "widgets/mainwindow.h"
#include "widgets/messagefiles.h"
#include "widgets/theme.h"
#include "widgets/windowactivation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include "services/singleinstance.h"

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &reason)
{
    QTextStream(stderr) << reason << Qt::endl;
    return 2;
}

// --screenshot and --dump: render or write what the window holds, then exit.
int runHeadless(Wac::MainWindow &window, const QCommandLineParser &parser)
{
    if (parser.isSet(u"dump"_s)) {
        QFile out(parser.value(u"dump"_s));
        const QByteArray json = Wac::indentedJson(window.message().toJson());
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
            return fail(QCoreApplication::translate("main", "Cannot write %1: %2")
                            .arg(out.fileName(), out.errorString()));
    }
    if (parser.isSet(u"screenshot"_s)) {
        const QStringList size = parser.value(u"size"_s).split(u'x'); // checked at start
        const QSize asked(size.at(0).toInt(), size.at(1).toInt());
        window.resize(asked);
        // What starts after the first paint (the Sandbox, the phone, the history) is in the
        // picture too: wait for it, then for the paint it causes.
        QEventLoop started;
        QObject::connect(
            &window, &Wac::MainWindow::firstPainted, &started,
            [&started] { QTimer::singleShot(0, &started, &QEventLoop::quit); },
            Qt::QueuedConnection);
        QTimer::singleShot(10000, &started, &QEventLoop::quit); // never wait forever
        window.show();
        started.exec();
        QCoreApplication::processEvents();
        // The window's layout has a least size, which showing it enforces: a picture of
        // another size than the one asked for is refused, not written.
        if (window.size() != asked) {
            const QSize least = window.minimumSize().expandedTo(window.minimumSizeHint());
            return fail(QCoreApplication::translate(
                "main", "--size %1x%2 is smaller than the window can be: at least %3x%4.")
                            .arg(asked.width())
                            .arg(asked.height())
                            .arg(least.width())
                            .arg(least.height()));
        }
        const QString path = parser.value(u"screenshot"_s);
        if (!window.grab().save(path))
            return fail(
                QCoreApplication::translate("main", "Cannot write the screenshot %1.").arg(path));
    }
    return 0;
}

// --version and --help: printed by a core application, which needs no display (the GUI one
// aborts without one); process() prints them and exits. Anything else, Qt's own GUI options
// (-platform) among it, goes on to the GUI application, which reads it as before.
void answerAboutItself(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"waconsole"_s);
    QCoreApplication::setApplicationVersion(QLatin1String(Wac::version));
    Wac::installTranslators();
    QCommandLineParser parser;
    Wac::CommandLine::define(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return;
    if (parser.isSet(u"version"_s) || parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s))
        parser.process(app);
}

} // namespace

int main(int argc, char *argv[])
{
    if (Wac::CommandLine::asksAboutItself(argc, argv))
        answerAboutItself(argc, argv);
    // Before anything else: fontconfig's set-up runs beside the application's.
    Wac::FontWarmUp fonts;
    QApplication app(argc, argv);
    // Whichever way main() leaves, fontconfig's reading ends before the application does: Qt's
    // font database destroys fontconfig's current configuration when QApplication goes, and
    // doing that while FcInit still builds one on the other thread leaks the half-built one
    // (seen by LeakSanitizer on a start that hands its file over, or refuses it, at once).
    const auto fontsDone = qScopeGuard([&fonts] { fonts.wait(); });
    QApplication::setOrganizationName(u"waconsole"_s);
    QApplication::setApplicationName(u"waconsole"_s);
    QApplication::setApplicationVersion(QLatin1String(Wac::version));
    // The menu entry's ID: the desktop shell matches the window to its entry and icon by it.
    QApplication::setDesktopFileName(QLatin1String(Wac::appId));
    Wac::installTranslators();

    QCommandLineParser parser;
    Wac::CommandLine::define(parser);
    parser.process(app);
    const bool headless = Wac::CommandLine::isHeadless(parser);
    QString error;
    const QString file = Wac::CommandLine::fileToOpen(parser, &error);
    if (!error.isEmpty())
        return fail(error);
    if (const QString problem = Wac::CommandLine::valueProblem(parser); !problem.isEmpty())
        return fail(problem);
    // A second console hands its file to the first and leaves before it opens the history or
    // takes the Sandbox's port; a headless run (scripts, tests) is never handed over.
    Wac::SingleInstance instance;
    QString instanceNotice;
    // A window on a given profile's store is a window of its own: the running one has its store.
    if (!headless && !parser.isSet(u"new-instance"_s) && !parser.isSet(u"profile"_s)) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return fail(QCoreApplication::translate("main", "Cannot read %1.").arg(file));
        switch (instance.start(file.isEmpty() ? QStringList() : QStringList {file}, &error)) {
        case Wac::SingleInstance::Outcome::Forwarded:
            return 0;
        case Wac::SingleInstance::Outcome::NoAnswer:
            return fail(error);
        case Wac::SingleInstance::Outcome::Alone:
            instanceNotice = error;
            break;
        case Wac::SingleInstance::Outcome::Serving:
            break;
        }
    }
    if (parser.isSet(u"theme"_s))
        Wac::Theme::apply(Wac::Theme::fromName(parser.value(u"theme"_s)));
    else
        Wac::Theme::restore();

    Wac::ConsoleServices services;
    // The profile the window opens on decides the store: this computer's file, or its team's.
    if (!services.open(parser.value(u"profile"_s), &error))
        return fail(error);
    fonts.wait(); // the window's first widgets lay out text
    Wac::MainWindow window(services.forWindow());
    services.tellStart(window);
    // The Sandbox: the simulator in this process on loopback, so that everything works on
    // first run with no Meta account. Its port stays the same between starts (scripts reach
    // it there); a free one is taken only when that one is busy. It starts once the window
    // has painted: the profile shows its address at once, the server follows a moment later.
    const quint16 port = parser.isSet(u"sandbox-port"_s)
        ? quint16(parser.value(u"sandbox-port"_s).toUInt())
        : Wac::Settings::sandboxPort();
    window.setSandbox(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    if (services.startProfile())
        window.selectProfile(services.startProfile()->name);
    services.lendSandboxTemplates(window);
    QObject::connect(
        &window, &Wac::MainWindow::firstPainted, &window,
        [&window, &services, port] { services.startReceiving(window, port); },
        Qt::QueuedConnection);
    // A script hears of a file that is no payload by the exit code; a person who opened it from
    // the desktop gets the window, and the reason in it, rather than nothing at all.
    QString openError;
    if (!file.isEmpty() && !window.files()->openFile(file, &openError)) {
        fail(openError);
        if (headless)
            return 2;
    }
    if (headless)
        return runHeadless(window, parser);

    // The draft: what the form held when waconsole last closed, unless a file was opened.
    window.files()->setDraftFile(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/draft.json"_s);
    if (file.isEmpty())
        window.files()->restoreDraft();
    if (!instanceNotice.isEmpty())
        window.statusBar()->showMessage(instanceNotice);
    Wac::WindowActivation::follow(&instance, &window);
    Wac::FirstPaintQuit firstPaint;
    if (parser.isSet(u"quit-after-history-paint"_s) && window.historyPane())
        window.historyPane()->findChild<QTableView *>()->viewport()->installEventFilter(
            &firstPaint);
    if (parser.isSet(u"quit-after-first-paint"_s))
        window.installEventFilter(&firstPaint);
    window.show();
    if (!openError.isEmpty())
        window.showNotice(QCoreApplication::translate("main", "Open"), openError);
    return QApplication::exec();
}
