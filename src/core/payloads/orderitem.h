// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/money.h"

namespace Wac {

/// One item of an `order_details` order: what it is, its unit amount and how many.
struct OrderItem
{
    QString retailerId;
    QString name;
    Money amount; ///< per unit
    std::optional<Money> saleAmount; ///< per unit, when discounted: what the subtotal counts
    std::optional<double> quantity;

    static OrderItem fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;

    /// What the item adds to the subtotal: (sale_amount or amount) × quantity, in currency units.
    std::optional<double> lineTotal() const;
};

} // namespace Wac
