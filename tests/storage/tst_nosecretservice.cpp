// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/keychaintokenstore.h"
#include "storage/secretvault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "secretwait.h"

using namespace Qt::StringLiterals;
using Wac::SecretVault;
using Wac::TokenStore;
using namespace Wac::Test;

/// A session bus with no Secret Service on it (a private dbus-daemon without service files):
/// the vault must fall back to session-only memory, say so, and keep working.
class TestNoSecretService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fallsBackToSessionOnly();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
};

void TestNoSecretService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString config = m_dir.filePath(u"bus.conf"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
        "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig><type>session</type><listen>unix:tmpdir=%1</listen><auth>EXTERNAL</auth>"
        "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
        "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                   .arg(m_dir.path())
                   .toUtf8());
    file.close();
    m_bus.start(
        u"dbus-daemon"_s, {u"--config-file="_s + config, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY(m_bus.waitForStarted(5000));
    QVERIFY(m_bus.waitForReadyRead(5000));
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(address.startsWith("unix:"));
    // Before the first keychain call: libsecret connects to the session bus once, lazily.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
}

void TestNoSecretService::fallsBackToSessionOnly()
{
    Wac::KeychainTokenStore keychain;
    SecretVault vault(&keychain);
    QSignalSpy fellBack(&vault, &SecretVault::sessionOnlyChanged);
    const SecretAnswer written = waitFor([&](QObject *ctx, auto done) {
        vault.write(u"Shop"_s, QString::fromLatin1(SecretVault::accessToken), "EAAJB-session", ctx,
            [done](TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
    QCOMPARE(written.error, TokenStore::Error::None); // kept, in memory
    QCOMPARE(fellBack.size(), 1);
    QCOMPARE(fellBack.at(0).at(0).toBool(), true);
    QVERIFY(!fellBack.at(0).at(1).toString().isEmpty()); // the reason, for the banner
    QVERIFY(vault.isSessionOnly());
    const SecretAnswer read = waitFor([&](QObject *ctx, auto done) {
        vault.read(u"Shop"_s, QString::fromLatin1(SecretVault::accessToken), ctx, done);
    });
    QCOMPARE(read.value, QByteArray("EAAJB-session"));
    QCOMPARE(fellBack.size(), 1); // said once
}

void TestNoSecretService::cleanupTestCase()
{
    m_bus.terminate();
    m_bus.waitForFinished(3000);
}

QTEST_GUILESS_MAIN(TestNoSecretService)
#include "tst_nosecretservice.moc"
