// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// order_details (review_and_pay) and order_status (review_order): the parameters around the
// order; the order's items and amounts are in orderamountrules.cpp.
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/rules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

constexpr qsizetype referenceIdLimit = 35;

/// India's two ways to be paid (2026 notes §1.14); Brazil's and Singapore's are not documented
/// there, so their entries are kept and said to be unchecked.
void paymentSetting(Checker &c, const QJsonObject &setting, const QString &at, bool india)
{
    const auto type = c.string(setting, at, u"type", Presence::Required);
    if (!type)
        return;
    if (!india) {
        c.warning(JsonPointer::child(at, u"type"_s), u"notChecked"_s,
            Tr::tr("Only India's payment settings are documented; \"%1\" is sent as written.")
                .arg(*type));
        return;
    }
    if (!c.oneOf(at, u"type", *type, {u"payment_gateway", u"upi_intent_link"}))
        return;
    c.knownFields(setting, at, {u"type", u"payment_gateway", u"upi_intent_link"});
    const auto detail = c.object(setting, at, *type, Presence::Required);
    if (!detail)
        return;
    const QString detailAt = JsonPointer::child(at, *type);
    if (*type == u"payment_gateway"_s) {
        if (const auto gateway = c.string(*detail, detailAt, u"type", Presence::Required))
            c.oneOf(detailAt, u"type", *gateway, {u"billdesk", u"razorpay", u"payu", u"zaakpay"});
        c.string(*detail, detailAt, u"configuration_name", Presence::Required);
        c.knownFields(*detail, detailAt, {u"type", u"configuration_name"});
        return;
    }
    const auto link = c.text(*detail, detailAt, u"link", Presence::Required, 2048);
    if (link && !link->startsWith(u"upi://"_s)) {
        c.error(JsonPointer::child(detailAt, u"link"_s), u"invalid"_s,
            Tr::tr("\"link\" must be a UPI intent link starting with upi://."));
    }
    c.knownFields(*detail, detailAt, {u"link"});
}

void payment(Checker &c, const QJsonObject &parameters, const QString &at, const QString &currency)
{
    c.string(parameters, at, u"payment_type");
    c.string(parameters, at, u"payment_configuration");
    const auto settings = c.array(parameters, at, u"payment_settings");
    if (!settings && !parameters.contains(u"payment_configuration")) {
        c.warning(JsonPointer::child(at, u"payment_settings"_s), u"missing"_s,
            Tr::tr("Neither \"payment_settings\" nor \"payment_configuration\" is given: the "
                   "customer has no way to pay."));
    }
    if (!settings)
        return;
    const QString listAt = JsonPointer::child(at, u"payment_settings"_s);
    c.count(listAt, settings->size(), 1, settings->size());
    for (qsizetype i = 0; i < settings->size(); ++i) {
        if (const auto setting = c.element(*settings, listAt, i))
            paymentSetting(c, *setting, JsonPointer::child(listAt, i), currency == u"INR"_s);
    }
}

} // namespace

void referenceId(Checker &c, const QJsonObject &parameters, const QString &pointer)
{
    const auto id =
        c.text(parameters, pointer, u"reference_id", Presence::Required, referenceIdLimit);
    if (!id)
        return;
    // A loop, not a regular expression: this runs on every keystroke of the form.
    const auto allowed = [](QChar ch) {
        return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z')
            || (ch >= u'0' && ch <= u'9') || ch == u'_' || ch == u'.' || ch == u'-';
    };
    const auto bad = std::find_if_not(id->cbegin(), id->cend(), allowed);
    if (bad != id->cend()) {
        c.error(JsonPointer::child(pointer, u"reference_id"_s), u"invalidFormat"_s,
            Tr::tr("\"reference_id\" contains \"%1\"; it may hold only letters, digits, "
                   "\"_\", \"-\" and \".\".")
                .arg(*bad));
    }
}

void orderDetailsAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    actionName(c, action, pointer, u"review_and_pay"_s);
    c.knownFields(action, pointer, {u"name", u"parameters"});
    const auto parameters = c.object(action, pointer, u"parameters", Presence::Required);
    if (!parameters)
        return;
    const QString at = JsonPointer::child(pointer, u"parameters"_s);
    referenceId(c, *parameters, at);
    if (const auto type = c.string(*parameters, at, u"type", Presence::Required))
        c.oneOf(at, u"type", *type, {u"digital-goods", u"physical-goods"});
    const auto currency = c.string(*parameters, at, u"currency", Presence::Required);
    const bool known = currency && c.oneOf(at, u"currency", *currency, {u"INR", u"BRL", u"SGD"});
    const QString code = known ? *currency : QString();
    const std::optional<double> total =
        money(c, *parameters, at, u"total_amount", Presence::Required, code);
    payment(c, *parameters, at, code);
    if (const auto order = c.object(*parameters, at, u"order", Presence::Required)) {
        orderDetailsOrder(c, *order, JsonPointer::child(at, u"order"_s), code, total,
            JsonPointer::child(at, u"total_amount"_s));
    }
    c.knownFields(*parameters, at,
        {u"reference_id", u"type", u"currency", u"total_amount", u"order", u"payment_settings",
            u"payment_type", u"payment_configuration", u"beneficiaries"});
}

void orderStatusAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    actionName(c, action, pointer, u"review_order"_s);
    c.knownFields(action, pointer, {u"name", u"parameters"});
    const auto parameters = c.object(action, pointer, u"parameters", Presence::Required);
    if (!parameters)
        return;
    const QString at = JsonPointer::child(pointer, u"parameters"_s);
    referenceId(c, *parameters, at);
    c.knownFields(*parameters, at, {u"reference_id", u"order"});
    const auto order = c.object(*parameters, at, u"order", Presence::Required);
    if (!order)
        return;
    const QString orderAt = JsonPointer::child(at, u"order"_s);
    if (const auto status = c.string(*order, orderAt, u"status", Presence::Required)) {
        c.oneOf(orderAt, u"status", *status,
            {u"processing", u"partially_shipped", u"shipped", u"completed", u"canceled"});
    }
    c.string(*order, orderAt, u"description");
    c.knownFields(*order, orderAt, {u"status", u"description"});
}

} // namespace Wac::Rules
