// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/fieldvalues.h"

#include "core/jsoninput.h"
#include "widgets/composer/fieldtext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Wac::FieldValues {

namespace {

constexpr auto numberProperty = "wacNumber";
constexpr auto objectProperty = "wacObject";

} // namespace

void showNumber(QLineEdit *edit, const std::optional<double> &value)
{
    const std::optional<QString> text = value
        ? std::optional<QString>(QString::number(*value, 'g', QLocale::FloatingPointShortest))
        : std::nullopt;
    FieldText::show(edit, text);
    edit->setProperty(numberProperty, value ? QVariant(*value) : QVariant());
}

Parsed<double> readNumber(const QLineEdit *edit)
{
    const QVariant loaded = edit->property(numberProperty);
    const std::optional<double> original =
        loaded.isValid() ? std::optional<double>(loaded.toDouble()) : std::nullopt;
    const QString shown = edit->property("wacShown").toString();
    const QString text = edit->text().trimmed();
    if (edit->text() == shown)
        return {original, {}};
    if (text.isEmpty())
        return {std::nullopt, {}};
    QString normalised = text;
    normalised.replace(u',', u'.');
    bool ok = false;
    const double number = normalised.toDouble(&ok);
    if (!ok)
        return {original,
            QCoreApplication::translate("FieldValues", "\"%1\" is not a number.").arg(text)};
    return {number, {}};
}

void showObject(QPlainTextEdit *edit, const std::optional<QJsonObject> &value)
{
    std::optional<QString> text;
    if (value) {
        text = QString::fromUtf8(QJsonDocument(*value).toJson(QJsonDocument::Indented)).trimmed();
    }
    FieldText::show(edit, text);
    edit->setProperty(objectProperty, value ? QVariant(*value) : QVariant());
}

Parsed<QJsonObject> readObject(const QPlainTextEdit *edit)
{
    const QVariant loaded = edit->property(objectProperty);
    const std::optional<QJsonObject> original =
        loaded.isValid() ? std::optional<QJsonObject>(loaded.toJsonObject()) : std::nullopt;
    const QString text = FieldText::plainText(edit);
    if (text == edit->property("wacShown").toString())
        return {original, {}};
    if (text.trimmed().isEmpty())
        return {std::nullopt, {}};
    const JsonInput input = JsonInput::parse(text.toUtf8());
    if (!input.ok())
        return {original,
            QCoreApplication::translate("FieldValues", "Not valid JSON: %1").arg(input.error)};
    if (!input.value.isObject())
        return {
            original, QCoreApplication::translate("FieldValues", "Must be a JSON object: { … }.")};
    return {input.value.toObject(), {}};
}

} // namespace Wac::FieldValues
