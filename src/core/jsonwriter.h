// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

/**
 * JSON text with its keys in the order the reference prints a request, not QJsonObject's
 * alphabetical one: the envelope first (`messaging_product`, `recipient_type`, `to`, `context`,
 * `biz_opaque_callback_data`), then `type` and the object it names, then the rest. The same
 * one list of known keys orders every object (jsonwriter.cpp); the key that an object's `type`
 * names (`"type": "image"` → `image`) comes right after its type. Keys the list does not know
 * follow in alphabetical order: the model keeps values, not the order they were typed in.
 * The text is the same JSON document as QJsonDocument's, only its keys are in another order.
 */
namespace Wac::JsonWriter {

/// The keys of `object` in the order they are written.
QStringList orderedKeys(const QJsonObject &object);

/// Appends `text` to `out` as a JSON string (RFC 8259 escapes, UTF-8).
void appendString(QByteArray &out, const QString &text);

/// `object` indented by `indent` spaces a level, ending with a newline.
QByteArray indented(const QJsonObject &object, int indent = 2);

} // namespace Wac::JsonWriter
