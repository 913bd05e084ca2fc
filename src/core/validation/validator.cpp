// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/validation/validator.h"

#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/messagetype.h"
#include "core/validation/rules.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// The `type` values come from the one table of types, so a new type is known here at once.
const QStringList &messageTypes()
{
    static const QStringList types = wireTypes();
    return types;
}

/// The envelope's fields, then one content field per type (its `type` value names it).
const QList<QStringView> &messageFields()
{
    static const QList<QStringView> fields = [] {
        QList<QStringView> known = {u"messaging_product", u"recipient_type", u"to", u"recipient",
            u"type", u"context", u"biz_opaque_callback_data", u"recipient_identity_key_hash",
            u"message_activity_sharing"};
        for (const QString &type : messageTypes())
            known.append(type);
        return known;
    }();
    return fields;
}

void checkContext(Checker &c, const QJsonObject &message)
{
    const auto context = c.object(message, {}, u"context");
    if (!context)
        return;
    c.text(*context, u"/context"_s, u"message_id", Presence::Required, 128);
    c.knownFields(*context, u"/context"_s, {u"message_id"});
}

/// The group of the type whose `type` value is `wire`.
MessageGroup groupOfWire(const QString &wire)
{
    for (const MessageTypeInfo &entry : messageTypeTable()) {
        if (entry.wire == wire)
            return entry.group;
    }
    return MessageGroup::Unknown;
}

/// The message's `type`. The reference: "if omitted, type defaults to text"; but a message
/// with no text and another type's object meant that type, which is named, and that type's
/// rules are run too. A warning, not an error: one of Meta's own OpenAPI examples is written so,
/// and what Graph makes of it is not documented.
std::optional<QString> typeOf(Checker &c, const QJsonObject &message)
{
    if (message.contains(u"type"))
        return c.string(message, {}, u"type", Presence::Required);
    const auto guessed = Rules::guessedType(message, messageTypes());
    if (!guessed)
        return u"text"_s;
    c.warning(u"/type"_s, u"missing"_s,
        Tr::tr("\"type\" is missing, which the reference says means \"text\", but the message "
               "holds \"%1\" and no \"text\": add \"type\": \"%1\" to be sure it is sent as one.")
            .arg(*guessed));
    return guessed;
}

void dispatch(Checker &c, const QJsonObject &message, const QString &type)
{
    switch (groupOfWire(type)) {
    case MessageGroup::Text:
        Rules::text(c, message);
        return;
    case MessageGroup::Media:
        Rules::media(c, message, type);
        return;
    case MessageGroup::Location:
        Rules::location(c, message);
        return;
    case MessageGroup::Contacts:
        Rules::contacts(c, message);
        return;
    case MessageGroup::Interactive:
        Rules::interactive(c, message);
        return;
    case MessageGroup::Template:
        Rules::templateMessage(c, message);
        return;
    case MessageGroup::Reaction:
        Rules::reaction(c, message);
        return;
    case MessageGroup::Pin:
        Rules::pin(c, message);
        return;
    case MessageGroup::MarkAsRead: // recognised by its "status" before any type is read
    case MessageGroup::Unknown: // refused by the check of "type" before dispatch
        return;
    }
}

} // namespace

QStringList allowedHeaderTypes(const QString &interactiveType)
{
    return Rules::headerTypesFor(interactiveType);
}

QList<Diagnostic> validate(const QJsonValue &body)
{
    return validate(body, nullptr);
}

QList<Diagnostic> validate(const QJsonValue &body, FieldLimits *limits)
{
    QList<Diagnostic> out;
    Checker c(out, limits);
    if (!body.isObject()) {
        c.error({}, u"notObject"_s, Tr::tr("A message must be a JSON object."));
        return out;
    }
    const QJsonObject message = body.toObject();
    Rules::loneSurrogates(c, body, {});
    if (const auto product = c.string(message, {}, u"messaging_product", Presence::Required))
        c.oneOf({}, u"messaging_product", *product, {u"whatsapp"});

    // A body with "status" is a mark-as-read request, which has no recipient or type.
    if (message.contains(u"status") && !message.contains(u"type")) {
        Rules::markAsRead(c, message);
        return out;
    }

    if (const auto recipientType = c.string(message, {}, u"recipient_type"))
        c.oneOf({}, u"recipient_type", *recipientType, {u"individual", u"group"});
    Rules::recipient(c, message);
    checkContext(c, message);
    if (const auto data = c.string(message, {}, u"biz_opaque_callback_data"))
        c.maxLength(u"/biz_opaque_callback_data"_s, *data, 512);
    c.string(message, {}, u"recipient_identity_key_hash");
    c.boolean(message, {}, u"message_activity_sharing");

    c.knownFields(message, {}, messageFields());

    const auto type = typeOf(c, message);
    if (!type || !c.oneOf({}, u"type", *type, messageTypes()))
        return out;
    Rules::groupType(c, message, *type, groupOfWire(*type));
    for (const QString &other : messageTypes()) {
        if (other != *type && message.contains(other)) {
            c.warning(JsonPointer::child({}, other), u"ignored"_s,
                Tr::tr("\"%1\" is ignored because the message type is \"%2\".").arg(other, *type));
        }
    }
    dispatch(c, message, *type);
    return out;
}

} // namespace Wac
