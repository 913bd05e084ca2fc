// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Wac {

/**
 * A JSON number literal turned into a QJsonValue only when the value written back is the same
 * number. QJsonValue holds a double (or a 64-bit integer): `1e999` does not fit, `1e-999`
 * would become 0, `9007199254740993` would become …992, `0.1000000000000000000001` would become
 * 0.1. Such a literal is refused with a reason instead of silently becoming another number.
 *
 * The literal must already match RFC 8259's number grammar (JsonParser checks it).
 */
class JsonNumber
{
public:
    struct Result
    {
        QJsonValue value;
        QString reason; ///< empty when the number is kept exactly
    };

    static Result read(const QByteArray &literal);

private:
    /// A decimal number as ±0.DIGITS × 10^exponent, with no leading or trailing zero digit
    /// (zero has no digits): two literals have the same value exactly when these are equal.
    struct Decimal
    {
        bool negative = false;
        QByteArray digits;
        qint64 exponent = 0;

        bool operator==(const Decimal &other) const;
    };

    static Decimal decimal(const QByteArray &literal);
};

} // namespace Wac
