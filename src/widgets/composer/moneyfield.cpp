// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/moneyfield.h"

#include "widgets/composer/fieldtext.h"

#include <QLineEdit>

namespace Wac::MoneyField {

namespace {

constexpr auto valueProperty = "wacMoneyValue";
constexpr auto offsetProperty = "wacMoneyOffset";
constexpr qint64 defaultOffset = 100; // INR requires it; BRL and SGD have cents too

std::optional<double> property(const QLineEdit *edit, const char *name)
{
    const QVariant v = edit->property(name);
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

void show(QLineEdit *edit, const std::optional<Money> &money)
{
    std::optional<QString> text;
    if (money) {
        // An amount whose offset is no power of ten cannot be written as decimals: its raw value
        // is shown, and kept, until the user types an amount.
        const QString decimal = money->decimalText();
        text = decimal.isEmpty() && money->value ? QString::number(*money->value) : decimal;
    }
    FieldText::show(edit, text);
    edit->setProperty(valueProperty, money && money->value ? QVariant(*money->value) : QVariant());
    edit->setProperty(
        offsetProperty, money && money->offset ? QVariant(*money->offset) : QVariant());
    edit->setProperty("wacMoneyLoaded", bool(money));
}

FieldValues::Parsed<Money> read(const QLineEdit *edit)
{
    const Money loaded {property(edit, valueProperty), property(edit, offsetProperty)};
    const bool wasLoaded = edit->property("wacMoneyLoaded").toBool();
    if (edit->text() == edit->property("wacShown").toString())
        return {wasLoaded ? std::optional<Money>(loaded) : std::nullopt, {}};
    if (edit->text().trimmed().isEmpty())
        return {std::nullopt, {}};
    const double offset = loaded.offset.value_or(defaultOffset);
    QString error;
    const std::optional<qint64> units = Money::parseDecimal(edit->text(), qint64(offset), &error);
    if (!units)
        return {wasLoaded ? std::optional<Money>(loaded) : std::nullopt, error};
    return {Money {double(*units), offset}, {}};
}

std::optional<double> current(const QLineEdit *edit)
{
    const FieldValues::Parsed<Money> parsed = read(edit);
    return parsed.value ? parsed.value->amount() : std::nullopt;
}

} // namespace Wac::MoneyField
