// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templateslots.h"

#include "core/jsonpointer.h"

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

std::optional<TemplateSlot> buttonSlot(const TemplateButtonDefinition &button)
{
    TemplateSlot slot;
    slot.buttonIndex = button.index;
    slot.buttonText = button.text;
    slot.subType = button.subType();
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
    } else {
        return std::nullopt;
    }
    return slot;
}

QString componentType(const TemplateSlot &slot)
{
    switch (slot.kind) {
    case Kind::HeaderText:
    case Kind::HeaderMedia:
    case Kind::HeaderLocation:
        return u"header"_s;
    case Kind::BodyVariable:
        return u"body"_s;
    default:
        return u"button"_s;
    }
}

// What one slot's value is sent as: its kind's type, the variable's name when the template is
// named, and nothing else.
QJsonObject parameterJson(const TemplateDefinition &d, const TemplateSlot &slot,
    TemplateParameter value, const QList<TemplateParameter> &all, const QList<TemplateSlot> &slots)
{
    if (slot.kind == Kind::HeaderText || slot.kind == Kind::BodyVariable) {
        value.parameterName = d.isNamed() ? std::optional<QString>(slot.variable) : std::nullopt;
        if (value.type != u"currency"_s && value.type != u"date_time"_s)
            value.type = u"text"_s;
    } else {
        value.parameterName.reset();
    }
    if (slot.kind == Kind::ButtonOtp && value.text.value_or(QString()).isEmpty()) {
        for (qsizetype i = 0; i < slots.size(); ++i) {
            if (slots.at(i).kind == Kind::BodyVariable) {
                value.text = all.at(i).type == u"text"_s ? all.at(i).text : all.at(i).fallbackValue;
                break;
            }
        }
    }
    return value.toJson();
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
        p.type = u"action"_s;
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
    for (const TemplateButtonDefinition &button : d.buttons) {
        if (const auto slot = buttonSlot(button))
            slots.append(*slot);
    }
    return slots;
}

QJsonObject build(
    const TemplateDefinition &d, const QList<TemplateParameter> &values, QStringList *pointers)
{
    const QList<TemplateSlot> slots = of(d);
    QJsonArray components;
    QStringList at(slots.size());
    qsizetype i = 0;
    while (i < slots.size()) {
        const TemplateSlot &first = slots.at(i);
        const QString type = componentType(first);
        QJsonObject component {{u"type"_s, type}};
        if (first.isButton()) {
            component.insert(u"sub_type"_s, first.subType);
            component.insert(u"index"_s, first.buttonIndex);
        }
        QJsonArray parameters;
        const QString componentAt =
            JsonPointer::child(u"/template/components"_s, components.size());
        // A component gathers its run of slots: the header's, the body's, or one button's.
        for (; i < slots.size() && componentType(slots.at(i)) == type
             && (!first.isButton() || slots.at(i).buttonIndex == first.buttonIndex);
             ++i) {
            const TemplateParameter value = values.value(i, emptyValue(slots.at(i)));
            at[i] = JsonPointer::child(
                JsonPointer::child(componentAt, u"parameters"_s), parameters.size());
            if (slots.at(i).isButton() && !slots.at(i).required && isEmpty(value)) {
                at[i] = u"/template/components"_s;
                continue;
            }
            parameters.append(parameterJson(d, slots.at(i), value, values, slots));
        }
        if (parameters.isEmpty())
            continue;
        component.insert(u"parameters"_s, parameters);
        components.append(component);
    }
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
            break; // optional: left out
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
    const TemplatePayload payload = TemplatePayload::fromJson(templateObject);
    QList<TemplateParameter> values;
    for (const TemplateSlot &slot : of(d)) {
        std::optional<TemplateParameter> found;
        for (const TemplateComponent &c : payload.components) {
            if (c.type != componentType(slot) || (slot.isButton() && c.index != slot.buttonIndex))
                continue;
            if (slot.isButton() || slot.kind == Kind::HeaderMedia
                || slot.kind == Kind::HeaderLocation) {
                if (!c.parameters.isEmpty())
                    found = c.parameters.first();
                continue;
            }
            // Header and body variables: by name in a named template, by position otherwise.
            const qsizetype position =
                (slot.kind == Kind::BodyVariable ? d.bodyVariables : d.headerVariables)
                    .indexOf(slot.variable);
            for (qsizetype k = 0; k < c.parameters.size() && !found; ++k) {
                const TemplateParameter &p = c.parameters.at(k);
                if (d.isNamed() ? p.parameterName == slot.variable : k == position)
                    found = p;
            }
        }
        values.append(found.value_or(emptyValue(slot)));
    }
    return values;
}

} // namespace Wac::TemplateSlots
