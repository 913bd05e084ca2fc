// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/money.h"
#include "widgets/composer/fieldvalues.h"

class QLineEdit;

/**
 * An amount of the payments API in a line edit, written as the customer reads it ("15.00")
 * rather than as `{value: 1500, offset: 100}`. The offset loaded stays (100 when there was
 * none); while the text is untouched, reading gives the loaded object back exactly.
 */
namespace Wac::MoneyField {

void show(QLineEdit *edit, const std::optional<Money> &money);
/// Nothing when the field is empty; the loaded amount and an error while the text is no amount
/// the offset can hold (never rounded).
FieldValues::Parsed<Money> read(const QLineEdit *edit);
/// The amount the field shows now, in currency units, for the live totals.
std::optional<double> current(const QLineEdit *edit);

} // namespace Wac::MoneyField
