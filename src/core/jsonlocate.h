// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

namespace Wac {

/**
 * Where a JSON Pointer's value is written in a JSON text, found by scanning the text itself (the
 * text may be the user's own, in any layout). When the pointer names nothing (a missing field),
 * it is the deepest value on its way that exists.
 */
struct JsonSpan
{
    qsizetype keyStart = -1; ///< the member's quoted key; -1 for the root and array elements
    qsizetype keyLength = 0;
    qsizetype valueStart = -1; ///< -1 when the text does not parse as far as that
    qsizetype valueLength = 0;
    bool exact = false; ///< the pointer's own value, not an ancestor of where it would be
    bool container = false; ///< the value is an object or an array

    static JsonSpan locate(const QString &text, const QString &pointer);
};

} // namespace Wac
