// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// A media upload's multipart/form-data body as the simulator reads it. The input's first line is
// the Content-Type header's value, the rest the body. A part is read out of the body, never
// made up: its bytes are the body's own.

#include "sim/multipart.h"

#include <cstdint>

#include "fuzzcheck.h"

using namespace Wac::Sim;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype eol = input.indexOf('\n');
    const QByteArray contentType = eol < 0 ? input : input.left(eol);
    const QByteArray body = eol < 0 ? QByteArray() : input.mid(eol + 1);
    const auto parts = parseMultipart(contentType, body);
    if (!parts)
        return 0;
    qsizetype total = 0;
    for (const FormPart &part : *parts) {
        WAC_FUZZ_CHECK(body.contains(part.data), "a part's data is the body's");
        total += part.data.size();
    }
    WAC_FUZZ_CHECK(total <= body.size(), "the parts are no bigger than the body");
    return 0;
}
