// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"
#include "storage/profile.h"
#include "storage/tokenstore.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Wac {

class CloudApiClient;
class SecretVault;

/**
 * How every request of a profile gets to Graph: its access token (the Sandbox's built in, an
 * override such as the CLI's WACONSOLE_TOKEN, or the keychain) and a CloudApiClient made with
 * it. When the token cannot be had, the caller gets a "not sent" result that says why in the
 * user's terms: nothing stored for the profile is not the same as a locked or absent keychain.
 */
class GraphAccess : public QObject
{
    Q_OBJECT

public:
    struct Token
    {
        QByteArray value;
        QString problem; ///< empty when `value` is the token
    };

    using TokenCallback = std::function<void(const Token &token)>;
    /// A client ready to send, or none and `refusal` saying why.
    using ClientCallback =
        std::function<void(std::unique_ptr<CloudApiClient> client, const SendResult &refusal)>;

    GraphAccess(SecretVault *vault, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~GraphAccess() override;

    /// Used for every profile but the Sandbox instead of the keychain (the CLI's
    /// WACONSOLE_TOKEN); empty to use the keychain again.
    void setTokenOverride(const QByteArray &token) { m_override = token; }

    /// Who reads the words of a token that cannot be had: the window (File → Profiles) or the
    /// command line (WACONSOLE_TOKEN).
    enum class FrontEnd
    {
        Window,
        CommandLine,
    };

    void setFrontEnd(FrontEnd frontEnd) { m_frontEnd = frontEnd; }

    /// How long a request may take, for every client made from now on.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    SecretVault *vault() const { return m_vault; }

    QNetworkAccessManager *nam() const { return m_nam; }

    /// Reads `profile`'s access token; `done` runs once, through `context`.
    void readToken(const Profile &profile, QObject *context, TokenCallback done);
    /// Reads the token and makes a client for `profile` with it.
    void openClient(const Profile &profile, QObject *context, ClientCallback done);

    /// The user's words for a token that could not be read.
    static QString tokenProblem(const QString &profile, TokenStore::Error error,
        const QString &detail, bool sessionOnly, FrontEnd frontEnd = FrontEnd::Window);
    /// A "not sent" result carrying `problem`.
    static SendResult refusal(const QString &problem);

private:
    SecretVault *m_vault;
    QNetworkAccessManager *m_nam;
    QByteArray m_override;
    int m_timeoutMs;
    FrontEnd m_frontEnd = FrontEnd::Window;
};

} // namespace Wac
