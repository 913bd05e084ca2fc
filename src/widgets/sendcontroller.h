// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/mediafile.h"
#include "net/sendresult.h"
#include "storage/profile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Wac {

class CloudApiClient;
class HistoryStore;
class SecretVault;
class SendJob;

/**
 * One send from the window: fetches the profile's token from the vault (the Sandbox's is built
 * in), sends through a CloudApiClient, reports progress, and finishes once. It never sends again
 * by itself; a second send while one is in flight is refused.
 */
class SendController : public QObject
{
    Q_OBJECT

public:
    SendController(SecretVault *vault, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SendController() override;

    bool isBusy() const { return m_busy; }

    /// Where sends are recorded: a pending row just before the request leaves, its answer after.
    void setHistory(HistoryStore *history) { m_history = history; }

    /// Starts sending `body` with `profile`; false (nothing started) while a send is in flight.
    bool send(const Profile &profile, const QJsonObject &body);
    /// Starts uploading `file` to `profile`'s media endpoint; its ID is in the result's
    /// response. False while a request is in flight.
    bool upload(const Profile &profile, const MediaFile &file);
    void cancel();

Q_SIGNALS:
    void started();
    void progress(qint64 sent, qint64 total);
    void finished(const Wac::SendResult &result);
    /// A history row was added (pending) or given its answer.
    void historyChanged(qint64 id);

private:
    using Request = std::function<SendJob *(CloudApiClient &client)>;

    bool begin(const Profile &profile, Request request);
    void start(const Profile &profile, const Request &request, const QByteArray &token);
    void finish(const SendResult &result);

    SecretVault *m_vault;
    HistoryStore *m_history = nullptr;
    std::optional<QJsonObject> m_message; ///< the body being sent (not set for uploads)
    qint64 m_historyId = 0;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<CloudApiClient> m_client;
    QPointer<SendJob> m_job;
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace Wac
