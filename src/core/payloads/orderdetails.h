// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/orderitem.h"

#include <QList>

namespace Wac {

/**
 * `interactive.action.parameters` of an `order_details` message (review_and_pay): the order's
 * reference, currency, payment configuration, items and the amounts that add up to its total.
 * `items` is read for the preview and the totals; the form writes the array itself, element by
 * element, so that a reordered item takes its unknown fields along.
 */
struct OrderDetails
{
    QString referenceId;
    QString goodsType; ///< "type": digital-goods or physical-goods
    QString currency;
    std::optional<QString> paymentType; ///< "upi" in the OpenAPI example
    std::optional<QString> paymentConfiguration;
    Money total; ///< total_amount
    QString status; ///< order.status: "pending"
    std::optional<QString> catalogId;
    QList<OrderItem> items;
    Money subtotal;
    Money tax;
    std::optional<Money> shipping;
    std::optional<Money> discount;

    /// The blank parameters: digital goods in INR, no items yet, every amount 0.00.
    static QJsonObject skeleton();
    static OrderDetails fromJson(const QJsonObject &parameters);
    QJsonObject toJson(QJsonObject parameters) const;

    /// subtotal + tax + shipping − discount, the total Meta requires; nothing while a part of it
    /// cannot be read.
    std::optional<double> computedTotal() const;
    /// The items' line totals added up; nothing while an item's cannot be read.
    std::optional<double> itemsTotal() const;
};

} // namespace Wac
