// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/outgoingmessage.h"

#include "core/bsuid.h"
#include "core/jsonfields.h"
#include "core/messageskeleton.h"
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
    m_json.insert(key, messageSkeleton(type));
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
