// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/bsuid.h"

#include <algorithm>

namespace Wac {

namespace {

bool isAsciiLetter(QChar ch)
{
    return (ch >= u'A' && ch <= u'Z') || (ch >= u'a' && ch <= u'z');
}

bool isAlphanumeric(QChar ch)
{
    return isAsciiLetter(ch) || (ch >= u'0' && ch <= u'9');
}

} // namespace

bool Bsuid::looksLike(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    return trimmed.size() >= 3 && isAsciiLetter(trimmed.at(0)) && isAsciiLetter(trimmed.at(1))
        && trimmed.at(2) == u'.';
}

bool Bsuid::isParent(QStringView text)
{
    return text.size() >= 7 && text.sliced(2, 5) == u".ENT.";
}

QStringView Bsuid::idPart(QStringView text)
{
    if (text.size() < 3)
        return {};
    return text.sliced(isParent(text) ? 7 : 3);
}

Bsuid::Problem Bsuid::check(QStringView text)
{
    if (text.isEmpty())
        return Problem::Empty;
    // The country is the capitals Meta writes; "us." is not a country code.
    const auto capital = [](QChar ch) { return ch >= u'A' && ch <= u'Z'; };
    if (text.size() < 3 || !capital(text.at(0)) || !capital(text.at(1)) || text.at(2) != u'.')
        return Problem::NoCountry;
    const QStringView id = idPart(text);
    if (id.isEmpty() || !std::all_of(id.cbegin(), id.cend(), isAlphanumeric))
        return Problem::InvalidCharacter;
    if (id.size() > maxIdLength)
        return Problem::TooLong;
    return Problem::None;
}

} // namespace Wac
