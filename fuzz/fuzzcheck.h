// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/jsoninput.h"

#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

/// A property every input must keep. A broken one aborts, so that libFuzzer keeps the input as
/// a crash (with its stack) like any memory error: a wrong answer is as much a defect as a crash.
#define WAC_FUZZ_CHECK(condition, what)                                                            \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "property broken at %s:%d: %s\n", __FILE__, __LINE__, what);      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

/// The input as the console reads a JSON object from outside (strictly); none when it is not one,
/// which is an answer the reader gives, not something for the target to explore further.
inline std::optional<QJsonObject> fuzzJsonObject(const uint8_t *data, size_t size)
{
    const Wac::JsonInput input =
        Wac::JsonInput::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!input.ok() || !input.value.isObject())
        return std::nullopt;
    return input.value.toObject();
}
