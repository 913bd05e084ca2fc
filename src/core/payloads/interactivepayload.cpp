// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/interactivepayload.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

namespace {

std::optional<QString> textOf(const QJsonObject &interactive, QStringView key)
{
    const QJsonValue part = interactive.value(key);
    return part.isObject() ? optString(part.toObject(), u"text") : std::nullopt;
}

void setText(QJsonObject &interactive, QStringView key, const std::optional<QString> &text)
{
    if (textOf(interactive, key) == text)
        return;
    if (!text) {
        interactive.remove(key);
        return;
    }
    QJsonObject part = interactive.value(key).toObject();
    part.insert(u"text", *text);
    interactive.insert(key, part);
}

} // namespace

InteractivePayload InteractivePayload::fromJson(const QJsonObject &object)
{
    InteractivePayload p;
    p.type = string(object, u"type");
    if (object.value(u"header").isObject())
        p.header = InteractiveHeader::fromJson(object.value(u"header").toObject());
    p.body = textOf(object, u"body");
    p.footer = textOf(object, u"footer");

    const QJsonObject action = object.value(u"action").toObject();
    const QJsonObject parameters = action.value(u"parameters").toObject();
    p.buttons = list<ReplyButton>(action, u"buttons");
    p.listButton = string(action, u"button");
    if (p.type == u"product_list"_s)
        p.productSections = list<ProductSection>(action, u"sections");
    else
        p.sections = list<ListSection>(action, u"sections");
    p.ctaDisplayText = string(parameters, u"display_text");
    p.ctaUrl = string(parameters, u"url");
    p.flow = FlowParameters::fromJson(parameters);
    p.catalogId = string(action, u"catalog_id");
    p.productRetailerId = string(action, u"product_retailer_id");
    p.thumbnailProductRetailerId = optString(parameters, u"thumbnail_product_retailer_id");
    p.addressCountry = string(parameters, u"country");
    if (parameters.value(u"values").isObject())
        p.addressValues = parameters.value(u"values").toObject();
    p.voiceCall = VoiceCallParameters::fromJson(parameters);
    p.cards = list<CarouselCard>(action, u"cards");
    if (p.type == u"order_details"_s)
        p.orderDetails = OrderDetails::fromJson(parameters);
    else if (p.type == u"order_status"_s)
        p.orderStatus = OrderStatusParameters::fromJson(parameters);
    return p;
}

QJsonObject InteractivePayload::toJson(QJsonObject base) const
{
    setString(base, u"type", type);
    if (header)
        setObject(base, u"header", header->toJson(base.value(u"header").toObject()), true);
    else if (base.value(u"header").isObject())
        base.remove(u"header");
    setText(base, u"body", body);
    setText(base, u"footer", footer);
    setObject(base, u"action", actionJson(base.value(u"action").toObject()), true);
    return base;
}

QJsonObject InteractivePayload::actionJson(QJsonObject action) const
{
    QJsonObject parameters = action.value(u"parameters").toObject();
    if (type == u"button"_s) {
        setList(action, u"buttons", buttons);
    } else if (type == u"list"_s) {
        setString(action, u"button", listButton);
        setList(action, u"sections", sections);
    } else if (type == u"cta_url"_s) {
        setDefault(action, u"name", u"cta_url"_s);
        setString(parameters, u"display_text", ctaDisplayText);
        setString(parameters, u"url", ctaUrl);
        setObject(action, u"parameters", parameters, true);
    } else if (type == u"flow"_s) {
        setDefault(action, u"name", u"flow"_s);
        setObject(action, u"parameters", flow.toJson(parameters), true);
    } else if (type == u"location_request_message"_s) {
        setDefault(action, u"name", u"send_location"_s);
    } else if (type == u"address_message"_s) {
        setDefault(action, u"name", u"address_message"_s);
        setString(parameters, u"country", addressCountry);
        if (addressValues)
            setObject(parameters, u"values", *addressValues, true);
        else if (parameters.value(u"values").isObject())
            parameters.remove(u"values");
        setObject(action, u"parameters", parameters, true);
    } else if (type == u"product"_s) {
        setString(action, u"catalog_id", catalogId);
        setString(action, u"product_retailer_id", productRetailerId);
    } else if (type == u"product_list"_s) {
        setString(action, u"catalog_id", catalogId);
        setList(action, u"sections", productSections);
    } else if (type == u"catalog_message"_s) {
        setDefault(action, u"name", u"catalog_message"_s);
        setString(parameters, u"thumbnail_product_retailer_id", thumbnailProductRetailerId);
        setObject(action, u"parameters", parameters);
    } else if (type == u"voice_call"_s) {
        setDefault(action, u"name", u"voice_call"_s);
        setObject(action, u"parameters", voiceCall.toJson(parameters));
    } else if (type == u"call_permission_request"_s || type == u"request_contact_info"_s) {
        setDefault(action, u"name", type); // the action is its name and nothing else
    } else if (type == u"carousel"_s) {
        setList(action, u"cards", cards);
    } else if (type == u"order_details"_s) {
        setDefault(action, u"name", u"review_and_pay"_s);
        setObject(action, u"parameters", orderDetails.toJson(parameters), true);
    } else if (type == u"order_status"_s) {
        setDefault(action, u"name", u"review_order"_s);
        setObject(action, u"parameters", orderStatus.toJson(parameters), true);
    }
    return action;
}

} // namespace Wac
