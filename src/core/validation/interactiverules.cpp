// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/messagetype.h"
#include "core/textlength.h"
#include "core/validation/rules.h"

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

constexpr qsizetype bodyLimit = 1024;
constexpr qsizetype listBodyLimit = 4096; // 2026 list page; older sources say 1024 (§10 #1)
constexpr qsizetype headerTextLimit = 60;
constexpr qsizetype footerLimit = 60;

const QString interactiveAt = u"/interactive"_s;

} // namespace

QStringList headerTypesFor(const QString &type)
{
    using T = MessageType;
    switch (interactiveTypeOf(type)) {
    case T::InteractiveButton:
    case T::InteractiveCtaUrl:
        return {u"text"_s, u"image"_s, u"video"_s, u"document"_s};
    case T::InteractiveList:
    case T::InteractiveFlow:
    case T::InteractiveProductList:
        return {u"text"_s};
    case T::InteractiveOrderDetails: // Meta's example: an image; no page shows another kind
        return {u"image"_s};
    case T::InteractiveLocationRequest:
    case T::InteractiveAddress:
    case T::InteractiveProduct:
    case T::InteractiveCatalog:
    case T::InteractiveCarousel: // its headers are its cards'
    case T::InteractiveVoiceCall:
    case T::InteractiveCallPermissionRequest:
    case T::InteractiveRequestContactInfo:
    case T::InteractiveOrderStatus:
    case T::Text:
    case T::Image:
    case T::Audio:
    case T::Video:
    case T::Document:
    case T::Sticker:
    case T::Location:
    case T::Contacts:
    case T::Template:
    case T::Reaction:
    case T::Pin:
    case T::MarkAsRead:
    case T::Unknown:
        break;
    }
    return {};
}

namespace {

void header(Checker &c, const QJsonObject &interactive, const QString &type)
{
    const QStringList allowed = headerTypesFor(type);
    // Meta's call permission page: "no header or footer", only the body can be customised; a
    // carousel's headers are its cards' (§1.1: "No main header or footer").
    if (type == u"product"_s || type == u"location_request_message"_s
        || type == u"call_permission_request"_s || type == u"carousel"_s) {
        c.notAllowed(interactive, interactiveAt, u"header",
            Tr::tr("a \"%1\" message has no header.").arg(type));
        return;
    }
    const bool required = type == u"product_list"_s;
    const auto header = c.object(
        interactive, interactiveAt, u"header", required ? Presence::Required : Presence::Optional);
    if (!header)
        return;
    const QString at = u"/interactive/header"_s;
    if (allowed.isEmpty()) {
        c.warning(at, u"undocumented"_s,
            Tr::tr("No source documents a header on a \"%1\" message.").arg(type));
    }
    const auto headerType = c.string(*header, at, u"type", Presence::Required);
    if (headerType && !allowed.isEmpty() && c.oneOf(at, u"type", *headerType, allowed)) {
        if (*headerType == u"text"_s) {
            c.text(*header, at, u"text", Presence::Required, headerTextLimit);
        } else if (const auto media = c.object(*header, at, *headerType, Presence::Required)) {
            mediaObject(c, *media, JsonPointer::child(at, *headerType), *headerType,
                MediaUse::InteractiveHeader);
        }
    }
    c.knownFields(*header, at, {u"type", u"text", u"image", u"video", u"document"});
}

void body(Checker &c, const QJsonObject &interactive, const QString &type)
{
    const bool optional = type == u"product"_s || type == u"call_permission_request"_s;
    const auto body = c.object(
        interactive, interactiveAt, u"body", optional ? Presence::Optional : Presence::Required);
    if (!body)
        return;
    const QString at = u"/interactive/body"_s;
    const bool list = type == u"list"_s;
    const auto text =
        c.text(*body, at, u"text", Presence::Required, list ? listBodyLimit : bodyLimit);
    if (list && text && text->size() > bodyLimit) {
        const qsizetype length = TextLength::graphemes(*text);
        if (length > bodyLimit && length <= listBodyLimit) {
            c.warning(u"/interactive/body/text"_s, u"tooLong"_s,
                Tr::tr("\"text\" has %1 characters: the 2026 list page allows %2, but the "
                       "legacy reference and SDKs stop at %3.")
                    .arg(length)
                    .arg(listBodyLimit)
                    .arg(bodyLimit));
        }
    }
    c.knownFields(*body, at, {u"text"});
}

void footer(Checker &c, const QJsonObject &interactive, const QString &type)
{
    if (type == u"call_permission_request"_s || type == u"carousel"_s) {
        c.notAllowed(interactive, interactiveAt, u"footer",
            Tr::tr("a \"%1\" message has no footer.").arg(type));
        return;
    }
    const auto footer = c.object(interactive, interactiveAt, u"footer");
    if (!footer)
        return;
    c.text(*footer, u"/interactive/footer"_s, u"text", Presence::Required, footerLimit);
    c.knownFields(*footer, u"/interactive/footer"_s, {u"text"});
}

void action(Checker &c, const QJsonObject &action, MessageType type)
{
    const QString at = u"/interactive/action"_s;
    using T = MessageType;
    switch (type) {
    case T::InteractiveButton:
        return buttonAction(c, action, at);
    case T::InteractiveList:
        return listAction(c, action, at);
    case T::InteractiveCtaUrl:
        return ctaUrlAction(c, action, at);
    case T::InteractiveFlow:
        return flowAction(c, action, at);
    case T::InteractiveLocationRequest:
        return locationRequestAction(c, action, at);
    case T::InteractiveAddress:
        return addressAction(c, action, at);
    case T::InteractiveProduct:
        return productAction(c, action, at);
    case T::InteractiveProductList:
        return productListAction(c, action, at);
    case T::InteractiveCatalog:
        return catalogAction(c, action, at);
    case T::InteractiveCarousel:
        return carouselAction(c, action, at);
    case T::InteractiveVoiceCall:
        return voiceCallAction(c, action, at);
    case T::InteractiveCallPermissionRequest:
        return callPermissionRequestAction(c, action, at);
    case T::InteractiveRequestContactInfo:
        return requestContactInfoAction(c, action, at);
    case T::InteractiveOrderDetails:
        return orderDetailsAction(c, action, at);
    case T::InteractiveOrderStatus:
        return orderStatusAction(c, action, at);
    case T::Text:
    case T::Image:
    case T::Audio:
    case T::Video:
    case T::Document:
    case T::Sticker:
    case T::Location:
    case T::Contacts:
    case T::Template:
    case T::Reaction:
    case T::Pin:
    case T::MarkAsRead:
    case T::Unknown: // not an interactive kind: refused by the check of its type
        return;
    }
}

} // namespace

void interactive(Checker &c, const QJsonObject &message)
{
    const auto interactive = c.object(message, {}, u"interactive", Presence::Required);
    if (!interactive)
        return;
    const auto type = c.string(*interactive, interactiveAt, u"type", Presence::Required);
    if (!type)
        return;
    const QString typeAt = u"/interactive/type"_s;
    if (*type == u"form_message"_s) {
        c.warning(typeAt, u"undocumented"_s,
            Tr::tr("\"form_message\" appears in one reference example but no Cloud API page "
                   "documents it; it is sent as written and may be rejected."));
        return;
    }
    if (renamedInteractiveType(c, *type))
        return;
    // The modelled kinds come from the one table of types.
    static const QStringList kinds = interactiveWireTypes();
    if (!c.oneOf(interactiveAt, u"type", *type, kinds))
        return;
    header(c, *interactive, *type);
    body(c, *interactive, *type);
    footer(c, *interactive, *type);
    if (const auto act = c.object(*interactive, interactiveAt, u"action", Presence::Required))
        action(c, *act, interactiveTypeOf(*type));
    c.knownFields(*interactive, interactiveAt, {u"type", u"header", u"body", u"footer", u"action"});
}

void actionName(
    Checker &c, const QJsonObject &action, const QString &pointer, const QString &expected)
{
    if (const auto name = c.string(action, pointer, u"name", Presence::Required))
        c.oneOf(pointer, u"name", *name, {QStringView(expected)});
}

void sections(Checker &c, const QJsonObject &action, const QString &pointer, QStringView itemsKey,
    qsizetype maxSections, qsizetype maxItems, const QString &totalMessage,
    const std::function<void(const QJsonObject &, const QString &)> &item)
{
    const auto list = c.array(action, pointer, u"sections", Presence::Required);
    if (!list)
        return;
    const QString listAt = JsonPointer::child(pointer, u"sections"_s);
    c.count(listAt, list->size(), 1, maxSections);
    const bool several = list->size() > 1;
    qsizetype total = 0;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = JsonPointer::child(listAt, i);
        const auto section = c.element(*list, listAt, i);
        if (!section)
            continue;
        c.text(*section, at, u"title", several ? Presence::Required : Presence::Optional, 24);
        if (!several && !section->contains(u"title")) {
            c.warning(JsonPointer::child(at, u"title"_s), u"missing"_s,
                Tr::tr("\"title\" is missing: the 2026 reference marks a section title as "
                       "required even for a single section."));
        }
        c.knownFields(*section, at, {u"title", itemsKey});
        const auto items = c.array(*section, at, itemsKey, Presence::Required);
        if (!items)
            continue;
        const QString itemsAt = JsonPointer::child(at, itemsKey.toString());
        c.count(itemsAt, items->size(), 1, items->size()); // the limit counts all sections
        total += items->size();
        for (qsizetype k = 0; k < items->size(); ++k) {
            if (const auto element = c.element(*items, itemsAt, k))
                item(*element, JsonPointer::child(itemsAt, k));
        }
    }
    // Counted across sections: each section may be within the limit while the message is not.
    if (total > maxItems) {
        c.error(listAt, itemsKey.toString() + u".tooMany"_s, totalMessage.arg(total).arg(maxItems));
    }
}

} // namespace Wac::Rules
