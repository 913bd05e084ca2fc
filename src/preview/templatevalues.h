// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/templatepayload.h"

#include <QJsonArray>

// What a template's send fills in where its definition has a variable, for the preview.
namespace Wac::TemplateValues {

/// What a parameter puts in place of its variable.
QString valueOf(const TemplateParameter &p);

/// `text` with {{1}} / {{name}} replaced by the parameters' values, which are highlighted.
QString substitute(const QString &text, const QList<TemplateParameter> &parameters);

/// The parameters of the first component of `type` ("header", "body") in `components`.
QList<TemplateParameter> parametersOf(
    const QList<TemplateComponent> &components, const QString &type);

/// The first parameter of the button component with sub_type `subType` (in any case).
std::optional<TemplateParameter> buttonParameter(
    const QList<TemplateComponent> &components, const QString &subType);

/// The send's carousel cards, each as its components.
QList<QList<TemplateComponent>> cardsOf(const QJsonObject &templateObject);

} // namespace Wac::TemplateValues
