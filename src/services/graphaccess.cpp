// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/graphaccess.h"

#include "core/coretr.h"
#include "net/cloudapiclient.h"
#include "storage/secretvault.h"

#include "services/profileconfig.h"

using namespace Qt::StringLiterals;

namespace Wac {

GraphAccess::GraphAccess(SecretVault *vault, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_nam(nam)
    , m_timeoutMs(GraphDefaults::timeoutMs)
{ }

GraphAccess::~GraphAccess() = default;

QString GraphAccess::tokenProblem(const QString &profile, TokenStore::Error error,
    const QString &detail, bool sessionOnly, FrontEnd frontEnd)
{
    using E = TokenStore::Error;
    if (frontEnd == FrontEnd::CommandLine) {
        // The command line never has a session of its own to enter a token in.
        if (sessionOnly || error == E::NoBackend)
            return Tr::tr("No keychain is available (%1): set WACONSOLE_TOKEN.").arg(detail);
        if (error == E::NotFound)
            return Tr::tr("No access token is stored for \"%1\": save one in waconsole (File → "
                          "Profiles), or set WACONSOLE_TOKEN.")
                .arg(profile);
    }
    if (error == E::NotFound && sessionOnly) {
        return Tr::tr("No secure storage was found (%1), and no access token was entered for "
                      "\"%2\" in this session: enter it in File → Profiles; it is kept in memory "
                      "until waconsole quits.")
            .arg(detail, profile);
    }
    switch (error) {
    case E::None:
        return {};
    case E::NotFound:
        return Tr::tr("No access token is stored for \"%1\": add it in File → Profiles.")
            .arg(profile);
    case E::AccessDenied:
        return Tr::tr("The keychain refused to give the access token of \"%1\" (%2): unlock the "
                      "keychain or allow waconsole, then try again.")
            .arg(profile, detail);
    case E::NoBackend:
        return Tr::tr("No keychain is available (%1), so the access token of \"%2\" cannot be "
                      "read.")
            .arg(detail, profile);
    case E::Other:
        break;
    }
    return Tr::tr("The keychain could not be read (%1): if it is locked, unlock it and try again.")
        .arg(detail);
}

SendResult GraphAccess::refusal(const QString &problem)
{
    SendResult result;
    result.outcome = SendResult::Outcome::NotSent;
    result.error.category = ApiError::Category::NoCredentials;
    result.error.message = problem;
    return result;
}

void GraphAccess::readToken(const Profile &profile, QObject *context, TokenCallback done)
{
    if (profile.isSandbox()) {
        done({QByteArray(Profile::sandboxToken), {}});
        return;
    }
    if (!m_override.isEmpty()) {
        done({m_override, {}});
        return;
    }
    const QString name = profile.name;
    m_vault->read(name, QString::fromLatin1(SecretVault::accessToken), context,
        [this, name, done](const QByteArray &secret, TokenStore::Error error, const QString &why) {
            if (error == TokenStore::Error::None && !secret.isEmpty()) {
                done({secret, {}});
                return;
            }
            const bool sessionOnly = m_vault->isSessionOnly();
            const TokenStore::Error shown =
                error == TokenStore::Error::None ? TokenStore::Error::NotFound : error;
            done({{},
                tokenProblem(
                    name, shown, sessionOnly ? m_vault->sessionOnlyReason() : why, sessionOnly)});
        });
}

void GraphAccess::openClient(const Profile &profile, QObject *context, ClientCallback done)
{
    const ApiConfig config = apiConfig(profile, m_timeoutMs);
    readToken(profile, context, [this, config, done](const Token &token) {
        if (!token.problem.isEmpty()) {
            done(nullptr, refusal(token.problem));
            return;
        }
        auto client = std::make_unique<CloudApiClient>(m_nam, config);
        client->setToken(token.value);
        done(std::move(client), {});
    });
}

} // namespace Wac
