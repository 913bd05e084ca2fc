// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/orderitem.h"

#include "core/jsonfields.h"

namespace Wac {

using namespace JsonFields;

OrderItem OrderItem::fromJson(const QJsonObject &object)
{
    OrderItem item;
    item.retailerId = string(object, u"retailer_id");
    item.name = string(object, u"name");
    item.amount = Money::fromJson(object.value(u"amount").toObject());
    if (object.value(u"sale_amount").isObject())
        item.saleAmount = Money::fromJson(object.value(u"sale_amount").toObject());
    item.quantity = optNumber(object, u"quantity");
    return item;
}

QJsonObject OrderItem::toJson(QJsonObject base) const
{
    setString(base, u"retailer_id", retailerId);
    setString(base, u"name", name);
    setObject(base, u"amount", amount.toJson(base.value(u"amount").toObject()));
    if (saleAmount)
        setObject(base, u"sale_amount", saleAmount->toJson(base.value(u"sale_amount").toObject()));
    else if (base.value(u"sale_amount").isObject())
        base.remove(u"sale_amount");
    setNumber(base, u"quantity", quantity);
    return base;
}

std::optional<double> OrderItem::lineTotal() const
{
    // Meta's own example prices bread at 15.00 on sale for 10.00 and counts 10.00 in the subtotal.
    const std::optional<double> unit = saleAmount ? saleAmount->amount() : amount.amount();
    if (!unit || !quantity)
        return std::nullopt;
    return *unit * *quantity;
}

} // namespace Wac
