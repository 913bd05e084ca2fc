// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsonnumber.h"

#include "core/coretr.h"

#include <QLocale>

#include <cmath>

namespace Wac {

namespace {

// Exponents past this are saturated while reading: a double ends near 1e308 and 1e-324, so
// anything further out is "too large" or "too small" however far it goes.
constexpr qint64 exponentCap = 1'000'000'000;

constexpr qint64 exactIntegerLimit = qint64(1) << 53;

/// A literal as it appears in a message: a megabyte of digits is cut to its start.
QString shown(const QByteArray &literal)
{
    constexpr qsizetype most = 40;
    return literal.size() <= most ? QString::fromLatin1(literal)
                                  : QString::fromLatin1(literal.left(most - 8)) + u'…';
}

} // namespace

bool JsonNumber::Decimal::operator==(const Decimal &other) const
{
    if (digits.isEmpty() || other.digits.isEmpty())
        return digits.isEmpty() && other.digits.isEmpty(); // 0 and -0 are the same number
    return negative == other.negative && digits == other.digits && exponent == other.exponent;
}

// Reads "-12.30e+4" as -0.123 × 10^6: the point sits after the integer digits, the exponent
// moves it, and leading zeros move it back.
JsonNumber::Decimal JsonNumber::decimal(const QByteArray &literal)
{
    Decimal d;
    qsizetype i = 0;
    d.negative = literal.startsWith('-');
    if (d.negative)
        ++i;
    qint64 point = 0;
    bool fraction = false;
    for (; i < literal.size(); ++i) {
        const char c = literal.at(i);
        if (c == '.') {
            fraction = true;
        } else if (c >= '0' && c <= '9') {
            if (d.digits.isEmpty() && c == '0') {
                if (fraction)
                    --point;
                continue;
            }
            d.digits += c;
            if (!fraction)
                ++point;
        } else {
            break; // 'e' or 'E'
        }
    }
    qint64 exponent = 0;
    if (i < literal.size()) {
        ++i;
        const bool minus = i < literal.size() && literal.at(i) == '-';
        if (i < literal.size() && (literal.at(i) == '-' || literal.at(i) == '+'))
            ++i;
        for (; i < literal.size(); ++i)
            exponent = std::min(exponentCap, exponent * 10 + (literal.at(i) - '0'));
        if (minus)
            exponent = -exponent;
    }
    while (d.digits.endsWith('0'))
        d.digits.chop(1);
    d.exponent = point + exponent;
    return d;
}

JsonNumber::Result JsonNumber::read(const QByteArray &literal)
{
    Result result;
    const Decimal exact = decimal(literal);
    bool ok = false;
    const double nearest = literal.toDouble(&ok);
    if (!ok) {
        // Qt's reader says "illegal number" for both; the person needs to know which it is.
        result.reason = exact.exponent > 0
            ? Tr::tr("the number %1 is too large to keep: a JSON number here ends near ±1.8e308")
                  .arg(shown(literal))
            : Tr::tr("the number %1 is too small to keep: it would become 0").arg(shown(literal));
        return result;
    }
    const QByteArray written = QByteArray::number(nearest, 'g', QLocale::FloatingPointShortest);
    const bool integer = !literal.contains('.') && !literal.contains('e') && !literal.contains('E');
    bool inLong = false;
    const qint64 whole = integer ? literal.toLongLong(&inLong) : 0;
    // RFC 8259 §6: integers are interoperable only within ±2^53, where a double holds every
    // one of them; past it, readers (Graph's among them) may take another integer.
    if (integer && !(inLong && whole >= -exactIntegerLimit && whole <= exactIntegerLimit)) {
        result.reason = Tr::tr("the integer %1 cannot be kept exactly: JSON numbers are exact "
                               "only up to ±2^53 (9007199254740992), and it would become %2; "
                               "write it as a string")
                            .arg(shown(literal), QString::fromLatin1(written));
        return result;
    }
    // A writer of 17 significant digits (printf's %.17g, PHP before 7.1, PostgreSQL's
    // extra_float_digits) names the very double its shortest form does: 37.774900000000002 is
    // 37.7749 to every reader. Only past 17 digits, or past 2^53 where the digits are whole
    // numbers a double cannot hold, would a reader take another number than the one written.
    const bool sameDouble =
        exact.digits.size() <= 17 && std::abs(nearest) < double(exactIntegerLimit);
    if (!integer && !sameDouble && !(decimal(written) == exact)) {
        result.reason = Tr::tr("the number %1 has more digits than a JSON number keeps (about "
                               "17): it would become %2")
                            .arg(shown(literal), QString::fromLatin1(written));
        return result;
    }
    // Typed as QJsonDocument types it: an integer literal stays an integer (toInt() works,
    // and it is written back digit for digit), anything with a point or an exponent is a
    // double.
    if (integer)
        result.value = QJsonValue(whole);
    else
        result.value = QJsonValue(nearest);
    return result;
}

} // namespace Wac
