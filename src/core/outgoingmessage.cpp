// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/outgoingmessage.h"

#include "core/bsuid.h"
#include "core/jsonfields.h"
#include "core/validation/validator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

OutgoingMessage::OutgoingMessage()
    : m_json {{u"messaging_product"_s, u"whatsapp"_s}, {u"recipient_type"_s, u"individual"_s},
        {u"to"_s, QString()}, {u"type"_s, u"text"_s},
        {u"text"_s, QJsonObject {{u"body"_s, QString()}}}}
{ }

namespace {

/// A media card with an image and a URL button, the commonest kind, for the user to fill.
QJsonObject blankCard(int index)
{
    return {{u"card_index"_s, index}, {u"type"_s, u"cta_url"_s},
        {u"header"_s,
            QJsonObject {
                {u"type"_s, u"image"_s}, {u"image"_s, QJsonObject {{u"link"_s, QString()}}}}},
        {u"action"_s,
            QJsonObject {{u"name"_s, u"cta_url"_s},
                {u"parameters"_s,
                    QJsonObject {{u"display_text"_s, QString()}, {u"url"_s, QString()}}}}}};
}

QJsonObject interactiveSkeleton(MessageType type)
{
    const QString name = interactiveWireType(type);
    QJsonObject action;
    using T = MessageType;
    switch (type) {
    case T::InteractiveList:
        action = {{u"button"_s, QString()}};
        break;
    case T::InteractiveCtaUrl:
        action = {{u"name"_s, name},
            {u"parameters"_s, QJsonObject {{u"display_text"_s, QString()}, {u"url"_s, QString()}}}};
        break;
    case T::InteractiveFlow:
        action = {{u"name"_s, name},
            {u"parameters"_s,
                QJsonObject {{u"flow_message_version"_s, u"3"_s}, {u"flow_cta"_s, QString()}}}};
        break;
    case T::InteractiveLocationRequest:
        action = {{u"name"_s, u"send_location"_s}};
        break;
    case T::InteractiveAddress:
        action = {{u"name"_s, name}, {u"parameters"_s, QJsonObject {{u"country"_s, QString()}}}};
        break;
    case T::InteractiveProduct:
        action = {{u"catalog_id"_s, QString()}, {u"product_retailer_id"_s, QString()}};
        break;
    case T::InteractiveProductList:
        action = {{u"catalog_id"_s, QString()}};
        break;
    case T::InteractiveCatalog:
    case T::InteractiveVoiceCall: // its parameters are optional: WhatsApp has defaults
    case T::InteractiveCallPermissionRequest:
    case T::InteractiveRequestContactInfo:
        action = {{u"name"_s, name}};
        break;
    case T::InteractiveCarousel:
        action = {{u"cards"_s, QJsonArray {blankCard(0), blankCard(1)}}}; // at least two
        break;
    case T::InteractiveOrderDetails:
        action = {{u"name"_s, u"review_and_pay"_s}, {u"parameters"_s, OrderDetails::skeleton()}};
        break;
    case T::InteractiveOrderStatus:
        action = {
            {u"name"_s, u"review_order"_s}, {u"parameters"_s, OrderStatusParameters::skeleton()}};
        break;
    default:
        break; // reply buttons: the user adds them
    }
    QJsonObject interactive {{u"type"_s, name}, {u"action"_s, action}};
    // Their body is optional: a blank one would only be an empty text to complain about.
    if (type != T::InteractiveProduct && type != T::InteractiveCallPermissionRequest)
        interactive.insert(u"body"_s, QJsonObject {{u"text"_s, QString()}});
    return interactive;
}

// The blank content of each type: what the user has to fill in, as empty values. Every type in
// the enum, with no default: a new type stops the build here until it has one.
QJsonValue skeletonOf(MessageType type)
{
    using T = MessageType;
    switch (type) {
    case T::Text:
        return QJsonObject {{u"body"_s, QString()}};
    case T::Reaction:
        return QJsonObject {{u"message_id"_s, QString()}, {u"emoji"_s, QString()}};
    case T::Contacts:
        return QJsonArray {QJsonObject {{u"name"_s,
            QJsonObject {{u"formatted_name"_s, QString()}, {u"first_name"_s, QString()}}}}};
    case T::Template:
        return QJsonObject {
            {u"name"_s, QString()}, {u"language"_s, QJsonObject {{u"code"_s, u"en_US"_s}}}};
    case T::InteractiveButton:
    case T::InteractiveList:
    case T::InteractiveCtaUrl:
    case T::InteractiveFlow:
    case T::InteractiveLocationRequest:
    case T::InteractiveAddress:
    case T::InteractiveProduct:
    case T::InteractiveProductList:
    case T::InteractiveCatalog:
    case T::InteractiveCarousel:
    case T::InteractiveVoiceCall:
    case T::InteractiveCallPermissionRequest:
    case T::InteractiveRequestContactInfo:
    case T::InteractiveOrderDetails:
    case T::InteractiveOrderStatus:
        return interactiveSkeleton(type);
    case T::Pin:
        return PinPayload::skeleton();
    case T::Image:
    case T::Audio:
    case T::Video:
    case T::Document:
    case T::Sticker:
    case T::Location:
    case T::MarkAsRead: // written by setType() itself
    case T::Unknown:
        break;
    }
    return QJsonObject();
}

} // namespace

OutgoingMessage OutgoingMessage::fromJson(const QJsonObject &body)
{
    OutgoingMessage message;
    message.m_json = body;
    return message;
}

OutgoingMessage OutgoingMessage::create(MessageType type)
{
    OutgoingMessage message;
    message.setType(type);
    return message;
}

QList<Diagnostic> OutgoingMessage::validate() const
{
    return Wac::validate(m_json);
}

MessageType OutgoingMessage::type() const
{
    return messageTypeOf(m_json);
}

void OutgoingMessage::setType(MessageType type)
{
    if (type == this->type() || type == MessageType::Unknown)
        return;
    const QString oldKey = m_json.value(u"type").toString(u"text"_s);
    m_json.remove(oldKey);
    if (type == MessageType::MarkAsRead) {
        for (const QStringView key :
            {QStringView(u"type"), QStringView(u"to"), QStringView(u"recipient_type"),
                QStringView(u"context"), QStringView(u"biz_opaque_callback_data")})
            m_json.remove(key);
        m_json.insert(u"status", u"read"_s);
        m_json.insert(u"message_id", QString());
        return;
    }
    for (const QStringView key :
        {QStringView(u"status"), QStringView(u"message_id"), QStringView(u"typing_indicator")})
        m_json.remove(key);
    const QString key = wireType(type);
    m_json.insert(u"type", key);
    m_json.insert(key, skeletonOf(type));
}

QJsonObject OutgoingMessage::content(QStringView key) const
{
    return m_json.value(key).toObject();
}

void OutgoingMessage::setContent(QStringView key, const QJsonObject &content)
{
    setObject(m_json, key, content, true);
}

QString OutgoingMessage::recipient() const
{
    // "to" wins when both are given (§1.11), so it is the address the field shows.
    const QJsonValue to = m_json.value(u"to");
    if (to.isDouble())
        return QString::number(to.toDouble(), 'f', 0); // a number Graph takes (§1.16)
    if (to.isUndefined() && m_json.value(u"recipient").isString())
        return m_json.value(u"recipient").toString();
    return to.toString();
}

void OutgoingMessage::setRecipient(const QString &address)
{
    // The field gives back what recipient() showed for a body it did not change: then a
    // number, a "to" beside a "recipient" or an empty "to" the body lacked stay as they were.
    if (address == recipient())
        return;
    if (Bsuid::looksLike(address)) {
        m_json.insert(u"recipient", address);
        m_json.remove(u"to");
        return;
    }
    m_json.remove(u"recipient");
    setString(m_json, u"to", address);
}

bool OutgoingMessage::isGroup() const
{
    return m_json.value(u"recipient_type").toString() == u"group"_s;
}

void OutgoingMessage::setGroup(bool group)
{
    if (group == isGroup())
        return;
    // An individual's message may leave recipient_type out; one that had "group" says so.
    m_json.insert(u"recipient_type", group ? u"group"_s : u"individual"_s);
    if (group)
        m_json.remove(u"recipient"); // a group is addressed by its ID in "to"
}

std::optional<QString> OutgoingMessage::replyTo() const
{
    return optString(content(u"context"), u"message_id");
}

void OutgoingMessage::setReplyTo(const std::optional<QString> &wamid)
{
    QJsonObject context = content(u"context");
    setString(context, u"message_id", wamid);
    setObject(m_json, u"context", context);
}

std::optional<QString> OutgoingMessage::callbackData() const
{
    return optString(m_json, u"biz_opaque_callback_data");
}

void OutgoingMessage::setCallbackData(const std::optional<QString> &data)
{
    setString(m_json, u"biz_opaque_callback_data", data);
}

TextPayload OutgoingMessage::text() const
{
    return TextPayload::fromJson(content(u"text"));
}

void OutgoingMessage::setText(const TextPayload &payload)
{
    setContent(u"text", payload.toJson(content(u"text")));
}

ReactionPayload OutgoingMessage::reaction() const
{
    return ReactionPayload::fromJson(content(u"reaction"));
}

void OutgoingMessage::setReaction(const ReactionPayload &payload)
{
    setContent(u"reaction", payload.toJson(content(u"reaction")));
}

MediaPayload OutgoingMessage::media() const
{
    return MediaPayload::fromJson(content(wireType(type())));
}

void OutgoingMessage::setMedia(const MediaPayload &payload)
{
    const QString key = wireType(type());
    if (isMedia(type()))
        setContent(key, payload.toJson(content(key)));
}

LocationPayload OutgoingMessage::location() const
{
    return LocationPayload::fromJson(content(u"location"));
}

void OutgoingMessage::setLocation(const LocationPayload &payload)
{
    setContent(u"location", payload.toJson(content(u"location")));
}

QList<Contact> OutgoingMessage::contacts() const
{
    return list<Contact>(m_json, u"contacts");
}

void OutgoingMessage::setContacts(const QList<Contact> &contacts)
{
    setList(m_json, u"contacts", contacts);
}

InteractivePayload OutgoingMessage::interactive() const
{
    return InteractivePayload::fromJson(content(u"interactive"));
}

void OutgoingMessage::setInteractive(const InteractivePayload &payload)
{
    setContent(u"interactive", payload.toJson(content(u"interactive")));
}

TemplatePayload OutgoingMessage::templatePayload() const
{
    return TemplatePayload::fromJson(content(u"template"));
}

void OutgoingMessage::setTemplatePayload(const TemplatePayload &payload)
{
    setContent(u"template", payload.toJson(content(u"template")));
}

MarkReadPayload OutgoingMessage::markRead() const
{
    return MarkReadPayload::fromJson(m_json);
}

void OutgoingMessage::setMarkRead(const MarkReadPayload &payload)
{
    m_json = payload.toJson(m_json);
}

} // namespace Wac
