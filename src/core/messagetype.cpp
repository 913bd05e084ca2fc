// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/messagetype.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

struct TypeInfo
{
    MessageType type;
    const char16_t *wire;
    const char16_t *interactive;
};

constexpr TypeInfo typeTable[] = {
    {MessageType::Text, u"text", u""},
    {MessageType::Image, u"image", u""},
    {MessageType::Audio, u"audio", u""},
    {MessageType::Video, u"video", u""},
    {MessageType::Document, u"document", u""},
    {MessageType::Sticker, u"sticker", u""},
    {MessageType::Location, u"location", u""},
    {MessageType::Contacts, u"contacts", u""},
    {MessageType::InteractiveButton, u"interactive", u"button"},
    {MessageType::InteractiveList, u"interactive", u"list"},
    {MessageType::InteractiveCtaUrl, u"interactive", u"cta_url"},
    {MessageType::InteractiveFlow, u"interactive", u"flow"},
    {MessageType::InteractiveLocationRequest, u"interactive", u"location_request_message"},
    {MessageType::InteractiveAddress, u"interactive", u"address_message"},
    {MessageType::InteractiveProduct, u"interactive", u"product"},
    {MessageType::InteractiveProductList, u"interactive", u"product_list"},
    {MessageType::InteractiveCatalog, u"interactive", u"catalog_message"},
    {MessageType::Template, u"template", u""},
    {MessageType::Reaction, u"reaction", u""},
    {MessageType::MarkAsRead, u"", u""},
};

const TypeInfo *info(MessageType type)
{
    for (const TypeInfo &entry : typeTable) {
        if (entry.type == type)
            return &entry;
    }
    return nullptr;
}

} // namespace

QList<MessageType> allMessageTypes()
{
    QList<MessageType> types;
    for (const TypeInfo &entry : typeTable)
        types.append(entry.type);
    return types;
}

QString wireType(MessageType type)
{
    const TypeInfo *entry = info(type);
    return entry ? QString::fromUtf16(entry->wire) : QString();
}

QString interactiveWireType(MessageType type)
{
    const TypeInfo *entry = info(type);
    return entry ? QString::fromUtf16(entry->interactive) : QString();
}

QString messageTypeId(MessageType type)
{
    if (type == MessageType::MarkAsRead)
        return u"read"_s;
    if (type == MessageType::Unknown)
        return u"unknown"_s;
    return isInteractive(type) ? u"interactive."_s + interactiveWireType(type) : wireType(type);
}

MessageType messageTypeFromId(const QString &id)
{
    for (const TypeInfo &entry : typeTable) {
        if (messageTypeId(entry.type) == id)
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
    for (const TypeInfo &entry : typeTable) {
        if (wire == QStringView(entry.wire) && interactive == QStringView(entry.interactive))
            return entry.type;
    }
    return MessageType::Unknown;
}

bool isMedia(MessageType type)
{
    return type == MessageType::Image || type == MessageType::Audio || type == MessageType::Video
        || type == MessageType::Document || type == MessageType::Sticker;
}

bool isInteractive(MessageType type)
{
    return type >= MessageType::InteractiveButton && type <= MessageType::InteractiveCatalog;
}

} // namespace Wac
