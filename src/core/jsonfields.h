// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

/**
 * Reading and writing the typed payload views. Writers follow one rule that makes the model
 * lossless: a key is touched only when the new value differs from what the reader returns for
 * the current object. Unknown keys, a string "0" where a number could be, and fields of the
 * wrong type that the view did not change all stay exactly as they were loaded.
 */
namespace Wac::JsonFields {

std::optional<QString> optString(const QJsonObject &object, QStringView key);
/// The string value, or an empty string when absent or not a string.
QString string(const QJsonObject &object, QStringView key);
std::optional<bool> optBool(const QJsonObject &object, QStringView key);
std::optional<double> optNumber(const QJsonObject &object, QStringView key);

void setString(QJsonObject &object, QStringView key, const std::optional<QString> &value);
/// A string the view always has: absent, or a value of another type, reads as "" and is left
/// as it is while the new value is "".
void setString(QJsonObject &object, QStringView key, const QString &value);
/// A fixed value of the structure ("type": "reply"): written only where the key is absent, so
/// that a wrong value stays for the validator to name.
void setDefault(QJsonObject &object, QStringView key, const QString &value);
void setBool(QJsonObject &object, QStringView key, const std::optional<bool> &value);
void setNumber(QJsonObject &object, QStringView key, const std::optional<double> &value);
/// Sets a sub-object. Absent, or a value of another type, reads as {} and is left as it is while
/// the new value is {}; an existing object that becomes empty is removed unless `keepEmpty`.
void setObject(
    QJsonObject &object, QStringView key, const QJsonObject &value, bool keepEmpty = false);

/// Reads an array of objects into views with `read(QJsonObject) -> T`.
template <typename T, typename Read>
QList<T> list(const QJsonObject &object, QStringView key, Read read)
{
    QList<T> items;
    const QJsonArray array = object.value(key).toArray();
    items.reserve(array.size());
    for (const QJsonValue &value : array)
        items.append(read(value.toObject()));
    return items;
}

/// Reads an array of objects into views of type T (each with `static T fromJson(QJsonObject)`).
template <typename T> QList<T> list(const QJsonObject &object, QStringView key)
{
    return list<T>(object, key, [](const QJsonObject &o) { return T::fromJson(o); });
}

/// Writes views back with `write(item, base) -> QJsonObject`, element by element over the
/// existing array so that each element keeps the keys its view does not know. An absent array
/// (or a value of another type) stays as it is while `items` is empty.
template <typename T, typename Write>
void setList(QJsonObject &object, QStringView key, const QList<T> &items, Write write)
{
    const QJsonArray old = object.value(key).toArray();
    if (items.isEmpty() && !object.value(key).isArray())
        return; // absent or of another type, it reads as no items: nothing changed
    QJsonArray updated;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject base = i < old.size() ? old.at(i).toObject() : QJsonObject();
        updated.append(write(items.at(i), base));
    }
    if (updated != old || !object.value(key).isArray())
        object.insert(key, updated);
}

/// setList() for views of type T with `QJsonObject toJson(QJsonObject base) const`.
template <typename T> void setList(QJsonObject &object, QStringView key, const QList<T> &items)
{
    setList(object, key, items,
        [](const T &item, const QJsonObject &base) { return item.toJson(base); });
}

} // namespace Wac::JsonFields
