// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "optionvalues.h"

#include "core/coretr.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Cli::OptionValues {

namespace {

/// Says why on `err`, for the caller to exit 2.
void refuse(QTextStream &err, const QString &reason)
{
    err << reason << Qt::endl;
}

} // namespace

std::optional<qint64> whole(
    const QString &option, const QString &value, qint64 min, qint64 max, QTextStream &err)
{
    bool ok = false;
    const qint64 read = value.toLongLong(&ok);
    if (ok && read >= min && read <= max)
        return read;
    refuse(err,
        Tr::tr("waconsole-cli: --%1 must be a whole number from %2 to %3, not \"%4\".")
            .arg(option, QLocale().toString(min), QLocale().toString(max), value));
    return std::nullopt;
}

std::optional<double> number(
    const QString &option, const QString &value, double min, double max, QTextStream &err)
{
    bool ok = false;
    const double read = value.toDouble(&ok);
    if (ok && std::isfinite(read) && read >= min && read <= max)
        return read;
    refuse(err,
        Tr::tr("waconsole-cli: --%1 must be a number from %2 to %3, not \"%4\".")
            .arg(option, QString::number(min), QString::number(max), value));
    return std::nullopt;
}

bool oneOf(
    const QString &option, const QString &value, const QStringList &allowed, QTextStream &err)
{
    if (allowed.contains(value))
        return true;
    refuse(err,
        Tr::tr("waconsole-cli: --%1 is one of %2, not \"%3\".")
            .arg(option, allowed.join(u", "_s), value));
    return false;
}

bool clockTime(const QString &option, const QString &value, QTextStream &err)
{
    static const QRegularExpression time(u"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"_s);
    if (time.match(value).hasMatch())
        return true;
    refuse(err,
        Tr::tr("waconsole-cli: --%1 is a time of day from 00:00 to 23:59, not \"%2\".")
            .arg(option, value));
    return false;
}

} // namespace Wac::Cli::OptionValues
