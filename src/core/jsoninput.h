// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Wac {

/**
 * JSON text as typed, pasted or read from a file, parsed strictly (JsonParser: RFC 8259, no
 * number changed, no duplicate key) with a reason a person can act on ("line 3, column 14: …")
 * instead of a bare offset. Any value is taken at the top level; callers say when it must be
 * an object.
 */
struct JsonInput
{
    QJsonValue value;
    QString error; ///< empty when the text parsed
    int line = 0; ///< 1-based position of the error
    int column = 0;

    bool ok() const { return error.isEmpty(); }

    static JsonInput parse(const QByteArray &text);
};

/// `object` as JSON text indented by two spaces, as the reference pages print bodies (Qt's own
/// indentation is four), with its keys in the reference's order (JsonWriter), ending with a
/// newline.
QByteArray indentedJson(const QJsonObject &object);

} // namespace Wac
