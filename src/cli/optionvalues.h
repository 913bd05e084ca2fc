// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

/// An option's value read as what it must be, or refused by name on `err` (the caller exits
/// 2): a wrong command line is never quietly turned into something else.
namespace Wac::Cli::OptionValues {

/// A whole number from `min` to `max`.
std::optional<qint64> whole(
    const QString &option, const QString &value, qint64 min, qint64 max, QTextStream &err);

/// A number from `min` to `max`.
std::optional<double> number(
    const QString &option, const QString &value, double min, double max, QTextStream &err);

/// One of `allowed`.
bool oneOf(
    const QString &option, const QString &value, const QStringList &allowed, QTextStream &err);

/// A time of day as H:MM or HH:MM (00:00 to 23:59).
bool clockTime(const QString &option, const QString &value, QTextStream &err);

} // namespace Wac::Cli::OptionValues
