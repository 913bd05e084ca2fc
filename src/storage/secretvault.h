// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/memorytokenstore.h"
#include "storage/profile.h"
#include "storage/tokenstore.h"

#include <QStringList>

namespace Wac {

/**
 * The secrets of every profile (access token, app secret, webhook verify token, team store
 * password), one keychain entry per profile and secret: "<profile>/<secret>". The first time the
 * keychain says there is no secure storage here, the vault switches to session-only memory for
 * the rest of the run and says so (sessionOnlyChanged): the secret is kept in memory and written
 * nowhere else.
 */
class SecretVault : public QObject
{
    Q_OBJECT

public:
    static constexpr auto accessToken = "access_token";
    static constexpr auto appSecret = "app_secret";
    /// What Meta sends back when it verifies the webhook callback URL (`hub.verify_token`).
    static constexpr auto verifyToken = "verify_token";
    /// The password of the profile's team store (PostgreSQL).
    static constexpr auto storePassword = "store_password";

    /// `keychain` is usually a KeychainTokenStore; the vault does not own it.
    explicit SecretVault(TokenStore *keychain, QObject *parent = nullptr);

    bool isSessionOnly() const { return m_sessionOnly; }

    /// Why the keychain could not be used, once isSessionOnly().
    QString sessionOnlyReason() const { return m_sessionOnlyReason; }

    static QString keyFor(const QString &profile, const QString &secret);

    void read(const QString &profile, const QString &secret, QObject *context,
        TokenStore::ReadCallback done);
    void write(const QString &profile, const QString &secret, const QByteArray &value,
        QObject *context, TokenStore::DoneCallback done);
    void remove(const QString &profile, const QString &secret, QObject *context,
        TokenStore::DoneCallback done);
    /// Moves every secret of `from` to `to` (each one named above); done reports the first
    /// failure, if any.
    void renameProfile(
        const QString &from, const QString &to, QObject *context, TokenStore::DoneCallback done);
    /// Deletes every secret of `profile`.
    void removeProfile(const QString &profile, QObject *context, TokenStore::DoneCallback done);

Q_SIGNALS:
    /// The keychain is not usable: secrets now live in this session's memory only.
    void sessionOnlyChanged(bool sessionOnly, const QString &reason);

private:
    TokenStore *store() const;
    void fallBack(const QString &reason);

    TokenStore *m_keychain;
    MemoryTokenStore m_memory;
    bool m_sessionOnly = false;
    QString m_sessionOnlyReason;
};

} // namespace Wac
