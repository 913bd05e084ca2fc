// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/money.h"

#include "core/coretr.h"
#include "core/jsonfields.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

Money Money::fromJson(const QJsonObject &object)
{
    return {optNumber(object, u"value"), optNumber(object, u"offset")};
}

QJsonObject Money::toJson(QJsonObject base) const
{
    setNumber(base, u"value", value);
    setNumber(base, u"offset", offset);
    return base;
}

std::optional<double> Money::amount() const
{
    if (!value || !offset || *offset <= 0)
        return std::nullopt;
    return *value / *offset;
}

int Money::decimalsOf(qint64 offset)
{
    int decimals = 0;
    for (; offset > 1 && offset % 10 == 0; offset /= 10)
        ++decimals;
    return offset == 1 ? decimals : -1;
}

QString Money::decimalText() const
{
    if (!value || !offset || *offset != std::trunc(*offset) || *value != std::trunc(*value))
        return {};
    const int decimals = decimalsOf(qint64(*offset));
    if (decimals < 0)
        return {};
    return QString::number(*value / *offset, 'f', decimals);
}

std::optional<qint64> Money::parseDecimal(const QString &text, qint64 offset, QString *error)
{
    // Parsed by hand, not through a double: 0.29 * 100 is 28.999… in binary, and a truncated
    // cent is exactly the silent loss a payment must not have.
    static const QRegularExpression number(u"^(-?)(\\d*)(?:[.,](\\d*))?$"_s);
    const QRegularExpressionMatch m = number.match(text.trimmed());
    const int decimals = decimalsOf(offset);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()) || decimals < 0) {
        *error = Tr::tr("\"%1\" is not an amount.").arg(text.trimmed());
        return std::nullopt;
    }
    QString fraction = m.captured(3);
    while (fraction.size() > decimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > decimals) {
        *error = Tr::tr("\"%1\" has more decimals than the offset %2 can hold (%3 at most).")
                     .arg(text.trimmed())
                     .arg(offset)
                     .arg(decimals);
        return std::nullopt;
    }
    bool ok = false;
    const qint64 units =
        QString(m.captured(2) + fraction.leftJustified(decimals, u'0')).toLongLong(&ok);
    if (!ok) {
        *error = Tr::tr("\"%1\" is too large an amount.").arg(text.trimmed());
        return std::nullopt;
    }
    return m.captured(1).isEmpty() ? units : -units;
}

} // namespace Wac
