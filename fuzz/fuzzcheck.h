// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <cstdio>
#include <cstdlib>

/// A property every input must keep. A broken one aborts, so that libFuzzer keeps the input as
/// a crash (with its stack) like any memory error: a wrong answer is as much a defect as a crash.
#define WAC_FUZZ_CHECK(condition, what)                                                            \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "property broken at %s:%d: %s\n", __FILE__, __LINE__, what);      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
