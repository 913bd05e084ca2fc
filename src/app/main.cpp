// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/translator.h"
#include "sim/simulatorserver.h"
#include "storage/keychaintokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"waconsole"_s);
    QApplication::setApplicationName(u"waconsole"_s);
    QApplication::setApplicationVersion(QStringLiteral(WACONSOLE_VERSION));
    Wac::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "WhatsApp Cloud API message console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption open(
        u"open"_s, QCoreApplication::translate("main", "Start with this payload."), u"file"_s);
    parser.addOption(open);
    parser.process(app);

    QNetworkAccessManager nam;
    Wac::ProfileStore profiles;
    Wac::KeychainTokenStore keychain;
    Wac::SecretVault vault(&keychain);
    Wac::MainWindow window;
    window.setServices(&profiles, &vault, &nam);
    QString error;
    if (parser.isSet(open) && !window.openFile(parser.value(open), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    // The Sandbox: the simulator in this process on a free loopback port, so that everything
    // works on first run with no Meta account.
    Wac::Sim::SimulatorServer sandbox(Wac::Sim::SimConfig::sandbox());
    QString sandboxError;
    if (sandbox.start(&sandboxError)) {
        profiles.setSandbox(sandbox.baseUrl());
        window.setSandbox(sandbox.baseUrl(), u"v25.0"_s);
    } else {
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "The Sandbox simulator did not start: %1")
                .arg(sandboxError));
    }
    window.show();
    return QApplication::exec();
}
