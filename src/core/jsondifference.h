// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

/// Where two JSON documents differ, value by value: what a form would change in a payload.
namespace Wac::JsonDifference {

/**
 * The JSON Pointer of the first value that differs between `a` and `b` (keys in order, then
 * array elements), or nothing when they are the same JSON. Numbers are the same when they are
 * written the same (`1` and `1.0` are one number); a string "1" is not the number 1.
 */
std::optional<QString> first(const QJsonValue &a, const QJsonValue &b);

} // namespace Wac::JsonDifference
