// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wac {

/**
 * `action.parameters` of a voice-call button message, every one optional: the button's text
 * (WhatsApp shows "Call Now" without it), how long the button stays valid in minutes (10080 by
 * default) and the business's own data that comes back as `cta_payload` in the calls webhooks.
 */
struct VoiceCallParameters
{
    std::optional<QString> displayText;
    std::optional<double> ttlMinutes;
    std::optional<QString> payload;

    static VoiceCallParameters fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

} // namespace Wac
