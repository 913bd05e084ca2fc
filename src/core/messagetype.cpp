// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/messagetype.h"

using namespace Qt::StringLiterals;

namespace Wac {

const QList<MessageTypeInfo> &messageTypeTable()
{
    using T = MessageType;
    using G = MessageGroup;
    static const QList<MessageTypeInfo> table = {
        {T::Text, u"text", {}, u"text", G::Text},
        {T::Image, u"image", {}, u"image", G::Media},
        {T::Audio, u"audio", {}, u"audio", G::Media},
        {T::Video, u"video", {}, u"video", G::Media},
        {T::Document, u"document", {}, u"document", G::Media},
        {T::Sticker, u"sticker", {}, u"sticker", G::Media},
        {T::Location, u"location", {}, u"location", G::Location},
        {T::Contacts, u"contacts", {}, u"contacts", G::Contacts},
        {T::InteractiveButton, u"interactive", u"button", u"interactive.button", G::Interactive},
        {T::InteractiveList, u"interactive", u"list", u"interactive.list", G::Interactive},
        {T::InteractiveCtaUrl, u"interactive", u"cta_url", u"interactive.cta_url", G::Interactive},
        {T::InteractiveFlow, u"interactive", u"flow", u"interactive.flow", G::Interactive},
        {T::InteractiveLocationRequest, u"interactive", u"location_request_message",
            u"interactive.location_request_message", G::Interactive},
        {T::InteractiveAddress, u"interactive", u"address_message", u"interactive.address_message",
            G::Interactive},
        {T::InteractiveProduct, u"interactive", u"product", u"interactive.product", G::Interactive},
        {T::InteractiveProductList, u"interactive", u"product_list", u"interactive.product_list",
            G::Interactive},
        {T::InteractiveCatalog, u"interactive", u"catalog_message", u"interactive.catalog_message",
            G::Interactive},
        {T::InteractiveCarousel, u"interactive", u"carousel", u"interactive.carousel",
            G::Interactive},
        {T::InteractiveVoiceCall, u"interactive", u"voice_call", u"interactive.voice_call",
            G::Interactive},
        {T::InteractiveCallPermissionRequest, u"interactive", u"call_permission_request",
            u"interactive.call_permission_request", G::Interactive},
        {T::InteractiveRequestContactInfo, u"interactive", u"request_contact_info",
            u"interactive.request_contact_info", G::Interactive},
        {T::InteractiveOrderDetails, u"interactive", u"order_details", u"interactive.order_details",
            G::Interactive},
        {T::InteractiveOrderStatus, u"interactive", u"order_status", u"interactive.order_status",
            G::Interactive},
        {T::Template, u"template", {}, u"template", G::Template},
        {T::Reaction, u"reaction", {}, u"reaction", G::Reaction},
        {T::Pin, u"pin", {}, u"pin", G::Pin},
        {T::MarkAsRead, {}, {}, u"read", G::MarkAsRead},
    };
    return table;
}

const MessageTypeInfo *messageTypeInfo(MessageType type)
{
    for (const MessageTypeInfo &entry : messageTypeTable()) {
        if (entry.type == type)
            return &entry;
    }
    return nullptr;
}

QList<MessageType> allMessageTypes()
{
    QList<MessageType> types;
    for (const MessageTypeInfo &entry : messageTypeTable())
        types.append(entry.type);
    return types;
}

QString wireType(MessageType type)
{
    const MessageTypeInfo *entry = messageTypeInfo(type);
    return entry ? entry->wire.toString() : QString();
}

QString interactiveWireType(MessageType type)
{
    const MessageTypeInfo *entry = messageTypeInfo(type);
    return entry ? entry->interactive.toString() : QString();
}

QString messageTypeId(MessageType type)
{
    const MessageTypeInfo *entry = messageTypeInfo(type);
    return entry ? entry->id.toString() : u"unknown"_s;
}

MessageType messageTypeFromId(const QString &id)
{
    for (const MessageTypeInfo &entry : messageTypeTable()) {
        if (entry.id == id)
            return entry.type;
    }
    return MessageType::Unknown;
}

MessageGroup messageGroup(MessageType type)
{
    const MessageTypeInfo *entry = messageTypeInfo(type);
    return entry ? entry->group : MessageGroup::Unknown;
}

QStringList wireTypes()
{
    QStringList types;
    for (const MessageTypeInfo &entry : messageTypeTable()) {
        const QString wire = entry.wire.toString();
        if (!wire.isEmpty() && !types.contains(wire))
            types.append(wire);
    }
    return types;
}

QStringList interactiveWireTypes()
{
    QStringList kinds;
    for (const MessageTypeInfo &entry : messageTypeTable()) {
        if (!entry.interactive.isEmpty())
            kinds.append(entry.interactive.toString());
    }
    return kinds;
}

MessageType interactiveTypeOf(const QString &kind)
{
    for (const MessageTypeInfo &entry : messageTypeTable()) {
        if (!entry.interactive.isEmpty() && entry.interactive == kind)
            return entry.type;
    }
    return MessageType::Unknown;
}

MessageType messageTypeOf(const QJsonObject &body)
{
    if (body.contains(u"status") && !body.contains(u"type"))
        return MessageType::MarkAsRead;
    const QString wire = body.contains(u"type") ? body.value(u"type").toString() : u"text"_s;
    const QString interactive = wire == u"interactive"_s
        ? body.value(u"interactive").toObject().value(u"type").toString()
        : QString();
    for (const MessageTypeInfo &entry : messageTypeTable()) {
        if (entry.wire == wire && entry.interactive == interactive)
            return entry.type;
    }
    return MessageType::Unknown;
}

bool isMedia(MessageType type)
{
    return messageGroup(type) == MessageGroup::Media;
}

bool isInteractive(MessageType type)
{
    return messageGroup(type) == MessageGroup::Interactive;
}

} // namespace Wac
