// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// A webhook delivery's body as Meta (or anyone who has the URL) posts it. The parser never
// fails: what it cannot read is named by a JSON Pointer into the body.

#include "core/webhooks/webhookparser.h"

#include <cstdint>

#include "fuzzcheck.h"

using namespace Wac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QJsonObject> object = fuzzJsonObject(data, size);
    if (!object)
        return 0;
    const WebhookDelivery delivery = WebhookParser::parse(*object);
    for (const QString &problem : delivery.problems)
        WAC_FUZZ_CHECK(!problem.isEmpty(), "a problem says where");
    for (const WebhookMessage &message : delivery.messages)
        (void)WebhookParser::isKnownType(message.type);
    return 0;
}
