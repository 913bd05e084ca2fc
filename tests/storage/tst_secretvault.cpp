// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/keychaintokenstore.h"
#include "storage/memorytokenstore.h"
#include "storage/secretvault.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include "secretwait.h"

using namespace Qt::StringLiterals;
using Wac::SecretVault;
using Wac::TokenStore;
using namespace Wac::Test;

namespace {

SecretAnswer vaultRead(SecretVault &vault, const QString &profile, const char *secret)
{
    return waitFor([&](QObject *ctx, auto done) {
        vault.read(profile, QString::fromLatin1(secret), ctx, done);
    });
}

SecretAnswer vaultWrite(
    SecretVault &vault, const QString &profile, const char *secret, const QByteArray &value)
{
    return waitFor([&](QObject *ctx, auto done) {
        vault.write(profile, QString::fromLatin1(secret), value, ctx,
            [done](TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
}

} // namespace

class TestSecretVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renameAndRemove_data();
    void renameAndRemove();
    void keysAreOnePerProfileAndSecret();
};

void TestSecretVault::renameAndRemove_data()
{
    QTest::addColumn<bool>("realKeychain");
    QTest::newRow("memory") << false;
    QTest::newRow("OS keychain") << true;
}

void TestSecretVault::renameAndRemove()
{
    QFETCH(bool, realKeychain);
    std::unique_ptr<TokenStore> store;
    if (realKeychain)
        store = std::make_unique<Wac::KeychainTokenStore>();
    else
        store = std::make_unique<Wac::MemoryTokenStore>();
    SecretVault vault(store.get());
    QSignalSpy fellBack(&vault, &SecretVault::sessionOnlyChanged);
    const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 16);
    const QString oldName = u"Shop EU "_s + suffix;
    const QString newName = u"Shop Europe "_s + suffix;

    QCOMPARE(vaultWrite(vault, oldName, SecretVault::accessToken, "EAAJB-token").error,
        TokenStore::Error::None);
    QCOMPARE(vaultWrite(vault, oldName, SecretVault::appSecret, "app-secret").error,
        TokenStore::Error::None);
    QCOMPARE(vaultWrite(vault, oldName, SecretVault::verifyToken, "verify-token").error,
        TokenStore::Error::None);
    const SecretAnswer renamed = waitFor([&](QObject *ctx, auto done) {
        vault.renameProfile(oldName, newName, ctx,
            [done](TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
    QCOMPARE(renamed.error, TokenStore::Error::None);
    QCOMPARE(vaultRead(vault, newName, SecretVault::accessToken).value, QByteArray("EAAJB-token"));
    QCOMPARE(vaultRead(vault, newName, SecretVault::appSecret).value, QByteArray("app-secret"));
    QCOMPARE(vaultRead(vault, newName, SecretVault::verifyToken).value, QByteArray("verify-token"));
    QCOMPARE(
        vaultRead(vault, oldName, SecretVault::accessToken).error, TokenStore::Error::NotFound);
    QCOMPARE(vaultRead(vault, oldName, SecretVault::appSecret).error, TokenStore::Error::NotFound);
    QCOMPARE(
        vaultRead(vault, oldName, SecretVault::verifyToken).error, TokenStore::Error::NotFound);

    const SecretAnswer removed = waitFor([&](QObject *ctx, auto done) {
        vault.removeProfile(
            newName, ctx, [done](TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
    QCOMPARE(removed.error, TokenStore::Error::None);
    QCOMPARE(
        vaultRead(vault, newName, SecretVault::accessToken).error, TokenStore::Error::NotFound);
    QCOMPARE(vaultRead(vault, newName, SecretVault::appSecret).error, TokenStore::Error::NotFound);
    QCOMPARE(
        vaultRead(vault, newName, SecretVault::verifyToken).error, TokenStore::Error::NotFound);
    QVERIFY(fellBack.isEmpty()); // a working store is never abandoned
    QVERIFY(!vault.isSessionOnly());
}

void TestSecretVault::keysAreOnePerProfileAndSecret()
{
    QCOMPARE(SecretVault::keyFor(u"Sandbox"_s, u"access_token"_s), u"Sandbox/access_token"_s);
    QVERIFY(SecretVault::keyFor(u"A"_s, u"access_token"_s)
        != SecretVault::keyFor(u"A"_s, u"app_secret"_s));
}

QTEST_GUILESS_MAIN(TestSecretVault)
#include "tst_secretvault.moc"
