// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

namespace Wac {

/**
 * A business-scoped user ID as sent in the top-level `recipient` (cloud-api-2026.md §1.11): an
 * ISO 3166 alpha-2 country code, a dot, then up to 128 letters and digits (`US.1349…`), or a
 * parent BSUID with `ENT.` after the country (`US.ENT.1181…`).
 *
 * Meta says "alphanumeric" and pywa accepts digits only; the wider charset is taken, since
 * Meta's own words are never an error here.
 */
class Bsuid
{
public:
    enum class Problem
    {
        None,
        Empty,
        NoCountry, ///< does not start with two capital letters and a dot
        InvalidCharacter,
        TooLong
    };

    static constexpr qsizetype maxIdLength = 128; // was 256 before 2026-02-06

    /// Whether `text` is meant as a BSUID rather than a phone number or group ID: two letters
    /// and a dot, which no phone number holds. It may still be malformed (check()).
    static bool looksLike(QStringView text);
    static Problem check(QStringView text);
    /// The scoped part after the country (and `ENT.`); empty when there is none.
    static QStringView idPart(QStringView text);
    static bool isParent(QStringView text);
};

} // namespace Wac
