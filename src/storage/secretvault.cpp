// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/secretvault.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QStringList &secretNames()
{
    // Every secret a profile has: a rename or delete that missed one would leave it behind.
    static const QStringList names = {QString::fromLatin1(SecretVault::accessToken),
        QString::fromLatin1(SecretVault::appSecret), QString::fromLatin1(SecretVault::verifyToken),
        QString::fromLatin1(SecretVault::storePassword)};
    return names;
}

/// The callback to give each of `count` operations: `done` runs once, after the last one,
/// with the first failure among them.
TokenStore::DoneCallback joined(qsizetype count, TokenStore::DoneCallback done)
{
    auto pending = std::make_shared<qsizetype>(count);
    auto first =
        std::make_shared<std::pair<TokenStore::Error, QString>>(TokenStore::Error::None, QString());
    return [pending, first, done](TokenStore::Error error, const QString &detail) {
        if (error != TokenStore::Error::None && first->first == TokenStore::Error::None)
            *first = {error, detail};
        if (--*pending == 0)
            done(first->first, first->second);
    };
}

} // namespace

SecretVault::SecretVault(TokenStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{ }

QString SecretVault::keyFor(const QString &profile, const QString &secret)
{
    return profile + u'/' + secret;
}

TokenStore *SecretVault::store() const
{
    return m_sessionOnly ? static_cast<TokenStore *>(const_cast<MemoryTokenStore *>(&m_memory))
                         : m_keychain;
}

void SecretVault::fallBack(const QString &reason)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    m_sessionOnlyReason = reason;
    Q_EMIT sessionOnlyChanged(true, reason);
}

void SecretVault::read(
    const QString &profile, const QString &secret, QObject *context, TokenStore::ReadCallback done)
{
    const QString key = keyFor(profile, secret);
    const bool viaKeychain = !m_sessionOnly;
    store()->read(key, context,
        [this, key, context, done, viaKeychain](
            const QByteArray &value, TokenStore::Error error, const QString &detail) {
            if (viaKeychain && error == TokenStore::Error::NoBackend) {
                fallBack(detail);
                m_memory.read(key, context, done);
                return;
            }
            done(value, error, detail);
        });
}

void SecretVault::write(const QString &profile, const QString &secret, const QByteArray &value,
    QObject *context, TokenStore::DoneCallback done)
{
    const QString key = keyFor(profile, secret);
    const bool viaKeychain = !m_sessionOnly;
    store()->write(key, value, context,
        [this, key, value, context, done, viaKeychain](
            TokenStore::Error error, const QString &detail) {
            if (viaKeychain && error == TokenStore::Error::NoBackend) {
                fallBack(detail);
                m_memory.write(key, value, context, done);
                return;
            }
            done(error, detail);
        });
}

void SecretVault::remove(
    const QString &profile, const QString &secret, QObject *context, TokenStore::DoneCallback done)
{
    const QString key = keyFor(profile, secret);
    store()->remove(
        key, context, [this, key, context, done](TokenStore::Error error, const QString &detail) {
            // Whatever the keychain says, the session copy goes too.
            m_memory.remove(key, context, [](TokenStore::Error, const QString &) {});
            done(error == TokenStore::Error::NotFound ? TokenStore::Error::None : error, detail);
        });
}

void SecretVault::renameProfile(
    const QString &from, const QString &to, QObject *context, TokenStore::DoneCallback done)
{
    // Each secret is read, written under the new name, then deleted under the old one; the
    // keychain's queue keeps that order. "Not found" just means that secret was never set.
    const auto finishOne = joined(secretNames().size(), done);
    for (const QString &name : secretNames()) {
        read(from, name, context,
            [this, from, to, name, context, finishOne](
                const QByteArray &value, TokenStore::Error error, const QString &detail) {
                if (error == TokenStore::Error::NotFound) {
                    finishOne(TokenStore::Error::None, {});
                    return;
                }
                if (error != TokenStore::Error::None) {
                    finishOne(error, detail);
                    return;
                }
                write(to, name, value, context,
                    [this, from, name, context, finishOne](
                        TokenStore::Error written, const QString &why) {
                        if (written != TokenStore::Error::None) {
                            finishOne(written, why); // the old entry stays: nothing is lost
                            return;
                        }
                        remove(from, name, context, finishOne);
                    });
            });
    }
}

void SecretVault::removeProfile(
    const QString &profile, QObject *context, TokenStore::DoneCallback done)
{
    const auto each = joined(secretNames().size(), done);
    for (const QString &name : secretNames())
        remove(profile, name, context, each);
}

} // namespace Wac
