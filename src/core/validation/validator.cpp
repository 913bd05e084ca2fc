// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/validation/validator.h"

#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/phonenumber.h"
#include "core/validation/rules.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QStringList &messageTypes()
{
    static const QStringList types = {u"text"_s, u"image"_s, u"audio"_s, u"video"_s, u"document"_s,
        u"sticker"_s, u"location"_s, u"contacts"_s, u"interactive"_s, u"template"_s, u"reaction"_s};
    return types;
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

void dispatch(Checker &c, const QJsonObject &message, const QString &type)
{
    if (type == u"text"_s)
        Rules::text(c, message);
    else if (type == u"reaction"_s)
        Rules::reaction(c, message);
    else if (type == u"location"_s)
        Rules::location(c, message);
    else if (type == u"contacts"_s)
        Rules::contacts(c, message);
    else if (type == u"interactive"_s)
        Rules::interactive(c, message);
    else if (type == u"template"_s)
        Rules::templateMessage(c, message);
    else
        Rules::media(c, message, type);
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

    c.knownFields(message, {},
        {u"messaging_product", u"recipient_type", u"to", u"recipient", u"type", u"context",
            u"biz_opaque_callback_data", u"recipient_identity_key_hash",
            u"message_activity_sharing", u"text", u"image", u"audio", u"video", u"document",
            u"sticker", u"location", u"contacts", u"interactive", u"template", u"reaction"});

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
