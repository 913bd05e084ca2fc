// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// A webhook delivery's body as Meta (or anyone who has the URL) posts it. The parser never
// fails: what it cannot read is named by a JSON Pointer into the body.

#include "core/jsoninput.h"
#include "core/webhooks/webhookparser.h"

#include <cstdint>

#include "fuzzcheck.h"

using namespace Wac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JsonInput input =
        JsonInput::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!input.ok() || !input.value.isObject())
        return 0;
    const WebhookDelivery delivery = WebhookParser::parse(input.value.toObject());
    for (const QString &problem : delivery.problems)
        WAC_FUZZ_CHECK(!problem.isEmpty(), "a problem says where");
    for (const WebhookMessage &message : delivery.messages)
        (void)WebhookParser::isKnownType(message.type);
    return 0;
}
