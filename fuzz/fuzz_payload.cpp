// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// A request body as typed or opened: JSON text → the message model → validation → the JSON the
// console writes. The model is a view over the body, so reading it never changes it, and what is
// written must read back as the same document.

#include "core/jsoninput.h"
#include "core/outgoingmessage.h"

#include <cstdint>

#include "fuzzcheck.h"

using namespace Wac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonInput input = JsonInput::parse(text);
    if (!input.ok()) {
        WAC_FUZZ_CHECK(input.line >= 1 && input.column >= 1, "an error names its place");
        return 0;
    }
    if (!input.value.isObject())
        return 0;
    const QJsonObject body = input.value.toObject();
    const OutgoingMessage message = OutgoingMessage::fromJson(body);
    WAC_FUZZ_CHECK(message.toJson() == body, "the model keeps the body as given");

    // Every view reads without touching the body.
    (void)message.type();
    (void)message.recipient();
    (void)message.replyTo();
    (void)message.callbackData();
    (void)message.text();
    (void)message.reaction();
    (void)message.media();
    (void)message.location();
    (void)message.contacts();
    (void)message.interactive();
    (void)message.templatePayload();
    (void)message.markRead();
    for (const Diagnostic &finding : message.validate())
        WAC_FUZZ_CHECK(!finding.message.isEmpty(), "a finding says what is wrong");

    const QByteArray written = indentedJson(message.toJson());
    const JsonInput reread = JsonInput::parse(written);
    WAC_FUZZ_CHECK(reread.ok(), "what the console writes is JSON");
    WAC_FUZZ_CHECK(reread.value.toObject() == body, "what the console writes reads back the same");
    return 0;
}
