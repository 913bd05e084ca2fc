// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/webhooks/webhookdelivery.h"
#include "storage/inboxrecord.h"

#include <QByteArrayList>

namespace Wac::Cli {

/**
 * The JSON Lines `listen` prints for one committed delivery: one compact object per status
 * (`"event":"status"`), customer message (`"event":"message"`) and other change
 * (`"event":"other"`), each once: what a retry of Meta's brings again is not repeated.
 */
QByteArrayList listenEvents(const WebhookDelivery &parsed, const RecordedDelivery &recorded);

} // namespace Wac::Cli
