// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

/**
 * Reading a template definition's values into the builder's fields and writing them back
 * without loss (see FieldText): a key holding something other than a string (a number where
 * text belongs) shows as empty and stays as it was until the user types over it.
 */
namespace Wac::BuilderJson {

std::optional<QString> text(const QJsonObject &object, const QString &key);
std::optional<QString> text(const QJsonArray &array, qsizetype index);
std::optional<bool> flag(const QJsonObject &object, const QString &key);

/// Writes the field's text under `key`; an emptied field removes the key.
void writeText(QJsonObject &object, const QString &key, const QLineEdit *edit);
void writeText(QJsonObject &object, const QString &key, const QPlainTextEdit *edit);
/// Writes `value` under `key`, or removes the key when `value` is empty.
void writeChoice(QJsonObject &object, const QString &key, const QString &value);
void writeFlag(QJsonObject &object, const QString &key, const QCheckBox *box);

} // namespace Wac::BuilderJson
