// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/templates/templatecreationparts.h"

using namespace Qt::StringLiterals;

namespace Wac::TemplateCreation::Parts {

namespace {

constexpr int minCards = 2; // 2026 §1.6: "2 to 10 cards, fixed at creation"
constexpr int maxCards = 10;
constexpr int productCards = 2; // 2026 §1.6: "Create the template with exactly 2 cards"
constexpr qsizetype offerTextLimit = 16; // 2026 §1.7

/// What makes two cards alike (2026 §1.6 "All cards must have the same components"): the
/// component types, the header's format and the button types, in order.
QString shapeOf(const QJsonArray &components)
{
    QStringList parts;
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        QString part = component.value(u"type"_s).toString().toUpper();
        if (component.contains(u"format"_s))
            part += u':' + component.value(u"format"_s).toString().toUpper();
        for (const QJsonValue &button : component.value(u"buttons"_s).toArray())
            part += u':' + button.toObject().value(u"type"_s).toString().toUpper();
        parts.append(part);
    }
    return parts.join(u',');
}

/// 2026 §1.6: a media card's buttons are "from quick_reply, url and phone_number"; a product
/// card's is the single-product button (SPM, the seed's) or a URL.
void cardButtonKinds(Checker &c, const QJsonArray &buttons, const QString &buttonsAt)
{
    static const QStringList allowed {u"QUICK_REPLY"_s, u"URL"_s, u"PHONE_NUMBER"_s, u"SPM"_s};
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QString type = buttons.at(i).toObject().value(u"type"_s).toString();
        if (!type.isEmpty() && !allowed.contains(type.toUpper())) {
            c.error(JsonPointer::child(JsonPointer::child(buttonsAt, i), u"type"_s), u"notOnCard"_s,
                Tr::tr("A carousel card's buttons are quick replies, URL, phone number or "
                       "product buttons, not %1.")
                    .arg(type));
        }
    }
}

void cardComponents(
    Checker &c, const QJsonArray &components, const QString &componentsAt, const Context &context)
{
    Context card = context;
    card.inCard = true;
    bool header = false;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const auto component = c.element(components, componentsAt, i);
        if (!component)
            continue;
        const QString at = JsonPointer::child(componentsAt, i);
        const auto type = c.string(*component, at, u"type", Presence::Required);
        const QString upper = type ? type->toUpper() : QString();
        if (upper == u"HEADER"_s) {
            header = true;
            Parts::header(c, *component, at, card);
        } else if (upper == u"BODY"_s) {
            Parts::body(c, *component, at, card);
        } else if (upper == u"BUTTONS"_s) {
            Parts::buttons(c, *component, at, card);
            cardButtonKinds(
                c, component->value(u"buttons"_s).toArray(), JsonPointer::child(at, u"buttons"_s));
        } else if (type) {
            c.oneOf(at, u"type", *type, {u"HEADER", u"BODY", u"BUTTONS"});
        }
    }
    // 2026 §1.6: "Each card has an image or video header" (or a product one).
    if (!header) {
        c.error(componentsAt, u"headerRequired"_s, Tr::tr("Every carousel card has a header."));
    }
}

} // namespace

void carousel(Checker &c, const QJsonObject &carousel, const QString &at, const Context &context)
{
    const auto cards = c.array(carousel, at, u"cards", Presence::Required);
    if (!cards)
        return;
    const QString cardsAt = JsonPointer::child(at, u"cards"_s);
    c.count(cardsAt, cards->size(), minCards, maxCards);
    QString firstShape;
    for (qsizetype i = 0; i < cards->size(); ++i) {
        const auto card = c.element(*cards, cardsAt, i);
        if (!card)
            continue;
        const QString cardAt = JsonPointer::child(cardsAt, i);
        const auto components = c.array(*card, cardAt, u"components", Presence::Required);
        if (!components)
            continue;
        cardComponents(c, *components, JsonPointer::child(cardAt, u"components"_s), context);
        const QString shape = shapeOf(*components);
        if (i == 0) {
            firstShape = shape;
        } else if (shape != firstShape) {
            c.error(cardAt, u"differs"_s,
                Tr::tr("Card %1 differs from the first: all cards have the same components, "
                       "header format and buttons.")
                    .arg(i + 1));
        }
    }
    if (firstShape.startsWith(u"HEADER:PRODUCT"_s) && cards->size() != productCards
        && cards->size() >= minCards) {
        c.error(cardsAt, u"productCards"_s,
            Tr::tr("A product-card carousel is created with exactly %1 cards; it can send up "
                   "to 10 once approved.")
                .arg(productCards));
    }
    c.knownFields(carousel, at, {u"type", u"cards"});
}

void offer(Checker &c, const QJsonObject &offer, const QString &at, const Context &context)
{
    Q_UNUSED(context)
    const auto details = c.object(offer, at, u"limited_time_offer", Presence::Required);
    if (!details)
        return;
    const QString detailsAt = JsonPointer::child(at, u"limited_time_offer"_s);
    c.text(*details, detailsAt, u"text", Presence::Required, offerTextLimit);
    c.boolean(*details, detailsAt, u"has_expiration"); // 2026 §1.7: optional
    c.knownFields(*details, detailsAt, {u"text", u"has_expiration"});
    c.knownFields(offer, at, {u"type", u"limited_time_offer"});
}

} // namespace Wac::TemplateCreation::Parts
