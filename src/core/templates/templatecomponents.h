// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templateslots.h"

#include <QJsonArray>

/**
 * How TemplateSlots writes the slots' values into a send's components and reads them back:
 * a component per run of header, body, offer or one button's slots, and the carousel's cards
 * each with components of their own, written the same way.
 */
namespace Wac::TemplateComponents {

/// Appends to `components` (at `componentsAt`) the components of `slots`; `at` gets, per
/// slot, the pointer its value is written at.
void write(const TemplateDefinition &definition, const QList<TemplateSlot> &slots,
    const QList<TemplateParameter> &values, QJsonArray &components, const QString &componentsAt,
    QStringList &at);

/// The value `templateObject` gives `slot`, if any.
std::optional<TemplateParameter> find(const TemplateDefinition &definition,
    const TemplateSlot &slot, const QJsonObject &templateObject);

/// `built` written as `loaded` wrote the same components: a button's index as a string ("0",
/// Meta's examples) or left out (Meta's voice-call example), its sub_type in the case it used
/// ("CATALOG"). Compared by position, cards included; what `loaded` lacks stays as built.
QJsonArray spelledAs(QJsonArray built, const QJsonArray &loaded);

} // namespace Wac::TemplateComponents
