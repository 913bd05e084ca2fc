// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderjson.h"

#include "widgets/composer/fieldtext.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Wac::BuilderJson {

namespace {

void write(
    QJsonObject &object, const QString &key, const std::optional<QString> &value, bool touched)
{
    // An untouched field reads back what it was shown: a non-string value it could not show
    // reads as absent and must not be removed for that.
    if (!touched && !object.value(key).isString() && !object.value(key).isUndefined())
        return;
    if (value && !value->isEmpty())
        object.insert(key, *value);
    else if (value && !touched)
        object.insert(key, *value); // "" loaded stays ""
    else
        object.remove(key);
}

} // namespace

std::optional<QString> text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

std::optional<QString> text(const QJsonArray &array, qsizetype index)
{
    const QJsonValue value = array.at(index);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

std::optional<bool> flag(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

void writeText(QJsonObject &object, const QString &key, const QLineEdit *edit)
{
    write(object, key, FieldText::read(edit), FieldText::isTouched(edit));
}

void writeText(QJsonObject &object, const QString &key, const QPlainTextEdit *edit)
{
    write(object, key, FieldText::read(edit), FieldText::isTouched(edit));
}

void writeChoice(QJsonObject &object, const QString &key, const QString &value)
{
    if (value.isEmpty())
        object.remove(key);
    else
        object.insert(key, value);
}

void writeFlag(QJsonObject &object, const QString &key, const QCheckBox *box)
{
    const std::optional<bool> value = FieldText::read(box);
    if (!value && !object.value(key).isBool() && !object.value(key).isUndefined())
        return;
    if (value)
        object.insert(key, *value);
    else
        object.remove(key);
}

} // namespace Wac::BuilderJson
