// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/carouselcard.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

CarouselCard::Buttons CarouselCard::buttonsOf(const QJsonObject &action)
{
    return action.contains(u"buttons") ? Buttons::QuickReplies : Buttons::Url;
}

CarouselCard CarouselCard::fromJson(const QJsonObject &object)
{
    CarouselCard card;
    card.cardIndex = optNumber(object, u"card_index");
    card.type = string(object, u"type");
    if (object.value(u"header").isObject())
        card.header = InteractiveHeader::fromJson(object.value(u"header").toObject());
    const QJsonValue body = object.value(u"body");
    card.body = body.isObject() ? optString(body.toObject(), u"text") : std::nullopt;
    const QJsonObject action = object.value(u"action").toObject();
    card.buttons = buttonsOf(action);
    const QJsonObject parameters = action.value(u"parameters").toObject();
    card.displayText = string(parameters, u"display_text");
    card.url = string(parameters, u"url");
    card.quickReplies = list<QuickReply>(action, u"buttons");
    card.productRetailerId = string(action, u"product_retailer_id");
    card.catalogId = string(action, u"catalog_id");
    return card;
}

QJsonObject CarouselCard::toJson(QJsonObject base) const
{
    setNumber(base, u"card_index", cardIndex);
    setString(base, u"type", type);
    if (header)
        setObject(base, u"header", header->toJson(base.value(u"header").toObject()), true);
    else if (base.value(u"header").isObject())
        base.remove(u"header");
    const QJsonValue oldBody = base.value(u"body");
    const std::optional<QString> oldText =
        oldBody.isObject() ? optString(oldBody.toObject(), u"text") : std::nullopt;
    if (oldText != body) {
        QJsonObject part = oldBody.toObject();
        if (body) {
            part.insert(u"text", *body);
            base.insert(u"body", part);
        } else {
            base.remove(u"body");
        }
    }
    // A card without an action gets one only once there is something to put in it.
    const bool empty = displayText.isEmpty() && url.isEmpty() && quickReplies.isEmpty()
        && productRetailerId.isEmpty() && catalogId.isEmpty();
    if (base.contains(u"action") || !empty)
        setObject(base, u"action", actionJson(base.value(u"action").toObject()), true);
    return base;
}

QJsonObject CarouselCard::actionJson(QJsonObject action) const
{
    if (isProduct()) {
        setString(action, u"product_retailer_id", productRetailerId);
        setString(action, u"catalog_id", catalogId);
        return action;
    }
    // The other kind's keys go only when the kind changed: what was loaded stays as it was.
    const bool switched = buttonsOf(action) != buttons;
    if (buttons == Buttons::QuickReplies) {
        if (switched) {
            action.remove(u"name");
            action.remove(u"parameters");
            action.insert(u"buttons", QJsonArray());
        }
        setList(action, u"buttons", quickReplies);
        return action;
    }
    if (switched)
        action.remove(u"buttons");
    setDefault(action, u"name", u"cta_url"_s);
    QJsonObject parameters = action.value(u"parameters").toObject();
    setString(parameters, u"display_text", displayText);
    setString(parameters, u"url", url);
    setObject(action, u"parameters", parameters, true);
    return action;
}

} // namespace Wac
