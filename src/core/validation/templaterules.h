// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/validation/checker.h"

// Internal to the validator: template parameters, checked by the component they sit in.
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
    QString buttonSubType; // for buttons: quick_reply, url, copy_code, ...
    bool bodyIsOnlyComponent = false;
};

void templateParameter(Checker &c, const QJsonObject &parameter, const QString &pointer,
    const ParameterContext &context);

bool isCurrencyCode(const QString &code);

} // namespace Wac::Rules
