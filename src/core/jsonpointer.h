// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

/// RFC 6901 JSON Pointers: building them while walking a document, and resolving them.
namespace Wac::JsonPointer {

/// The reference tokens of `pointer`, unescaped (`/a~1b/0` → `a/b`, `0`); none for "".
QStringList split(const QString &pointer);

/// `base` followed by the reference token `key`, escaped (`~` → `~0`, `/` → `~1`).
QString child(const QString &base, const QString &key);

/// `base` followed by an array index.
QString child(const QString &base, qsizetype index);

/// The value `pointer` designates in `root`, or an undefined value when it designates nothing.
QJsonValue resolve(const QJsonValue &root, const QString &pointer);

/// Sets the value at `pointer`, creating missing objects on the way; false (and `root`
/// unchanged) when a value on the way is neither an object nor an array holding the index.
bool assign(QJsonValue &root, const QString &pointer, const QJsonValue &value);

/// The dotted code prefix of a pointer: array indexes dropped, `/a/0/b` → `a.b`.
QString codePath(const QString &pointer);

/// The last reference token that is not an array index, unescaped (`/a/0/b/3` → `b`).
QString fieldName(const QString &pointer);

} // namespace Wac::JsonPointer
