// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsondifference.h"

#include "core/jsonpointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Wac::JsonDifference {

namespace {

QByteArray written(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
}

std::optional<QString> differ(const QJsonValue &a, const QJsonValue &b, const QString &at)
{
    if (a.type() != b.type())
        return at;
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (auto found = differ(x.value(key), y.value(key), JsonPointer::child(at, key)))
                return found;
        }
        return std::nullopt;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
            // A missing element reads as undefined, which differs from any value.
            if (auto found = differ(x.at(i), y.at(i), JsonPointer::child(at, i)))
                return found;
        }
        return std::nullopt;
    }
    if (a.isString())
        return a.toString() == b.toString() ? std::nullopt : std::optional<QString>(at);
    return written(a) == written(b) ? std::nullopt : std::optional<QString>(at);
}

} // namespace

std::optional<QString> first(const QJsonValue &a, const QJsonValue &b)
{
    // The common case, a form that gives back what it was given, costs one comparison.
    if (a == b)
        return std::nullopt;
    return differ(a, b, QString());
}

} // namespace Wac::JsonDifference
