// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Wac {

/**
 * Which apps a WhatsApp Business Account sends its webhooks to, as `GET
 * /{waba-id}/subscribed_apps` answers: `{"data": [{"whatsapp_business_api_data": {"id", "link",
 * "name"}, "override_callback_uri"?}]}`. An app that is not in the list receives nothing from
 * this account, whatever its callback URL says. The answer comes from the network: read() checks
 * its shape and says what is wrong with it instead of guessing.
 */
struct WabaSubscription
{
    struct App
    {
        QString id;
        QString name;
        QString link;
        QString overrideCallbackUri; ///< where this account's webhooks go instead, when set
    };

    QList<App> apps;

    bool isSubscribed() const { return !apps.isEmpty(); }

    /// Decodes an answer; nullopt and `problem` (translated) when it is not the documented shape.
    static std::optional<WabaSubscription> fromJson(const QJsonObject &answer, QString *problem);
    /// The subscription a finished request read, or nullopt with `failure` set: the request's own
    /// failure as it is, or an accepted answer of the wrong shape turned into a rejection that
    /// says so.
    static std::optional<WabaSubscription> read(const SendResult &result, SendResult *failure);
};

} // namespace Wac
