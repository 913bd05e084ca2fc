// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/templaterules.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

// Meta "Media card carousel templates": 2 to 10 cards, each with an image or video header and
// up to 2 buttons, the same components on every card. "Product card carousel templates":
// created with 2 cards, sent with up to 10, each header a product of the one catalog.
constexpr qsizetype minCards = 2;
constexpr qsizetype maxCards = 10;
constexpr int maxCardButtonIndex = 1;

/// What a card is made of, to compare cards: one code per component, in order (a header's
/// kind, the body, each button's index and kind), spelled out only for a finding.
struct CardShape
{
    enum Part
    {
        OtherHeader,
        ImageHeader,
        VideoHeader,
        ProductHeader,
        Body,
        QuickReply,
        Url,
    };

    QVarLengthArray<int, 8> parts; // a Part, or for a button Part + 8 * (index + 1)
    QString headerType;

    QString describe() const
    {
        // The parts are words of the user's language; a button's kind stays its sub_type,
        // which is what the JSON says.
        static const char *const names[] = {QT_TRANSLATE_NOOP("Wac", "header"),
            QT_TRANSLATE_NOOP("Wac", "image header"), QT_TRANSLATE_NOOP("Wac", "video header"),
            QT_TRANSLATE_NOOP("Wac", "product header"), QT_TRANSLATE_NOOP("Wac", "body"),
            "quick_reply", "url"};
        QStringList words;
        for (const int part : parts) {
            const int kind = part % 8;
            words.append(part < 8 ? Tr::tr(names[kind])
                                  : Tr::tr("%1 button %2", "a card's part: its sub_type, index")
                                        .arg(QString::fromLatin1(names[kind]))
                                        .arg(part / 8 - 1));
        }
        return words.join(u", "_s);
    }
};

struct CarouselState
{
    std::optional<CardShape> first;
    QString catalogId;
    QSet<int> cardIndexes;
};

void cardHeader(Checker &c, const QJsonObject &component, const QString &at, CardShape &shape,
    CarouselState &state)
{
    ParameterContext context;
    context.component = ParameterContext::Component::Header;
    context.inCarouselCard = true;
    templateParameters(c, component, at, context, 1, 1);
    const QJsonObject parameter = component.value(u"parameters").toArray().first().toObject();
    shape.headerType = parameter.value(u"type").toString();
    shape.parts.append(shape.headerType == u"image"_s ? CardShape::ImageHeader
            : shape.headerType == u"video"_s          ? CardShape::VideoHeader
            : shape.headerType == u"product"_s        ? CardShape::ProductHeader
                                                      : CardShape::OtherHeader);
    if (shape.headerType != u"product"_s)
        return;
    const QString catalog = parameter.value(u"product").toObject().value(u"catalog_id").toString();
    if (state.catalogId.isEmpty() || catalog.isEmpty()) {
        state.catalogId = state.catalogId.isEmpty() ? catalog : state.catalogId;
    } else if (catalog != state.catalogId) {
        c.error(at + u"/parameters/0/product/catalog_id"_s, u"otherCatalog"_s,
            Tr::tr("Catalog %1 differs from the first card's %2: a product carousel shows "
                   "products of one catalog.")
                .arg(catalog, state.catalogId));
    }
}

void cardButton(Checker &c, const QJsonObject &component, const QString &at, CardShape &shape,
    TemplateSend &cardSend)
{
    const QJsonValue subType = component.value(u"sub_type");
    const bool quickReply = subType.toString().compare(u"quick_reply"_s, Qt::CaseInsensitive) == 0;
    if (subType.isString() && !quickReply
        && subType.toString().compare(u"url"_s, Qt::CaseInsensitive) != 0) {
        c.oneOf(at, u"sub_type", subType.toString(), {u"quick_reply", u"url"});
        return;
    }
    const auto index = templateButton(c, component, at, ParameterContext(), cardSend);
    if (index && *index > maxCardButtonIndex) {
        c.error(at + u"/index"_s, u"outOfRange"_s,
            Tr::tr("A carousel card has at most 2 buttons: \"index\" is 0 or 1, not %1.")
                .arg(*index));
    }
    shape.parts.append(
        (quickReply ? CardShape::QuickReply : CardShape::Url) + 8 * (index.value_or(-1) + 1));
}

CardShape cardComponents(
    Checker &c, const QJsonArray &components, const QString &listAt, CarouselState &state)
{
    CardShape shape;
    TemplateSend cardSend; // button indexes are the card's own
    for (qsizetype i = 0; i < components.size(); ++i) {
        const auto component = c.element(components, listAt, i);
        const QString at = JsonPointer::child(listAt, i);
        const auto type =
            component ? c.string(*component, at, u"type", Presence::Required) : std::nullopt;
        if (!type || !c.oneOf(at, u"type", *type, {u"header", u"body", u"button"}))
            continue;
        if (*type == u"button"_s) {
            cardButton(c, *component, at, shape, cardSend);
            continue;
        }
        if (*type == u"header"_s) {
            cardHeader(c, *component, at, shape, state);
        } else {
            templateParameters(c, *component, at, ParameterContext(), 0, 1000);
            shape.parts.append(CardShape::Body);
        }
        c.knownFields(*component, at, {u"type", u"parameters"});
    }
    return shape;
}

void cardIndex(
    Checker &c, const QJsonObject &card, const QString &at, qsizetype cards, CarouselState &state)
{
    const QJsonValue value = card.value(u"card_index");
    const QString indexAt = JsonPointer::child(at, u"card_index"_s);
    if (value.isUndefined()) {
        c.error(indexAt, u"required"_s, Tr::tr("Each card needs its \"card_index\"."));
        return;
    }
    const auto index = wholeIndex(value, int(cards) - 1);
    if (!index) {
        c.error(indexAt, u"outOfRange"_s,
            Tr::tr("\"card_index\" must be a whole number from 0 to %1 (%2 cards are sent).")
                .arg(cards - 1)
                .arg(cards));
    } else if (state.cardIndexes.contains(*index)) {
        c.error(indexAt, u"duplicate"_s,
            Tr::tr("Card index %1 is used by more than one card.").arg(*index));
    }
    if (index)
        state.cardIndexes.insert(*index);
}

void card(
    Checker &c, const QJsonObject &card, const QString &at, qsizetype cards, CarouselState &state)
{
    c.knownFields(card, at, {u"card_index", u"components"});
    cardIndex(c, card, at, cards, state);
    const auto components = c.array(card, at, u"components", Presence::Required);
    if (!components)
        return;
    const QString listAt = JsonPointer::child(at, u"components"_s);
    const CardShape shape = cardComponents(c, *components, listAt, state);
    if (shape.headerType.isEmpty()) {
        c.error(listAt, u"noHeader"_s,
            Tr::tr("A carousel card needs a header component: an image, a video or a product."));
    }
    if (!state.first) {
        state.first = shape;
    } else if (shape.parts != state.first->parts) {
        c.error(listAt, u"mismatch"_s,
            Tr::tr("Every card of a carousel has the same components: this card has (%1), the "
                   "first card (%2).")
                .arg(shape.describe(), state.first->describe()));
    }
}

bool isProductCard(const QJsonObject &card)
{
    for (const QJsonValue &value : card.value(u"components").toArray()) {
        const QJsonObject component = value.toObject();
        if (component.value(u"type").toString() == u"header"_s) {
            const QJsonArray parameters = component.value(u"parameters").toArray();
            return parameters.first().toObject().value(u"type").toString() == u"product"_s;
        }
    }
    return false;
}

} // namespace

void templateCarousel(Checker &c, const QJsonObject &component, const QString &at)
{
    c.knownFields(component, at, {u"type", u"cards", u"parameters"}); // parameters: below
    c.notAllowed(
        component, at, u"parameters", Tr::tr("a carousel's values go in its cards' components."));
    const auto cards = c.array(component, at, u"cards", Presence::Required);
    if (!cards)
        return;
    const QString cardsAt = JsonPointer::child(at, u"cards"_s);
    const bool products = isProductCard(cards->first().toObject());
    // Meta states the 2-card minimum for creation only on the product page: one product card
    // is a warning, one media card an error.
    if (products && cards->size() == 1) {
        c.warning(cardsAt, u"tooFew"_s,
            Tr::tr("One product card: Meta creates product carousels with 2 cards."));
    } else {
        c.count(cardsAt, cards->size(), minCards, maxCards);
    }
    CarouselState state;
    for (qsizetype i = 0; i < cards->size(); ++i) {
        if (const auto element = c.element(*cards, cardsAt, i))
            card(c, *element, JsonPointer::child(cardsAt, i), cards->size(), state);
    }
}

} // namespace Wac::Rules
