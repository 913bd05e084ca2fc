// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/webhooks/webhookdelivery.h"

namespace Wac::WebhookParser {

/**
 * Reads a verified webhook body (reference §6.3). It never fails: what does not fit the shape
 * the reference gives is named in `problems`, a message of a type this build does not know is
 * kept with `understood` false, and every other `field` becomes a WebhookChange.
 */
WebhookDelivery parse(const QJsonObject &body);

/// The message types this build reads (text, image, …, unsupported).
bool isKnownType(const QString &type);

} // namespace Wac::WebhookParser
