// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/simplepayloads.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Wac {

/**
 * One template parameter. `type` says which value is used: text, currency, date_time, image,
 * document, video, location, product, payload, coupon_code, action, ttl_minutes, order_status or
 * tap_target_configuration.
 * `parameterName` is set for named templates (`{{first_name}}`).
 */
struct TemplateParameter
{
    QString type = QStringLiteral("text");
    std::optional<QString> parameterName;
    std::optional<QString> text; ///< text
    std::optional<QString> payload; ///< payload (quick reply, voice call)
    std::optional<QString> couponCode; ///< coupon_code (copy code button)
    QString fallbackValue; ///< currency and date_time
    QString currencyCode; ///< currency: ISO 4217
    std::optional<double> amount1000; ///< currency: amount × 1000, an integer
    MediaPayload media; ///< image, document, video
    LocationPayload location; ///< location
    QJsonObject object; ///< product, action, order_status: kept as JSON
    /// tap_target_configuration: the array of {url, title} Meta writes (one object, as
    /// whatsapp-api-js sends it, is in `object`)
    QJsonArray list;
    std::optional<double> ttlMinutes; ///< ttl_minutes

    static TemplateParameter fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// header / body / button (with `sub_type` and `index`) and its parameters.
struct TemplateComponent
{
    QString type = QStringLiteral("body");
    std::optional<QString> subType; ///< buttons: quick_reply, url, copy_code, flow, ...
    std::optional<int> index; ///< buttons: position 0..9 (read from a number or "0")
    QList<TemplateParameter> parameters;

    static TemplateComponent fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// `template`: name, language and the components that fill the template's variables.
struct TemplatePayload
{
    QString name;
    QString languageCode;
    std::optional<QString> languagePolicy;
    QList<TemplateComponent> components;

    static TemplatePayload fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

} // namespace Wac
