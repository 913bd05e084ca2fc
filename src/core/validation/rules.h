// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/messagetype.h"
#include "core/validation/checker.h"

#include <functional>

// Internal to the validator: one function per message type, and the object checks that several
// types share (media objects, locations). Each takes the pointer of the object it checks.
namespace Wac::Rules {

/// Where a media object appears: captions and the unknown-field list depend on it.
enum class MediaUse
{
    Message,
    InteractiveHeader,
    TemplateParameter
};

/// `to` (a phone number, a group ID, or a number Graph accepts) and `recipient` (a BSUID).
void recipient(Checker &c, const QJsonObject &message);
/// With `recipient_type: "group"`, the types a group cannot receive (`kind` is `type`'s).
void groupType(Checker &c, const QJsonObject &message, const QString &type, MessageGroup kind);
/// For a message without `type` or `text`: the first of `types` whose object it holds.
std::optional<QString> guessedType(const QJsonObject &message, const QStringList &types);

void text(Checker &c, const QJsonObject &message);
void reaction(Checker &c, const QJsonObject &message);
void media(Checker &c, const QJsonObject &message, const QString &kind);
void location(Checker &c, const QJsonObject &message);
void contacts(Checker &c, const QJsonObject &message);
void interactive(Checker &c, const QJsonObject &message);
void templateMessage(Checker &c, const QJsonObject &message);
void markAsRead(Checker &c, const QJsonObject &message);
/// `type: "pin"`: pin or unpin a group message (groups only, expiration_days 1..30 for pin).
void pin(Checker &c, const QJsonObject &message);

/// Every string in `value` that holds half of a surrogate pair: a warning at its pointer.
void loneSurrogates(Checker &c, const QJsonValue &value, const QString &pointer);

/// The header types an interactive kind allows (none for product, catalog, address and
/// location-request messages).
QStringList headerTypesFor(const QString &interactiveType);

void mediaObject(Checker &c, const QJsonObject &media, const QString &pointer, const QString &kind,
    MediaUse use);
/// Latitude and longitude (required, in range); name and address warned about when
/// `wantNameAndAddress` (the legacy reference marks them required, SDKs do not).
void locationObject(
    Checker &c, const QJsonObject &location, const QString &pointer, bool wantNameAndAddress);

// The actions of each interactive type; `pointer` is "/interactive/action".
void buttonAction(Checker &c, const QJsonObject &action, const QString &pointer);
void listAction(Checker &c, const QJsonObject &action, const QString &pointer);
void ctaUrlAction(Checker &c, const QJsonObject &action, const QString &pointer);
void flowAction(Checker &c, const QJsonObject &action, const QString &pointer);
void locationRequestAction(Checker &c, const QJsonObject &action, const QString &pointer);
void addressAction(Checker &c, const QJsonObject &action, const QString &pointer);
void productAction(Checker &c, const QJsonObject &action, const QString &pointer);
void productListAction(Checker &c, const QJsonObject &action, const QString &pointer);
void catalogAction(Checker &c, const QJsonObject &action, const QString &pointer);
void voiceCallAction(Checker &c, const QJsonObject &action, const QString &pointer);
void callPermissionRequestAction(Checker &c, const QJsonObject &action, const QString &pointer);
void requestContactInfoAction(Checker &c, const QJsonObject &action, const QString &pointer);
/// Reports an interactive `type` Meta renamed (contact_request); true when it was one.
bool renamedInteractiveType(Checker &c, const QString &type);
/// carousel: 2–10 media cards or product cards, all alike (carouselrules.cpp).
void carouselAction(Checker &c, const QJsonObject &action, const QString &pointer);
void orderDetailsAction(Checker &c, const QJsonObject &action, const QString &pointer);
void orderStatusAction(Checker &c, const QJsonObject &action, const QString &pointer);

/// `reference_id` of an order (required): case-sensitive, at most 35 of [A-Za-z0-9_.-].
void referenceId(Checker &c, const QJsonObject &parameters, const QString &pointer);
/// The `order` of order_details at `pointer`: status, expiration, items and the amounts, with
/// the arithmetic Meta requires checked against `total` (total_amount, when readable).
void orderDetailsOrder(Checker &c, const QJsonObject &order, const QString &pointer,
    const QString &currency, std::optional<double> total, const QString &totalPointer);
/// A number under `key` that must be a whole one, at least `min`; none when it is not.
std::optional<double> wholeNumber(Checker &c, const QJsonObject &object, const QString &pointer,
    QStringView key, Presence presence, double min);
/// An amount of an order under `key` (tax, shipping, discount, total) as money() reads it, with
/// its optional description and discount program name.
std::optional<double> charge(Checker &c, const QJsonObject &order, const QString &pointer,
    QStringView key, Presence presence, const QString &currency);
/// An amount `{value, offset}` under `key`: integers, value ≥ 0, offset > 0 (100 for INR);
/// gives value / offset when it can be read.
std::optional<double> money(Checker &c, const QJsonObject &object, const QString &pointer,
    QStringView key, Presence presence, const QString &currency);

/// The sections of a list (rows) or product list (product_items): 1..`maxSections` sections,
/// each titled (at most 24 characters; required when there are several, per the legacy
/// reference; only recommended for a single one, per the 2026 list page) and holding at least
/// one item, with at most `maxItems` items across all of them. `item` checks each item at its
/// pointer; `totalMessage` ("%1 in total, at most %2") words the total in the type's terms.
void sections(Checker &c, const QJsonObject &action, const QString &pointer, QStringView itemsKey,
    qsizetype maxSections, qsizetype maxItems, const QString &totalMessage,
    const std::function<void(const QJsonObject &, const QString &)> &item);
/// `action.name`, which several interactive types require to be a fixed word.
void actionName(
    Checker &c, const QJsonObject &action, const QString &pointer, const QString &expected);

} // namespace Wac::Rules
