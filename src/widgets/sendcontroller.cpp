// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/sendcontroller.h"

#include "net/cloudapiclient.h"
#include "storage/secretvault.h"

using namespace Qt::StringLiterals;

namespace Wac {

SendController::SendController(SecretVault *vault, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_nam(nam)
{ }

SendController::~SendController() = default;

bool SendController::send(const Profile &profile, const QJsonObject &body)
{
    return begin(profile, [body](CloudApiClient &client) { return client.sendMessage(body); });
}

bool SendController::upload(const Profile &profile, const MediaFile &file)
{
    return begin(profile, [file](CloudApiClient &client) { return client.uploadMedia(file); });
}

bool SendController::begin(const Profile &profile, Request request)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancelled = false;
    Q_EMIT started();
    if (profile.isSandbox()) {
        start(profile, request, Profile::sandboxToken);
        return true;
    }
    m_vault->read(profile.name, QString::fromLatin1(SecretVault::accessToken), this,
        [this, profile, request](const QByteArray &token, TokenStore::Error, const QString &) {
            if (m_cancelled) {
                SendResult result;
                result.outcome = SendResult::Outcome::Cancelled;
                result.error.category = ApiError::Category::Cancelled;
                finish(result);
                return;
            }
            // A missing token is refused by the client as "not sent", with the reason.
            start(profile, request, token);
        });
    return true;
}

void SendController::start(const Profile &profile, const Request &request, const QByteArray &token)
{
    ApiConfig config;
    config.baseUrl = profile.baseUrl;
    config.apiVersion = profile.apiVersion;
    config.phoneNumberId = profile.phoneNumberId;
    config.wabaId = profile.wabaId;
    m_client = std::make_unique<CloudApiClient>(m_nam, config);
    m_client->setToken(token);
    m_job = request(*m_client);
    connect(m_job, &SendJob::uploadProgress, this, &SendController::progress);
    connect(m_job, &SendJob::finished, this, &SendController::finish);
}

void SendController::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void SendController::finish(const SendResult &result)
{
    m_busy = false;
    m_job = nullptr;
    Q_EMIT finished(result);
}

} // namespace Wac
