// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "optionvalues.h"

#include "core/coretr.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Cli::OptionValues {

std::optional<qint64> whole(
    const QString &option, const QString &value, qint64 min, qint64 max, QTextStream &err)
{
    bool ok = false;
    const qint64 read = value.toLongLong(&ok);
    if (ok && read >= min && read <= max)
        return read;
    err << Tr::tr("waconsole-cli: --%1 must be a whole number from %L2 to %L3, not \"%4\".")
               .arg(option)
               .arg(min)
               .arg(max)
               .arg(value)
        << Qt::endl;
    return std::nullopt;
}

std::optional<double> number(
    const QString &option, const QString &value, double min, double max, QTextStream &err)
{
    bool ok = false;
    const double read = value.toDouble(&ok);
    if (ok && std::isfinite(read) && read >= min && read <= max)
        return read;
    err << Tr::tr("waconsole-cli: --%1 must be a number from %2 to %3, not \"%4\".")
               .arg(option)
               .arg(min)
               .arg(max)
               .arg(value)
        << Qt::endl;
    return std::nullopt;
}

bool oneOf(
    const QString &option, const QString &value, const QStringList &allowed, QTextStream &err)
{
    if (allowed.contains(value))
        return true;
    err << Tr::tr("waconsole-cli: --%1 is one of %2, not \"%3\".")
               .arg(option, allowed.join(u", "_s), value)
        << Qt::endl;
    return false;
}

bool clockTime(const QString &option, const QString &value, QTextStream &err)
{
    static const QRegularExpression time(u"^([01][0-9]|2[0-3]):[0-5][0-9]$"_s);
    if (time.match(value).hasMatch())
        return true;
    err << Tr::tr("waconsole-cli: --%1 is a time of day from 00:00 to 23:59, not \"%2\".")
               .arg(option, value)
        << Qt::endl;
    return false;
}

} // namespace Wac::Cli::OptionValues
