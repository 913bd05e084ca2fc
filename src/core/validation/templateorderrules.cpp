// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/rules.h"
#include "core/validation/templaterules.h"

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

// Meta's payments pages (India, 2026): amounts as {value, offset}, each checked as an order
// message's are (Rules::charge), as is the reference id (Rules::referenceId).
void items(Checker &c, const QJsonObject &order, const QString &orderAt, const QString &currency)
{
    const auto list = c.array(order, orderAt, u"items", Presence::Required);
    if (!list)
        return;
    const QString listAt = orderAt + u"/items"_s;
    c.count(listAt, list->size(), 1, list->size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const auto item = c.element(*list, listAt, i);
        if (!item)
            continue;
        const QString at = JsonPointer::child(listAt, i);
        nonBlank(c, *item, at, u"name", Presence::Required);
        charge(c, *item, at, u"amount", Presence::Required, currency);
        charge(c, *item, at, u"sale_amount", Presence::Optional, currency);
        wholeNumber(c, *item, at, u"quantity", Presence::Required, 1);
        nonBlank(c, *item, at, u"retailer_id", Presence::Optional);
        c.knownFields(*item, at,
            {u"name", u"amount", u"sale_amount", u"quantity", u"retailer_id", u"country_of_origin",
                u"importer_name", u"importer_address"});
    }
}

void order(Checker &c, const QJsonObject &details, const QString &at, const QString &currency)
{
    const auto order = c.object(details, at, u"order", Presence::Required);
    if (!order)
        return;
    const QString orderAt = at + u"/order"_s;
    nonBlank(c, *order, orderAt, u"status", Presence::Required);
    items(c, *order, orderAt, currency);
    charge(c, *order, orderAt, u"subtotal", Presence::Required, currency);
    charge(c, *order, orderAt, u"tax", Presence::Required, currency);
    charge(c, *order, orderAt, u"shipping", Presence::Optional, currency);
    charge(c, *order, orderAt, u"discount", Presence::Optional, currency);
    c.object(*order, orderAt, u"expiration");
    c.knownFields(*order, orderAt,
        {u"status", u"catalog_id", u"expiration", u"items", u"subtotal", u"tax", u"shipping",
            u"discount"});
}

} // namespace

void templateOrderDetails(Checker &c, const QJsonObject &details, const QString &at)
{
    referenceId(c, details, at);
    if (const auto type = c.string(details, at, u"type", Presence::Required))
        c.oneOf(at, u"type", *type, {u"digital-goods", u"physical-goods"});
    const auto currency = c.string(details, at, u"currency", Presence::Required);
    if (currency && !isCurrencyCode(*currency)) {
        c.error(at + u"/currency"_s, u"invalid"_s,
            Tr::tr("\"currency\" is \"%1\", which is not an ISO 4217 currency code such as INR.")
                .arg(*currency));
    }
    const QString code = currency.value_or(QString());
    charge(c, details, at, u"total_amount", Presence::Required, code);
    order(c, details, at, code);
    c.array(details, at, u"payment_settings");
    c.knownFields(details, at,
        {u"reference_id", u"type", u"currency", u"total_amount", u"order", u"payment_settings",
            u"payment_type", u"payment_configuration"});
}

void orderStatusComponent(Checker &c, const QJsonObject &component, const QString &at)
{
    const QString parameterAt = at + u"/parameters/0"_s;
    const auto list = c.array(component, at, u"parameters", Presence::Required);
    if (!list || !c.count(at + u"/parameters"_s, list->size(), 1, 1))
        return;
    const auto parameter = c.element(*list, at + u"/parameters"_s, 0);
    const auto type =
        parameter ? c.string(*parameter, parameterAt, u"type", Presence::Required) : std::nullopt;
    if (!type || !c.oneOf(parameterAt, u"type", *type, {u"order_status"}))
        return;
    c.knownFields(*parameter, parameterAt, {u"type", u"order_status"});
    const auto status = c.object(*parameter, parameterAt, u"order_status", Presence::Required);
    if (!status)
        return;
    const QString statusAt = parameterAt + u"/order_status"_s;
    referenceId(c, *status, statusAt);
    c.knownFields(*status, statusAt, {u"reference_id", u"order"});
    const auto order = c.object(*status, statusAt, u"order", Presence::Required);
    if (!order)
        return;
    const QString orderAt = statusAt + u"/order"_s;
    if (const auto value = c.string(*order, orderAt, u"status", Presence::Required)) {
        c.oneOf(orderAt, u"status", *value,
            {u"processing", u"partially_shipped", u"shipped", u"completed", u"canceled"});
    }
    nonBlank(c, *order, orderAt, u"description", Presence::Optional);
    c.knownFields(*order, orderAt, {u"status", u"description"});
}

} // namespace Wac::Rules
