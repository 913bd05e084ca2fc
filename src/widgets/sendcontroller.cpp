// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/sendcontroller.h"

#include "core/messagetype.h"
#include "net/cloudapiclient.h"
#include "storage/historystore.h"
#include "storage/secretvault.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

HistoryEntry historyEntry(const Profile &profile, const QJsonObject &body)
{
    HistoryEntry e;
    e.createdAt = QDateTime::currentMSecsSinceEpoch();
    e.profile = profile.name;
    e.phoneNumberId = profile.phoneNumberId;
    e.recipient = body.value(u"to").toString();
    e.type = messageTypeId(messageTypeOf(body));
    e.requestJson = QJsonDocument(body).toJson(QJsonDocument::Compact);
    e.callbackData = body.value(u"biz_opaque_callback_data").toString();
    e.repliedTo = body.value(u"context").toObject().value(u"message_id").toString();
    return e;
}

HistoryAnswer historyAnswer(const SendResult &result)
{
    HistoryAnswer a;
    switch (result.outcome) {
    case SendResult::Outcome::Accepted:
        a.outcome = HistoryOutcome::Accepted;
        break;
    case SendResult::Outcome::Unknown:
        a.outcome = HistoryOutcome::Unknown;
        break;
    case SendResult::Outcome::Rejected:
    case SendResult::Outcome::NotSent:
    case SendResult::Outcome::Cancelled:
        a.outcome = HistoryOutcome::Failed;
        break;
    }
    a.httpStatus = result.httpStatus;
    a.responseJson = result.body;
    a.wamid = result.wamid;
    a.waId = result.waId;
    a.messageStatus = result.messageStatus;
    if (result.outcome != SendResult::Outcome::Accepted) {
        const ApiError &e = result.error;
        a.errorCode = e.code;
        // The server's own words when it gave some; otherwise what happened on the way.
        a.errorMessage = e.message.isEmpty() || result.httpStatus == 0
            ? e.headline() + (e.message.isEmpty() ? QString() : u": "_s + e.message)
            : e.message;
        a.fbtraceId = e.fbtraceId;
    }
    return a;
}

} // namespace

SendController::SendController(SecretVault *vault, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_nam(nam)
{ }

SendController::~SendController() = default;

bool SendController::send(const Profile &profile, const QJsonObject &body)
{
    if (m_busy)
        return false;
    m_message = body;
    return begin(profile, [body](CloudApiClient &client) { return client.sendMessage(body); });
}

bool SendController::upload(const Profile &profile, const MediaFile &file)
{
    if (m_busy)
        return false;
    m_message.reset();
    return begin(profile, [file](CloudApiClient &client) { return client.uploadMedia(file); });
}

bool SendController::begin(const Profile &profile, Request request)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancelled = false;
    Q_EMIT started();
    m_vault->readAccessToken(profile, this,
        [this, profile, request](const QByteArray &token, TokenStore::Error, const QString &) {
            if (m_cancelled) {
                finish(SendResult::cancelled());
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
    // Written before the request leaves, so that a crash from here on leaves a trace.
    if (m_history && m_message) {
        m_historyId = m_history->addPending(historyEntry(profile, *m_message));
        if (m_historyId > 0)
            Q_EMIT historyChanged(m_historyId);
    }
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
    if (const qint64 id = std::exchange(m_historyId, 0); id > 0) {
        m_history->finish(id, historyAnswer(result));
        Q_EMIT historyChanged(id);
    }
    Q_EMIT finished(result);
}

} // namespace Wac
