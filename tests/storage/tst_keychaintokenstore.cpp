// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/keychaintokenstore.h"

#include <QRandomGenerator>
#include <QTest>

#include "secretwait.h"

using namespace Qt::StringLiterals;
using Wac::TokenStore;
using namespace Wac::Test;

/// The real Secret Service that the test command starts (an unlocked gnome-keyring on a private
/// session bus). It fails, not skips, when none answers.
class TestKeychainTokenStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteDelete();
    void binarySecrets();
    void queuedOperationsKeepTheirOrder();
    void cleanupTestCase();

private:
    QString m_key;
    Wac::KeychainTokenStore m_store;
};

void TestKeychainTokenStore::initTestCase()
{
    m_key = u"tst-%1/access_token"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
    const SecretAnswer probe = readSecret(m_store, m_key);
    QVERIFY2(probe.answered, "the keychain did not answer");
    QVERIFY2(probe.error == TokenStore::Error::NotFound,
        qPrintable(u"no usable Secret Service here: "_s + probe.detail));
}

void TestKeychainTokenStore::writeReadOverwriteDelete()
{
    QCOMPARE(writeSecret(m_store, m_key, "EAAJB-first").error, TokenStore::Error::None);
    const SecretAnswer first = readSecret(m_store, m_key);
    QCOMPARE(first.error, TokenStore::Error::None);
    QCOMPARE(first.value, QByteArray("EAAJB-first"));
    QCOMPARE(writeSecret(m_store, m_key, "EAAJB-second").error, TokenStore::Error::None);
    QCOMPARE(readSecret(m_store, m_key).value, QByteArray("EAAJB-second"));
    QCOMPARE(removeSecret(m_store, m_key).error, TokenStore::Error::None);
    QCOMPARE(readSecret(m_store, m_key).error, TokenStore::Error::NotFound);
}

void TestKeychainTokenStore::binarySecrets()
{
    const QByteArray secret("\x00\xff token with bytes \x01", 21);
    QCOMPARE(writeSecret(m_store, m_key, secret).error, TokenStore::Error::None);
    QCOMPARE(readSecret(m_store, m_key).value, secret);
    QCOMPARE(removeSecret(m_store, m_key).error, TokenStore::Error::None);
}

// Asked back to back, without waiting: write, delete, read must see the delete.
void TestKeychainTokenStore::queuedOperationsKeepTheirOrder()
{
    QList<QString> order;
    m_store.write(
        m_key, "queued", this, [&](TokenStore::Error, const QString &) { order << u"write"_s; });
    m_store.remove(m_key, this, [&](TokenStore::Error, const QString &) { order << u"remove"_s; });
    const SecretAnswer after = readSecret(m_store, m_key);
    QCOMPARE(order, QList<QString>({u"write"_s, u"remove"_s}));
    QCOMPARE(after.error, TokenStore::Error::NotFound);
}

void TestKeychainTokenStore::cleanupTestCase()
{
    removeSecret(m_store, m_key);
}

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
