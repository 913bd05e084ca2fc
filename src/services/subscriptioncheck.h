// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"
#include "net/wabasubscription.h"
#include "storage/profile.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Wac {

class CloudApiClient;

/**
 * Whether Meta sends a WhatsApp Business Account's webhooks to the app, asked with a profile as
 * the user has it now (saved or not) and its token: `GET subscribed_apps`, or a `POST` followed
 * by that `GET`, so that every answer says what Meta says now, with the app's name. One request
 * at a time; forget() drops the one in flight, whose answer then never comes.
 */
class SubscriptionCheck : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        std::optional<WabaSubscription> subscription; ///< none: `failure` says why
        SendResult failure;

        /// The user's sentence: who receives the webhooks (and where an override sends
        /// them), that nobody does until subscribed, or the decoded error and what to do.
        QString text() const;
    };

    static constexpr int timeoutMs = 15000;

    explicit SubscriptionCheck(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SubscriptionCheck() override;

    bool isBusy() const { return m_busy; }

    /// Each starts and returns true, or returns false while a request is in flight.
    bool check(const Profile &profile, const QByteArray &token);
    bool subscribe(const Profile &profile, const QByteArray &token);
    void forget();

Q_SIGNALS:
    /// Once per check() or subscribe().
    void finished(const Wac::SubscriptionCheck::Answer &answer);

private:
    bool start(const Profile &profile, const QByteArray &token, bool subscribe);
    void answered(quint64 run, bool subscribed, const SendResult &result);

    QNetworkAccessManager *m_nam;
    std::unique_ptr<CloudApiClient> m_client;
    quint64 m_run = 0; ///< which request an answer belongs to
    bool m_busy = false;
};

} // namespace Wac
