// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templatecomponents.h"

#include "core/jsonpointer.h"

using namespace Qt::StringLiterals;

namespace Wac::TemplateComponents {

namespace {

using Kind = TemplateSlot::Kind;

QString componentType(const TemplateSlot &slot)
{
    switch (slot.kind) {
    case Kind::HeaderText:
    case Kind::HeaderMedia:
    case Kind::HeaderLocation:
    case Kind::CardProduct:
        return u"header"_s;
    case Kind::BodyVariable:
        return u"body"_s;
    case Kind::OfferExpiration:
        return u"limited_time_offer"_s;
    case Kind::OrderStatus:
        return u"order_status"_s;
    case Kind::TapTarget:
        return u"tap_target_configuration"_s;
    default:
        return u"button"_s;
    }
}

// The first body value, which an OTP button left empty sends as its code.
std::optional<QString> firstBodyValue(
    const QList<TemplateSlot> &slots, const QList<TemplateParameter> &values)
{
    for (qsizetype i = 0; i < slots.size(); ++i) {
        if (slots.at(i).kind == Kind::BodyVariable && !slots.at(i).inCard()) {
            const TemplateParameter &p = values.value(i);
            return p.type == u"text"_s ? p.text : std::optional(p.fallbackValue);
        }
    }
    return std::nullopt;
}

// What one slot's value is sent as: its kind's type, the variable's name when the template is
// named, and nothing else.
QJsonObject parameterJson(const TemplateDefinition &d, const TemplateSlot &slot,
    TemplateParameter value, const QList<TemplateSlot> &slots, const QList<TemplateParameter> &all)
{
    if (slot.kind == Kind::HeaderText || slot.kind == Kind::BodyVariable) {
        value.parameterName = d.isNamed() ? std::optional<QString>(slot.variable) : std::nullopt;
        if (value.type != u"currency"_s && value.type != u"date_time"_s)
            value.type = u"text"_s;
    } else {
        value.parameterName.reset();
    }
    if (slot.kind == Kind::ButtonOtp && value.text.value_or(QString()).isEmpty())
        value.text = firstBodyValue(slots, all);
    // TemplateParameter writes only the value types it models; the offer's object is ours.
    if (slot.kind == Kind::OfferExpiration)
        return {{u"type"_s, value.type}, {value.type, value.object}};
    return value.toJson();
}

bool sameComponent(const TemplateSlot &a, const TemplateSlot &b)
{
    return componentType(a) == componentType(b) && a.cardIndex == b.cardIndex
        && (!a.isButton() || a.buttonIndex == b.buttonIndex);
}

QJsonArray cardComponents(const TemplateDefinition &d, const QList<TemplateSlot> &slots,
    const QList<TemplateParameter> &values, qsizetype &i, const QString &cardAt, QStringList &at);

// One component from the run of slots at `i` that belong to it; `i` moves past them.
void writeOne(const TemplateDefinition &d, const QList<TemplateSlot> &slots,
    const QList<TemplateParameter> &values, qsizetype &i, QJsonArray &components,
    const QString &componentsAt, QStringList &at)
{
    const TemplateSlot &first = slots.at(i);
    const QString componentAt = JsonPointer::child(componentsAt, components.size());
    QJsonObject component {{u"type"_s, componentType(first)}};
    if (first.isButton()) {
        component.insert(u"sub_type"_s, first.subType);
        component.insert(u"index"_s, first.buttonIndex);
    }
    QJsonArray parameters;
    for (; i < slots.size() && sameComponent(slots.at(i), first); ++i) {
        const TemplateParameter value = values.value(i, TemplateSlots::emptyValue(slots.at(i)));
        if (!slots.at(i).required && TemplateSlots::isEmpty(value)) {
            at[i] = componentsAt; // an optional value left out is found by its slot
            continue;
        }
        at[i] =
            JsonPointer::child(JsonPointer::child(componentAt, u"parameters"_s), parameters.size());
        parameters.append(parameterJson(d, slots.at(i), value, slots, values));
    }
    if (parameters.isEmpty())
        return;
    component.insert(u"parameters"_s, parameters);
    components.append(component);
}

void writeRange(const TemplateDefinition &d, const QList<TemplateSlot> &slots,
    const QList<TemplateParameter> &values, qsizetype &i, int card, QJsonArray &components,
    const QString &componentsAt, QStringList &at)
{
    while (i < slots.size() && (card < 0 || slots.at(i).cardIndex == card)) {
        if (card < 0 && slots.at(i).inCard()) {
            // Every card is sent, with its card_index, inside one carousel component.
            const QString carouselAt = JsonPointer::child(componentsAt, components.size());
            QJsonArray cards;
            while (i < slots.size() && slots.at(i).inCard()) {
                const int index = slots.at(i).cardIndex;
                const QString cardAt =
                    JsonPointer::child(JsonPointer::child(carouselAt, u"cards"_s), cards.size());
                cards.append(QJsonObject {{u"card_index"_s, index},
                    {u"components"_s, cardComponents(d, slots, values, i, cardAt, at)}});
            }
            components.append(QJsonObject {{u"type"_s, u"carousel"_s}, {u"cards"_s, cards}});
            continue;
        }
        writeOne(d, slots, values, i, components, componentsAt, at);
    }
}

QJsonArray cardComponents(const TemplateDefinition &d, const QList<TemplateSlot> &slots,
    const QList<TemplateParameter> &values, qsizetype &i, const QString &cardAt, QStringList &at)
{
    QJsonArray components;
    writeRange(d, slots, values, i, slots.at(i).cardIndex, components,
        JsonPointer::child(cardAt, u"components"_s), at);
    return components;
}

// The parameter of a button component that fills `slot`: a voice-call button carries its
// ttl_minutes and payload side by side, told apart by type.
std::optional<TemplateParameter> buttonValue(const TemplateSlot &slot, const TemplateComponent &c)
{
    const QString type = TemplateSlots::emptyValue(slot).type;
    for (const TemplateParameter &p : c.parameters) {
        if (p.type == type)
            return p;
    }
    if (!c.parameters.isEmpty() && slot.kind != Kind::ButtonTtl)
        return c.parameters.first();
    return std::nullopt;
}

bool matches(const TemplateSlot &slot, const TemplateComponent &c)
{
    if (c.type != componentType(slot))
        return false;
    if (!slot.isButton())
        return true;
    // Meta's voice-call example names its button by sub_type alone, with no index.
    return c.index ? *c.index == slot.buttonIndex
                   : c.subType.value_or(QString()).compare(slot.subType, Qt::CaseInsensitive) == 0;
}

std::optional<TemplateParameter> findIn(
    const TemplateDefinition &d, const TemplateSlot &slot, const QJsonArray &components)
{
    std::optional<TemplateParameter> found;
    for (const QJsonValue &json : components) {
        const TemplateComponent c = TemplateComponent::fromJson(json.toObject());
        if (!matches(slot, c))
            continue;
        if (slot.isButton()) {
            found = buttonValue(slot, c);
            continue;
        }
        if (slot.kind != Kind::HeaderText && slot.kind != Kind::BodyVariable) {
            if (!c.parameters.isEmpty())
                found = c.parameters.first();
            continue;
        }
        // Header and body variables: by name in a named template, by position otherwise.
        const QStringList &variables = slot.kind == Kind::HeaderText ? d.headerVariables
            : slot.inCard() ? d.cards.value(slot.cardIndex).bodyVariables
                            : d.bodyVariables;
        const qsizetype position = variables.indexOf(slot.variable);
        for (qsizetype k = 0; k < c.parameters.size() && !found; ++k) {
            const TemplateParameter &p = c.parameters.at(k);
            if (d.isNamed() ? p.parameterName == slot.variable : k == position)
                found = p;
        }
    }
    return found;
}

} // namespace

void write(const TemplateDefinition &d, const QList<TemplateSlot> &slots,
    const QList<TemplateParameter> &values, QJsonArray &components, const QString &componentsAt,
    QStringList &at)
{
    at = QStringList(slots.size());
    qsizetype i = 0;
    writeRange(d, slots, values, i, -1, components, componentsAt, at);
}

std::optional<TemplateParameter> find(
    const TemplateDefinition &d, const TemplateSlot &slot, const QJsonObject &templateObject)
{
    const QJsonArray components = templateObject.value(u"components").toArray();
    if (!slot.inCard())
        return findIn(d, slot, components);
    for (const QJsonValue &c : components) {
        if (c[u"type"].toString() != u"carousel"_s)
            continue;
        for (const QJsonValue &card : c[u"cards"].toArray()) {
            if (card[u"card_index"].toInt(-1) == slot.cardIndex)
                return findIn(d, slot, card[u"components"].toArray());
        }
    }
    return std::nullopt;
}

QJsonArray spelledAs(QJsonArray built, const QJsonArray &loaded)
{
    for (qsizetype i = 0; i < built.size() && i < loaded.size(); ++i) {
        QJsonObject b = built.at(i).toObject();
        const QJsonObject l = loaded.at(i).toObject();
        if (b.value(u"type") != l.value(u"type"))
            continue;
        const QString subType = l.value(u"sub_type").toString();
        if (subType.compare(b.value(u"sub_type").toString(), Qt::CaseInsensitive) == 0
            && !subType.isEmpty())
            b.insert(u"sub_type"_s, subType);
        if (b.contains(u"index") && l.value(u"index").isString())
            b.insert(u"index"_s, QString::number(b.value(u"index").toInt()));
        else if (b.contains(u"index") && !l.contains(u"index"))
            b.remove(u"index"_s);
        QJsonArray cards = b.value(u"cards").toArray();
        const QJsonArray loadedCards = l.value(u"cards").toArray();
        for (qsizetype k = 0; k < cards.size() && k < loadedCards.size(); ++k) {
            QJsonObject card = cards.at(k).toObject();
            card.insert(u"components"_s,
                spelledAs(card.value(u"components").toArray(),
                    loadedCards.at(k)[u"components"].toArray()));
            cards.replace(k, card);
        }
        if (!cards.isEmpty())
            b.insert(u"cards"_s, cards);
        built.replace(i, b);
    }
    return built;
}

} // namespace Wac::TemplateComponents
