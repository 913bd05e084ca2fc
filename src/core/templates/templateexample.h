// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/outgoingmessage.h"
#include "core/templates/templatedefinition.h"

namespace Wac::TemplateExample {

/// The send of `definition` filled with the examples it was approved (or is being designed)
/// with: what the Templates window and the template builder draw on the phone.
OutgoingMessage message(const TemplateDefinition &definition);

} // namespace Wac::TemplateExample
