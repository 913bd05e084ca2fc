// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/validation/checker.h"

// Internal to the validator: template components and their parameters, checked by the
// component they sit in.
namespace Wac::Rules {

struct ParameterContext
{
    enum class Component
    {
        Header,
        Body,
        Button
    };
    Component component = Component::Body;
    QString buttonSubType; // for buttons, in lower case: quick_reply, url, copy_code, ...
    bool bodyIsOnlyComponent = false;
    bool inCarouselCard = false; // a card's header takes image, video or product only
    bool limitedTimeOffer = false; // the send carries a limited_time_offer component
};

/// What one template send holds across its components, for the rules that span them.
struct TemplateSend
{
    bool limitedTimeOffer = false;
    bool copyCode = false; // a copy_code button component is sent
    QSet<int> buttonIndexes;
};

void templateParameter(Checker &c, const QJsonObject &parameter, const QString &pointer,
    const ParameterContext &context);
/// The `parameters` of a component, `minCount` to `maxCount` of them, each checked in `context`.
void templateParameters(Checker &c, const QJsonObject &component, const QString &at,
    const ParameterContext &context, qsizetype minCount, qsizetype maxCount);

/// A whole number from 0 to `max` written as a number or a numeric string ("0", as Meta's
/// carousel example writes button indexes); nullopt otherwise.
std::optional<int> wholeIndex(const QJsonValue &value, int max);

/// A `"type": "button"` component (top level or on a carousel card), at `at`; its index when
/// it has a valid one.
std::optional<int> templateButton(Checker &c, const QJsonObject &component, const QString &at,
    ParameterContext context, TemplateSend &send);
/// The `action` parameter of catalog, mpm and order_details buttons; `at` is the action's.
void templateButtonAction(
    Checker &c, const QJsonObject &action, const QString &at, const QString &subType);

void templateCarousel(Checker &c, const QJsonObject &component, const QString &at);
void limitedTimeOffer(Checker &c, const QJsonObject &component, const QString &at);
void tapTargetConfiguration(Checker &c, const QJsonObject &component, const QString &at);
void orderStatusComponent(Checker &c, const QJsonObject &component, const QString &at);
/// The `order_details` object of an order_details button's action, at `at`.
void templateOrderDetails(Checker &c, const QJsonObject &details, const QString &at);

/// A string that, when present, must not be blank; for fields no source gives a length limit.
std::optional<QString> nonBlank(Checker &c, const QJsonObject &object, const QString &pointer,
    QStringView key, Presence presence);

bool isCurrencyCode(const QString &code);

} // namespace Wac::Rules
