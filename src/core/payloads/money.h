// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wac {

/**
 * An amount of the payments API: `{value, offset}`, the amount being value / offset (1500 with
 * offset 100 is 15.00). Integers on the wire; read as doubles like every number of the model, so
 * that a value of the wrong kind is kept for the validator to name.
 */
struct Money
{
    std::optional<double> value;
    std::optional<double> offset;

    static Money fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;

    /// value / offset; nothing while either is missing or the offset is not positive.
    std::optional<double> amount() const;
    /// The amount with as many decimals as the offset has zeros ("15.00" for 1500 / 100); empty
    /// when the offset is not a power of ten.
    QString decimalText() const;
    /// `text` ("15.5") in units of `offset` (1550). Nothing, and `error` set, when it is not a
    /// number or has more decimals than `offset` can hold: the amount is never rounded.
    static std::optional<qint64> parseDecimal(const QString &text, qint64 offset, QString *error);
    /// The number of decimals `offset` stands for (2 for 100); -1 when it is not a power of ten.
    static int decimalsOf(qint64 offset);
};

} // namespace Wac
