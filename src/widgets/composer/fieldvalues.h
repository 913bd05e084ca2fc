// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class QLineEdit;
class QPlainTextEdit;

/**
 * Fields whose text must parse: numbers and JSON objects. While the text does not parse, the
 * value last loaded stays in the message and `error` says what is wrong, for the page to
 * report against the field; nothing typed is thrown away.
 */
namespace Wac::FieldValues {

template <typename T> struct Parsed
{
    std::optional<T> value;
    QString error; ///< empty when the text parsed (or is untouched)
};

void showNumber(QLineEdit *edit, const std::optional<double> &value);
/// Accepts a point as the decimal separator (as JSON does), and a comma for convenience.
Parsed<double> readNumber(const QLineEdit *edit);

void showObject(QPlainTextEdit *edit, const std::optional<QJsonObject> &value);
Parsed<QJsonObject> readObject(const QPlainTextEdit *edit);

} // namespace Wac::FieldValues
