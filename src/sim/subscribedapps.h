// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/httpreply.h"
#include "sim/simconfig.h"

#include <QHash>
#include <QStringList>

class QHttpServerRequest;

namespace Wac::Sim {

/**
 * `GET|POST|DELETE /{waba-id}/subscribed_apps`: whether the simulated app receives a WABA's
 * webhooks, per WABA. Each starts as SimConfig::subscribedWabas says (the Sandbox's own is
 * subscribed, so a first run works; any other starts unsubscribed, as a real account does until
 * someone subscribes it); POST subscribes, with `override_callback_uri` and `verify_token` when
 * given; DELETE unsubscribes; `/_sim/options` `subscribed_wabas` sets the list for tests.
 */
class SubscribedApps
{
public:
    explicit SubscribedApps(const SimConfig &config);

    /// Answers a request for `wabaId`, which the caller has checked is a WABA it knows.
    HttpReply handle(const QHttpServerRequest &request, const QString &wabaId);

    bool isSubscribed(const QString &wabaId) const { return m_overrides.contains(wabaId); }

    QStringList subscribed() const;
    /// Subscribes exactly `wabaIds`; an override callback stays with a WABA that stays.
    void setSubscribed(const QStringList &wabaIds);

private:
    HttpReply list(const QString &wabaId) const;
    HttpReply subscribe(const QHttpServerRequest &request, const QString &wabaId);

    QString m_appId;
    QString m_appName;
    QHash<QString, QString> m_overrides; ///< subscribed WABA → override callback ("" for none)
};

} // namespace Wac::Sim
