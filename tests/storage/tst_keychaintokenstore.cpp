// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/keychaintokenstore.h"

#include <QProcess>
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
    void anEntryIsLabelledWithWhatItHolds();
    void anEntryOfAnEarlierVersionIsReadAndRelabelled();
    void cleanupTestCase();

private:
    /// What `secret-tool search --all user <key>` says: label and attributes, one per line.
    static QString secretTool(const QString &key);

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

QString TestKeychainTokenStore::secretTool(const QString &key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"user"_s, key});
    if (!tool.waitForFinished(15000))
        return u"secret-tool did not answer"_s;
    // It prints the label and the secret on stdout and the attributes on stderr (libsecret 0.20).
    QStringList lines =
        QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError())
            .split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) {
        return !line.startsWith(u"label = "_s) && !line.startsWith(u"attribute."_s);
    });
    lines.sort();
    return lines.join(u'\n');
}

void TestKeychainTokenStore::anEntryIsLabelledWithWhatItHolds()
{
    const QString profile = m_key.section(u'/', 0, 0);
    QCOMPARE(writeSecret(m_store, m_key, "EAAJB-labelled").error, TokenStore::Error::None);
    const QString label = u"waconsole: access token of profile "_s + profile;
    QCOMPARE(Wac::KeychainTokenStore::labelFor(m_key), label);
    QCOMPARE(secretTool(m_key),
        QStringList({u"attribute.server = "_s + label, u"attribute.type = base64"_s,
                        u"attribute.user = "_s + m_key, u"label = "_s + label})
            .join(u'\n'));
    QCOMPARE(removeSecret(m_store, m_key).error, TokenStore::Error::None);
    QCOMPARE(secretTool(m_key), QString());
}

// Before labels, every entry was under the service "waconsole" (its label and `server`).
void TestKeychainTokenStore::anEntryOfAnEarlierVersionIsReadAndRelabelled()
{
    QProcess store;
    store.start(u"secret-tool"_s,
        {u"store"_s, u"--label=waconsole"_s, u"xdg:schema"_s, u"org.qt.keychain"_s, u"user"_s,
            m_key, u"server"_s, u"waconsole"_s, u"type"_s, u"plaintext"_s});
    QVERIFY(store.waitForStarted());
    store.write("EAAJB-from-before");
    store.closeWriteChannel();
    QVERIFY(store.waitForFinished(15000));
    QCOMPARE(store.exitCode(), 0);
    QVERIFY(secretTool(m_key).contains(u"attribute.server = waconsole"_s));

    const SecretAnswer old = readSecret(m_store, m_key);
    QCOMPARE(old.error, TokenStore::Error::None);
    QCOMPARE(old.value, QByteArray("EAAJB-from-before"));
    QCOMPARE(readSecret(m_store, m_key).value, QByteArray("EAAJB-from-before")); // after the move
    const QString label = Wac::KeychainTokenStore::labelFor(m_key);
    QCOMPARE(secretTool(m_key),
        QStringList({u"attribute.server = "_s + label, u"attribute.type = base64"_s,
                        u"attribute.user = "_s + m_key, u"label = "_s + label})
            .join(u'\n'));
    QCOMPARE(removeSecret(m_store, m_key).error, TokenStore::Error::None);
    QCOMPARE(readSecret(m_store, m_key).error, TokenStore::Error::NotFound);
}

void TestKeychainTokenStore::cleanupTestCase()
{
    removeSecret(m_store, m_key);
}

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
