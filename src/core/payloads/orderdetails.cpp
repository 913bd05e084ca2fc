// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/orderdetails.h"

#include "core/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

QJsonObject OrderDetails::skeleton()
{
    const QJsonObject zero {{u"value"_s, 0}, {u"offset"_s, 100}};
    return {{u"reference_id"_s, QString()}, {u"type"_s, u"digital-goods"_s},
        {u"currency"_s, u"INR"_s}, {u"total_amount"_s, zero},
        {u"order"_s,
            QJsonObject {{u"status"_s, u"pending"_s}, {u"items"_s, QJsonArray()},
                {u"subtotal"_s, zero}, {u"tax"_s, zero}}}};
}

namespace {

std::optional<Money> optMoney(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isObject() ? std::optional<Money>(Money::fromJson(value.toObject()))
                            : std::nullopt;
}

void setMoney(QJsonObject &object, QStringView key, const std::optional<Money> &money)
{
    if (money)
        setObject(object, key, money->toJson(object.value(key).toObject()));
    else if (object.value(key).isObject())
        object.remove(key);
}

} // namespace

OrderDetails OrderDetails::fromJson(const QJsonObject &parameters)
{
    OrderDetails d;
    d.referenceId = string(parameters, u"reference_id");
    d.goodsType = string(parameters, u"type");
    d.currency = string(parameters, u"currency");
    d.paymentType = optString(parameters, u"payment_type");
    d.paymentConfiguration = optString(parameters, u"payment_configuration");
    d.total = Money::fromJson(parameters.value(u"total_amount").toObject());
    const QJsonObject order = parameters.value(u"order").toObject();
    d.status = string(order, u"status");
    d.catalogId = optString(order, u"catalog_id");
    d.items = list<OrderItem>(order, u"items");
    d.subtotal = Money::fromJson(order.value(u"subtotal").toObject());
    d.tax = Money::fromJson(order.value(u"tax").toObject());
    d.shipping = optMoney(order, u"shipping");
    d.discount = optMoney(order, u"discount");
    return d;
}

QJsonObject OrderDetails::toJson(QJsonObject parameters) const
{
    setString(parameters, u"reference_id", referenceId);
    setString(parameters, u"type", goodsType);
    setString(parameters, u"currency", currency);
    setString(parameters, u"payment_type", paymentType);
    setString(parameters, u"payment_configuration", paymentConfiguration);
    setMoney(parameters, u"total_amount", total);
    QJsonObject order = parameters.value(u"order").toObject();
    setString(order, u"status", status);
    setString(order, u"catalog_id", catalogId);
    setMoney(order, u"subtotal", subtotal);
    setMoney(order, u"tax", tax);
    setMoney(order, u"shipping", shipping);
    setMoney(order, u"discount", discount);
    setObject(parameters, u"order", order, true);
    return parameters;
}

std::optional<double> OrderDetails::computedTotal() const
{
    const std::optional<double> sub = subtotal.amount();
    const std::optional<double> taxes = tax.amount();
    if (!sub || !taxes)
        return std::nullopt;
    double sum = *sub + *taxes;
    for (const auto &[part, sign] : {std::pair {&shipping, 1.0}, std::pair {&discount, -1.0}}) {
        if (!*part)
            continue;
        const std::optional<double> amount = (*part)->amount();
        if (!amount)
            return std::nullopt;
        sum += sign * *amount;
    }
    return sum;
}

std::optional<double> OrderDetails::itemsTotal() const
{
    double sum = 0;
    for (const OrderItem &item : items) {
        const std::optional<double> line = item.lineTotal();
        if (!line)
            return std::nullopt;
        sum += *line;
    }
    return sum;
}

} // namespace Wac
