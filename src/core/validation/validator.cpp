// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/validation/validator.h"

#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/messagetype.h"
#include "core/phonenumber.h"
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

void checkRecipient(Checker &c, const QJsonObject &message)
{
    const bool group = message.value(u"recipient_type").toString() == u"group"_s;
    const bool hasBsuid = message.contains(u"recipient");
    c.string(message, {}, u"recipient");
    const auto to =
        c.string(message, {}, u"to", hasBsuid ? Presence::Optional : Presence::Required);
    if (!to || group)
        return; // a group id is not a phone number
    const PhoneNumber phone = PhoneNumber::parse(*to);
    const QString at = u"/to"_s;
    switch (phone.problem()) {
    case PhoneNumber::Problem::None:
        break;
    case PhoneNumber::Problem::Empty:
        c.error(at, u"empty"_s, Tr::tr("\"to\" must hold the recipient's phone number."));
        return;
    case PhoneNumber::Problem::InvalidCharacter:
    case PhoneNumber::Problem::MisplacedPlus:
        c.error(at, u"invalid"_s,
            Tr::tr("\"to\" contains \"%1\"; a phone number may hold only digits, a leading +, "
                   "spaces, hyphens and parentheses.")
                .arg(phone.invalidCharacter()));
        return;
    case PhoneNumber::Problem::TooShort:
        c.error(at, u"tooShort"_s,
            Tr::tr("\"to\" has %1 digits; a phone number with its country code has at least %2.")
                .arg(phone.digits().size())
                .arg(PhoneNumber::minDigits));
        return;
    case PhoneNumber::Problem::TooLong:
        c.error(at, u"tooLong"_s,
            Tr::tr("\"to\" has %1 digits; an international number has at most %2.")
                .arg(phone.digits().size())
                .arg(PhoneNumber::maxDigits));
        return;
    }
    if (!phone.hasCountryCode()) {
        c.warning(at, u"noCountryCode"_s,
            Tr::tr("\"to\" has no leading + and country code: the business number's country "
                   "code will be prepended, which may reach the wrong person."));
    }
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
    if (const auto product = c.string(message, {}, u"messaging_product", Presence::Required))
        c.oneOf({}, u"messaging_product", *product, {u"whatsapp"});

    // A body with "status" is a mark-as-read request, which has no recipient or type.
    if (message.contains(u"status") && !message.contains(u"type")) {
        Rules::markAsRead(c, message);
        return out;
    }

    if (const auto recipientType = c.string(message, {}, u"recipient_type"))
        c.oneOf({}, u"recipient_type", *recipientType, {u"individual", u"group"});
    checkRecipient(c, message);
    checkContext(c, message);
    if (const auto data = c.string(message, {}, u"biz_opaque_callback_data"))
        c.maxLength(u"/biz_opaque_callback_data"_s, *data, 512);
    c.string(message, {}, u"recipient_identity_key_hash");
    c.boolean(message, {}, u"message_activity_sharing");

    c.knownFields(message, {}, messageFields());

    // The reference: "if omitted, type defaults to text".
    const auto type = message.contains(u"type") ? c.string(message, {}, u"type", Presence::Required)
                                                : std::optional<QString>(u"text"_s);
    if (!type || !c.oneOf({}, u"type", *type, messageTypes()))
        return out;
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
