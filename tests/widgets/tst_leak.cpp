// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/keychaintokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/dialogs/profiledialog.h"
#include "widgets/mainwindow.h"
#include "widgets/messagefiles.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include "payloadcorpus.h"
#include "secretwait.h"
#include "services/graphaccess.h"
#include "services/sendservice.h"

using namespace Qt::StringLiterals;

namespace {

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    previousHandler(type, context, message);
}

} // namespace

/**
 * A scripted session in the test command's private HOME, with the real keychain and the real
 * settings file: create a profile with a token, send, fail, copy the cURL command (masked, then
 * revealed and masked again), quit with a draft, upload through the CLI. The token must then be
 * in no file under HOME (or the XDG folders), in no copied command and in no log line.
 */
class TestLeak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scriptedSessionLeavesNoToken();
    void cleanupTestCase();

private:
    QByteArray m_token;
    QString m_profile;
};

void TestLeak::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureMessage);
    m_token = "EAAJB" + QByteArray::number(QRandomGenerator::global()->generate64(), 16).toUpper()
        + "ZDZD";
    m_profile = u"Leak check %1"_s.arg(QRandomGenerator::global()->generate(), 0, 16);
    const QString home = QDir::homePath();
    QVERIFY2(home.startsWith(QDir::tempPath()), "run inside the test command's private HOME");
}

void TestLeak::scriptedSessionLeavesNoToken()
{
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.tokens.append(QString::fromLatin1(m_token));
    Wac::Sim::SimulatorServer sim(config);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    sim.conversations().setLimitsEnabled(false);
    QNetworkAccessManager nam;
    Wac::ProfileStore profiles; // the real, shared settings file
    profiles.setSandbox(sim.baseUrl());
    Wac::KeychainTokenStore keychain;
    Wac::SecretVault vault(&keychain);
    {
        Wac::GraphAccess graph(&vault, &nam);
        Wac::SendService sender(&graph);
        Wac::WindowServices services;
        services.profiles = &profiles;
        services.graph = &graph;
        services.sender = &sender;
        Wac::MainWindow window(services);
        window.setSandbox(sim.baseUrl());
        window.show();

        // 1. Create the profile with its token, through the dialog, with the keyboard.
        Wac::ProfileDialog dialog(&profiles, &vault, &nam, &window);
        dialog.show();
        dialog.findChild<QPushButton *>(u"newPushButton"_s)->click();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameLineEdit"_s), m_profile);
        auto *url = dialog.findChild<QLineEdit *>(u"baseUrlLineEdit"_s);
        url->clear();
        QTest::keyClicks(url, sim.baseUrl().toString());
        QTest::keyClicks(
            dialog.findChild<QLineEdit *>(u"phoneNumberIdLineEdit"_s), u"106540352242922"_s);
        QTest::keyClicks(
            dialog.findChild<QLineEdit *>(u"accessTokenLineEdit"_s), QString::fromLatin1(m_token));
        dialog.findChild<QPushButton *>(u"savePushButton"_s)->click();
        QTRY_COMPARE(dialog.findChild<QLabel *>(u"statusLabel"_s)->text(), u"Saved."_s);
        QVERIFY(!vault.isSessionOnly()); // it went to the real keychain
        dialog.close();
        window.activateWindow(); // the desktop does this when a dialog closes; offscreen does not
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // 2. Send with it, then 3. fail.
        window.setSandbox(sim.baseUrl());
        auto *combo = window.findChild<QComboBox *>(u"profileComboBox"_s);
        combo->setCurrentIndex(combo->findData(m_profile));
        auto *editor = window.findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
        editor->setPlainText(
            QString::fromUtf8(QJsonDocument(Wac::Test::loadValidPayload(u"seed-text"_s)).toJson()));
        auto *headline = window.findChild<QLabel *>(u"resultHeadlineLabel"_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(headline->text().contains(u"Accepted"_s), qPrintable(headline->text()));
        sim.faults().add({Wac::Sim::FaultPlan::Mode::ServerError, 1, {}, 0});
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(
            headline->text().contains(u"The server failed"_s), qPrintable(headline->text()));

        // The cURL tab and Edit → Copy cURL carry the token only while it is revealed.
        const QByteArray token = m_token;
        auto *curl = window.findChild<QPlainTextEdit *>(u"curlTextEdit"_s);
        auto *copyCurl = window.findChild<QAction *>(u"copyCurlAction"_s);
        auto *reveal = window.findChild<QCheckBox *>(u"revealTokenCheckBox"_s);
        copyCurl->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(u"$WACONSOLE_TOKEN"_s));
        QVERIFY(!QApplication::clipboard()->text().contains(QString::fromLatin1(token)));
        reveal->setChecked(true);
        QTRY_VERIFY(curl->toPlainText().contains(QString::fromLatin1(token)));
        reveal->setChecked(false);
        QVERIFY(!curl->toPlainText().contains(QString::fromLatin1(token)));
        copyCurl->trigger();
        QVERIFY(!QApplication::clipboard()->text().contains(QString::fromLatin1(token)));

        // 5. quit, keeping the draft where the app keeps it.
        window.files()->setDraftFile(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/draft.json"_s);
        window.close();
    }

    // 4. Upload through the CLI with the profile: its token from the same keychain.
    QTemporaryFile media(QDir::tempPath() + u"/leak-XXXXXX.txt"_s);
    QVERIFY(media.open());
    media.write("opening hours");
    media.close();
    QProcess cli;
    cli.start(
        QStringLiteral(WACONSOLE_CLI), {u"upload"_s, u"--profile"_s, m_profile, media.fileName()});
    QSignalSpy done(&cli, &QProcess::finished);
    QVERIFY(done.wait(20000));
    const QByteArray cliOutput = cli.readAllStandardOutput() + cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, cliOutput.constData());
    QVERIFY(!cliOutput.contains(m_token));

    // The search: every file under HOME and the XDG folders, and every log line.
    QStringList roots {QDir::homePath()};
    for (const char *variable :
        {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(variable);
        if (!dir.isEmpty() && !dir.startsWith(QDir::homePath()))
            roots.append(dir);
    }
    int files = 0;
    bool settingsSeen = false;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(
            root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = file.readAll();
            settingsSeen = settingsSeen
                || (file.fileName().endsWith(u"waconsole.conf"_s)
                    && content.contains("Leak check"));
            QVERIFY2(
                !content.contains(m_token), qPrintable(u"the token is in "_s + file.fileName()));
        }
    }
    QVERIFY2(settingsSeen,
        "the profile was not in the settings file: the search looked in the wrong place");
    QVERIFY(files > 1);
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(!line.contains(QString::fromLatin1(m_token)),
            qPrintable(u"a log line holds the token"_s));
}

void TestLeak::cleanupTestCase()
{
    Wac::KeychainTokenStore keychain;
    Wac::SecretVault vault(&keychain);
    Wac::Test::waitFor([&](QObject *ctx, auto done) {
        vault.removeProfile(
            m_profile, ctx, [done](Wac::TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
    QString error;
    Wac::ProfileStore().remove(m_profile, &error);
    qInstallMessageHandler(previousHandler);
}

QTEST_MAIN(TestLeak)
#include "tst_leak.moc"
