// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/rules.h"

using namespace Qt::StringLiterals;

// The interactive carousel (cloud-api-2026.md §1.1 media cards, §1.2 product cards).
namespace Wac::Rules {

namespace {

constexpr qsizetype minCards = 2;
constexpr qsizetype maxCards = 10;
constexpr double maxCardIndex = 9;
constexpr qsizetype cardBodyLimit = 160;
constexpr qsizetype cardBodyLineBreaks = 2;
constexpr qsizetype urlTextLimit = 20;
constexpr qsizetype urlLimit = 2048;
constexpr qsizetype replyIdLimit = 256;
constexpr qsizetype replyTitleLimit = 20;
// Meta's page states no maximum of quick replies per card and its example has two; pywa's
// docstring says "up to 3" and Jelou's docs "up to two buttons". The stricter is a warning.
constexpr qsizetype sdkQuickReplies = 2;
constexpr qsizetype retailerIdLimit = 256;

/// What the first card set and every other card must match (§1.1 "Button types and counts
/// must match across all cards"; §1.2 "All cards must use the same catalog_id").
struct Pattern
{
    QString type;
    QString buttons; ///< "url" or "quick_reply:<count>"
    QString catalogId;
    QSet<QString> indexes;
    QSet<QString> replyIds;
};

/// Whether `value` differs from the first card's, which the first call keeps in `first`.
bool differs(const QString &value, QString &first)
{
    if (first.isNull()) {
        first = value;
        return false;
    }
    return value != first;
}

void cardIndex(Checker &c, const QJsonObject &card, const QString &at, Pattern &seen)
{
    const auto index = c.number(card, at, u"card_index", Presence::Required);
    if (!index)
        return;
    const QString indexAt = JsonPointer::child(at, u"card_index"_s);
    if (*index != double(qint64(*index)) || *index < 0 || *index > maxCardIndex) {
        c.error(indexAt, u"outOfRange"_s,
            Tr::tr("\"card_index\" must be a whole number from 0 to %1.").arg(int(maxCardIndex)));
        return;
    }
    c.unique(seen.indexes, indexAt, QString::number(qint64(*index)));
}

void cardHeader(Checker &c, const QJsonObject &card, const QString &at)
{
    const auto header = c.object(card, at, u"header", Presence::Required);
    if (!header)
        return;
    const QString headerAt = JsonPointer::child(at, u"header"_s);
    const auto type = c.string(*header, headerAt, u"type", Presence::Required);
    // The key its type names is known even for a type refused: the type is what to fix.
    c.knownFields(
        *header, headerAt, {u"type", u"image", u"video", QStringView(type.value_or(u"type"_s))});
    if (!type || !c.oneOf(headerAt, u"type", *type, {u"image", u"video"}))
        return;
    const auto media = c.object(*header, headerAt, *type, Presence::Required);
    if (!media)
        return;
    const QString mediaAt = JsonPointer::child(headerAt, *type);
    mediaObject(c, *media, mediaAt, *type, MediaUse::InteractiveHeader);
    if (media->contains(u"id")) {
        c.warning(JsonPointer::child(mediaAt, u"id"_s), u"undocumented"_s,
            Tr::tr("Meta documents only a \"link\" for a carousel card's header; an uploaded "
                   "media \"id\" may be rejected."));
    }
}

void cardBody(Checker &c, const QJsonObject &card, const QString &at)
{
    const auto body = c.object(card, at, u"body");
    if (!body)
        return;
    const QString bodyAt = JsonPointer::child(at, u"body"_s);
    c.knownFields(*body, bodyAt, {u"text"});
    const auto text = c.text(*body, bodyAt, u"text", Presence::Required, cardBodyLimit);
    if (text && text->count(u'\n') > cardBodyLineBreaks) {
        c.error(JsonPointer::child(bodyAt, u"text"_s), u"tooManyLineBreaks"_s,
            Tr::tr("A card's \"text\" has %1 line breaks; at most %2 are allowed.")
                .arg(text->count(u'\n'))
                .arg(cardBodyLineBreaks));
    }
}

void urlButton(Checker &c, const QJsonObject &action, const QString &actionAt)
{
    actionName(c, action, actionAt, u"cta_url"_s);
    c.knownFields(action, actionAt, {u"name", u"parameters"});
    const auto parameters = c.object(action, actionAt, u"parameters", Presence::Required);
    if (!parameters)
        return;
    const QString at = JsonPointer::child(actionAt, u"parameters"_s);
    c.text(*parameters, at, u"display_text", Presence::Required, urlTextLimit);
    if (const auto url = c.text(*parameters, at, u"url", Presence::Required, urlLimit);
        url && !url->trimmed().isEmpty())
        c.httpUrl(JsonPointer::child(at, u"url"_s), *url);
    c.knownFields(*parameters, at, {u"display_text", u"url"});
}

void quickReply(Checker &c, const QJsonObject &button, const QString &at, Pattern &seen)
{
    c.knownFields(button, at, {u"type", u"quick_reply"});
    if (const auto type = c.string(button, at, u"type", Presence::Required))
        c.oneOf(at, u"type", *type, {u"quick_reply"});
    const auto reply = c.object(button, at, u"quick_reply", Presence::Required);
    if (!reply)
        return;
    const QString replyAt = JsonPointer::child(at, u"quick_reply"_s);
    c.knownFields(*reply, replyAt, {u"id", u"title"});
    c.text(*reply, replyAt, u"title", Presence::Required, replyTitleLimit);
    const auto id = c.text(*reply, replyAt, u"id", Presence::Required, replyIdLimit);
    if (!id)
        return;
    // Not a rule of Meta's: a tap returns only the id, so two alike cannot be told apart.
    if (seen.replyIds.contains(*id)) {
        c.warning(JsonPointer::child(replyAt, u"id"_s), u"duplicate"_s,
            Tr::tr("The quick-reply \"id\" \"%1\" is used on more than one button: a tap on "
                   "either returns the same id.")
                .arg(*id));
    }
    seen.replyIds.insert(*id);
}

/// The quick replies of a card; returns the kind-and-count the other cards must match.
QString quickReplies(Checker &c, const QJsonObject &action, const QString &actionAt, Pattern &seen)
{
    c.knownFields(action, actionAt, {u"buttons", u"name", u"parameters"}); // named below
    for (const QStringView key : {QStringView(u"name"), QStringView(u"parameters")}) {
        c.notAllowed(action, actionAt, key,
            Tr::tr("a card has either one URL button or quick-reply buttons, not both."));
    }
    const auto buttons = c.array(action, actionAt, u"buttons", Presence::Required);
    if (!buttons)
        return {};
    const QString listAt = JsonPointer::child(actionAt, u"buttons"_s);
    if (!c.count(listAt, buttons->size(), 1, buttons->size()))
        return {}; // no buttons to compare with the other cards'

    if (buttons->size() > sdkQuickReplies) {
        c.warning(listAt, u"overSdkLimit"_s,
            Tr::tr("%1 quick replies on a card: Meta states no maximum, but pywa documents up "
                   "to 3 and Jelou up to %2.")
                .arg(buttons->size())
                .arg(sdkQuickReplies));
    }
    for (qsizetype i = 0; i < buttons->size(); ++i) {
        if (const auto button = c.element(*buttons, listAt, i))
            quickReply(c, *button, JsonPointer::child(listAt, i), seen);
    }
    return u"quick_reply:"_s + QString::number(buttons->size());
}

void mediaCard(Checker &c, const QJsonObject &card, const QString &at, Pattern &seen)
{
    c.knownFields(card, at, {u"card_index", u"type", u"header", u"body", u"action"});
    cardHeader(c, card, at);
    cardBody(c, card, at);
    const auto action = c.object(card, at, u"action", Presence::Required);
    if (!action)
        return;
    const QString actionAt = JsonPointer::child(at, u"action"_s);
    QString buttons = u"url"_s;
    if (action->contains(u"buttons"))
        buttons = quickReplies(c, *action, actionAt, seen);
    else
        urlButton(c, *action, actionAt);
    if (buttons.isEmpty())
        return;
    if (differs(buttons, seen.buttons)) {
        c.error(actionAt, u"buttonsMismatch"_s,
            Tr::tr("Every card must have the same buttons: the first card has %1, this one %2.")
                .arg(seen.buttons, buttons));
    }
}

void productCard(Checker &c, const QJsonObject &card, const QString &at, Pattern &seen)
{
    c.knownFields(card, at, {u"card_index", u"type", u"header", u"body", u"action"});
    for (const QStringView key : {QStringView(u"header"), QStringView(u"body")})
        c.notAllowed(card, at, key, Tr::tr("a product card shows the product itself."));
    const auto action = c.object(card, at, u"action", Presence::Required);
    if (!action)
        return;
    const QString actionAt = JsonPointer::child(at, u"action"_s);
    c.knownFields(*action, actionAt, {u"product_retailer_id", u"catalog_id", u"buttons"});
    c.notAllowed(*action, actionAt, u"buttons", Tr::tr("a product card has no buttons."));
    c.text(*action, actionAt, u"product_retailer_id", Presence::Required, retailerIdLimit);
    const auto catalog =
        c.text(*action, actionAt, u"catalog_id", Presence::Required, retailerIdLimit);
    if (!catalog)
        return;
    if (differs(*catalog, seen.catalogId)) {
        c.error(JsonPointer::child(actionAt, u"catalog_id"_s), u"mismatch"_s,
            Tr::tr("All cards must use the same \"catalog_id\": the first card uses \"%1\".")
                .arg(seen.catalogId));
    }
}

void card(Checker &c, const QJsonObject &card, const QString &at, Pattern &seen)
{
    cardIndex(c, card, at, seen);
    const auto type = c.string(card, at, u"type", Presence::Required);
    // "cta_url" also for quick-reply cards, as in Meta's own examples (§1.1 quirks).
    if (!type || !c.oneOf(at, u"type", *type, {u"cta_url", u"product"}))
        return;
    if (differs(*type, seen.type)) {
        c.error(JsonPointer::child(at, u"type"_s), u"mismatch"_s,
            Tr::tr("Every card must be of one kind: the first card is \"%1\".").arg(seen.type));
        return; // its fields are checked once it is of the carousel's kind
    }
    if (*type == u"product"_s)
        productCard(c, card, at, seen);
    else
        mediaCard(c, card, at, seen);
}

} // namespace

void carouselAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    c.knownFields(action, pointer, {u"cards"});
    const auto cards = c.array(action, pointer, u"cards", Presence::Required);
    if (!cards)
        return;
    const QString listAt = JsonPointer::child(pointer, u"cards"_s);
    c.count(listAt, cards->size(), minCards, maxCards);
    Pattern seen;
    for (qsizetype i = 0; i < cards->size(); ++i) {
        if (const auto element = c.element(*cards, listAt, i))
            card(c, *element, JsonPointer::child(listAt, i), seen);
    }
}

} // namespace Wac::Rules
