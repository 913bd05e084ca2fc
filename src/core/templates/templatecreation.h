// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QJsonObject>
#include <QList>

namespace Wac::TemplateCreation {

/// Every finding of Meta's creation rules on `definition`: the JSON body of
/// POST /{waba-id}/message_templates (name, language, category, parameter_format, components[],
/// as GET returns templates: reference §5.1). Errors and warnings at their JSON Pointer
/// (e.g. "/components/2/buttons/0/text"), codes built like the send validator's
/// ("components.buttons.text.tooLong"), messages translated with Tr::tr.
QList<Diagnostic> check(const QJsonObject &definition);

} // namespace Wac::TemplateCreation
