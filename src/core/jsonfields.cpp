// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsonfields.h"

namespace Wac::JsonFields {

std::optional<QString> optString(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

QString string(const QJsonObject &object, QStringView key)
{
    return object.value(key).toString();
}

std::optional<bool> optBool(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

std::optional<double> optNumber(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

void setString(QJsonObject &object, QStringView key, const std::optional<QString> &value)
{
    if (optString(object, key) == value)
        return;
    if (value)
        object.insert(key, *value);
    else
        object.remove(key);
}

void setString(QJsonObject &object, QStringView key, const QString &value)
{
    if (string(object, key) != value)
        object.insert(key, value);
}

void setDefault(QJsonObject &object, QStringView key, const QString &value)
{
    if (!object.contains(key))
        object.insert(key, value);
}

void setBool(QJsonObject &object, QStringView key, const std::optional<bool> &value)
{
    if (optBool(object, key) == value)
        return;
    if (value)
        object.insert(key, *value);
    else
        object.remove(key);
}

void setNumber(QJsonObject &object, QStringView key, const std::optional<double> &value)
{
    if (optNumber(object, key) == value)
        return;
    if (!value) {
        object.remove(key);
        return;
    }
    // Whole numbers are written as JSON integers, so amount_1000 stays 100990, not 100990.0.
    const double d = *value;
    if (d == double(qint64(d)))
        object.insert(key, qint64(d));
    else
        object.insert(key, d);
}

void setObject(QJsonObject &object, QStringView key, const QJsonObject &value, bool keepEmpty)
{
    const QJsonValue current = object.value(key);
    if (current.toObject() == value)
        return; // the same object, or {} for what reads as {}
    if (value.isEmpty() && !keepEmpty) {
        if (current.isObject())
            object.remove(key); // a value of another type was not the view's to drop
        return;
    }
    object.insert(key, value);
}

} // namespace Wac::JsonFields
