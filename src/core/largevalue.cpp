// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/largevalue.h"

#include "core/jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Wac {

namespace {

std::optional<LargeValue> firstUnder(
    const QJsonValue &value, const QString &pointer, qsizetype limitBytes)
{
    if (value.isString()) {
        const QString text = value.toString();
        // A UTF-16 unit is at most 3 UTF-8 bytes: most strings are ruled out without a walk.
        if (text.size() * 3 <= limitBytes)
            return std::nullopt;
        const qsizetype bytes = LargeValue::utf8Size(text);
        if (bytes > limitBytes)
            return LargeValue {pointer, bytes};
        return std::nullopt;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (auto found =
                    firstUnder(it.value(), JsonPointer::child(pointer, it.key()), limitBytes))
                return found;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto found = firstUnder(array.at(i), JsonPointer::child(pointer, i), limitBytes))
                return found;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<LargeValue> LargeValue::first(const QJsonValue &root, qsizetype limitBytes)
{
    return firstUnder(root, QString(), limitBytes);
}

qsizetype LargeValue::utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // A surrogate pair is 4 bytes, 2 for each half; a lone surrogate is sent as U+FFFD (3),
        // which the halves' 2 undercounts by one: close enough for a limit of a megabyte.
        bytes += u < 0x80 ? 1 : u < 0x800 || QChar::isSurrogate(u) ? 2 : 3;
    }
    return bytes;
}

} // namespace Wac
