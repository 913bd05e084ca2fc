// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templateslots.h"

#include "core/templates/templatecomponents.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac::TemplateSlots {

namespace {

using Kind = TemplateSlot::Kind;

TemplateSlot variableSlot(Kind kind, const QString &variable, const QString &example)
{
    TemplateSlot slot;
    slot.kind = kind;
    slot.variable = variable;
    slot.example = example;
    return slot;
}

QList<TemplateSlot> buttonSlots(const TemplateButtonDefinition &button, int card)
{
    TemplateSlot slot;
    slot.buttonIndex = button.index;
    slot.buttonText = button.text;
    slot.subType = button.subType();
    slot.cardIndex = card;
    if (button.type == u"URL"_s && !slot.subType.isEmpty()) {
        slot.kind = Kind::ButtonUrl;
        slot.url = button.url;
        const QString base = button.url.left(button.url.indexOf(u"{{"_s));
        slot.example =
            button.example.startsWith(base) ? button.example.mid(base.size()) : button.example;
    } else if (button.type == u"QUICK_REPLY"_s) {
        slot.kind = Kind::ButtonPayload;
        slot.required = false;
    } else if (button.type == u"COPY_CODE"_s) {
        slot.kind = Kind::ButtonCoupon;
        slot.example = button.example;
    } else if (button.type == u"FLOW"_s) {
        slot.kind = Kind::ButtonFlow;
        slot.required = false;
    } else if (button.type == u"OTP"_s) {
        slot.kind = Kind::ButtonOtp;
    } else if (button.type == u"CATALOG"_s) {
        // Without a thumbnail Graph shows the catalog's first product: the button may be left out.
        slot.kind = Kind::ButtonCatalog;
        slot.required = false;
    } else if (button.type == u"MPM"_s) {
        slot.kind = Kind::ButtonMpm;
    } else if (button.type == u"ORDER_DETAILS"_s) {
        slot.kind = Kind::ButtonOrderDetails;
    } else if (button.type == u"VOICE_CALL"_s) {
        // Both override what the template was approved with, so both may be left out.
        slot.kind = Kind::ButtonTtl;
        slot.required = false;
        TemplateSlot payload = slot;
        payload.kind = Kind::ButtonPayload;
        return {slot, payload};
    } else {
        return {};
    }
    return {slot};
}

void addCard(QList<TemplateSlot> &slots, const TemplateCardDefinition &card, int index)
{
    TemplateSlot header = variableSlot(card.isProduct() ? Kind::CardProduct : Kind::HeaderMedia,
        QString(), card.headerExampleMedia);
    header.mediaType = card.headerFormat.toLower();
    header.cardIndex = index;
    slots.append(header);
    for (qsizetype i = 0; i < card.bodyVariables.size(); ++i) {
        TemplateSlot slot =
            variableSlot(Kind::BodyVariable, card.bodyVariables.at(i), card.bodyExamples.value(i));
        slot.cardIndex = index;
        slots.append(slot);
    }
    for (const TemplateButtonDefinition &button : card.buttons)
        slots.append(buttonSlots(button, index));
}

} // namespace

TemplateParameter emptyValue(const TemplateSlot &slot)
{
    TemplateParameter p;
    switch (slot.kind) {
    case Kind::HeaderMedia:
        p.type = slot.mediaType;
        break;
    case Kind::HeaderLocation:
        p.type = u"location"_s;
        break;
    case Kind::ButtonPayload:
        p.type = u"payload"_s;
        break;
    case Kind::ButtonCoupon:
        p.type = u"coupon_code"_s;
        break;
    case Kind::ButtonFlow:
    case Kind::ButtonCatalog:
    case Kind::ButtonMpm:
    case Kind::ButtonOrderDetails:
        p.type = u"action"_s;
        break;
    case Kind::CardProduct:
        p.type = u"product"_s;
        break;
    case Kind::ButtonTtl:
        p.type = u"ttl_minutes"_s;
        break;
    case Kind::OfferExpiration:
        p.type = u"limited_time_offer"_s;
        break;
    case Kind::OrderStatus:
        p.type = u"order_status"_s;
        break;
    case Kind::TapTarget:
        p.type = u"tap_target_configuration"_s;
        break;
    default:
        p.type = u"text"_s;
    }
    return p;
}

bool isEmpty(const TemplateParameter &value)
{
    if (value.type == u"payload"_s)
        return value.payload.value_or(QString()).isEmpty();
    if (value.type == u"action"_s)
        return value.object.isEmpty();
    if (value.type == u"ttl_minutes"_s)
        return !value.ttlMinutes;
    if (value.type == u"tap_target_configuration"_s)
        return value.list.isEmpty() && value.object.isEmpty();
    return false;
}

QList<TemplateSlot> of(const TemplateDefinition &d)
{
    QList<TemplateSlot> slots;
    if (d.headerFormat == u"TEXT"_s) {
        for (qsizetype i = 0; i < d.headerVariables.size(); ++i)
            slots.append(
                variableSlot(Kind::HeaderText, d.headerVariables.at(i), d.headerExamples.value(i)));
    } else if (d.hasMediaHeader()) {
        TemplateSlot slot = variableSlot(Kind::HeaderMedia, QString(), d.headerExampleMedia);
        // GIF headers are sent as a video, the only animated format a send can carry.
        slot.mediaType = d.headerFormat == u"GIF"_s ? u"video"_s : d.headerFormat.toLower();
        slots.append(slot);
    } else if (d.headerFormat == u"LOCATION"_s) {
        slots.append(variableSlot(Kind::HeaderLocation, QString(), QString()));
    }
    for (qsizetype i = 0; i < d.bodyVariables.size(); ++i)
        slots.append(
            variableSlot(Kind::BodyVariable, d.bodyVariables.at(i), d.bodyExamples.value(i)));
    if (d.offerExpires)
        slots.append(variableSlot(Kind::OfferExpiration, QString(), QString()));
    if (d.orderStatus)
        slots.append(variableSlot(Kind::OrderStatus, QString(), QString()));
    for (qsizetype i = 0; i < d.cards.size(); ++i)
        addCard(slots, d.cards.at(i), int(i));
    for (const TemplateButtonDefinition &button : d.buttons)
        slots.append(buttonSlots(button, -1));
    // Meta's page names no kind of template the override is for, so any template with a
    // message to tap (a header or a body) may carry it; left empty, it is left out. Not an
    // authentication template: Meta fixes all of its text but the code.
    if ((!d.headerFormat.isEmpty() || !d.bodyText.isEmpty()) && d.category != u"AUTHENTICATION"_s) {
        TemplateSlot tap = variableSlot(Kind::TapTarget, QString(), QString());
        tap.required = false;
        slots.append(tap);
    }
    return slots;
}

QJsonObject build(
    const TemplateDefinition &d, const QList<TemplateParameter> &values, QStringList *pointers)
{
    QJsonArray components;
    QStringList at;
    TemplateComponents::write(d, of(d), values, components, u"/template/components"_s, at);
    // Without any component, an omitted button's place is the template itself.
    for (QString &pointer : at) {
        if (components.isEmpty() && pointer == u"/template/components"_s)
            pointer = u"/template"_s;
    }
    if (pointers)
        *pointers = at;
    QJsonObject out {{u"name"_s, d.name}, {u"language"_s, QJsonObject {{u"code"_s, d.language}}}};
    if (!components.isEmpty())
        out.insert(u"components"_s, components);
    return out;
}

int cardsSent(const QJsonObject &templateObject)
{
    for (const QJsonValue &c : templateObject.value(u"components").toArray()) {
        if (c[u"type"].toString() == u"carousel"_s)
            return int(c[u"cards"].toArray().size());
    }
    return -1;
}

QList<TemplateParameter> examples(const TemplateDefinition &d)
{
    QList<TemplateParameter> values;
    for (const TemplateSlot &slot : of(d)) {
        TemplateParameter p = emptyValue(slot);
        switch (slot.kind) {
        case Kind::HeaderMedia:
            p.media.link = slot.example.isEmpty() ? std::nullopt : std::optional(slot.example);
            break;
        case Kind::HeaderLocation:
            p.location.latitude = 0;
            p.location.longitude = 0;
            break;
        case Kind::ButtonPayload:
        case Kind::ButtonFlow:
        case Kind::ButtonCatalog:
        case Kind::ButtonTtl:
        case Kind::TapTarget:
            break; // optional: left out
        case Kind::CardProduct:
        case Kind::OfferExpiration:
        case Kind::ButtonMpm:
        case Kind::ButtonOrderDetails:
        case Kind::OrderStatus:
            break; // no example to send: the form asks
        case Kind::ButtonCoupon:
            p.couponCode = slot.example;
            break;
        default:
            p.text = slot.example;
        }
        values.append(p);
    }
    return values;
}

QList<TemplateParameter> read(const TemplateDefinition &d, const QJsonObject &templateObject)
{
    QList<TemplateParameter> values;
    for (const TemplateSlot &slot : of(d))
        values.append(TemplateComponents::find(d, slot, templateObject).value_or(emptyValue(slot)));
    return values;
}

} // namespace Wac::TemplateSlots
