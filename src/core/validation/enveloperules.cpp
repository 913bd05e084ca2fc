// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/bsuid.h"
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/messagetype.h"
#include "core/phonenumber.h"
#include "core/validation/rules.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

/// The phone rules of reference §8 on what `to` holds (typed, or the digits of a number).
void phoneRules(Checker &c, const QString &to)
{
    const PhoneNumber phone = PhoneNumber::parse(to);
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

/// `to` as a JSON number: the Ruby SDK sends one and Graph accepts it (§1.16), so it is kept
/// as written with a warning, and the phone rules run on its digits. Nothing when it is no
/// whole positive number, which is reported.
std::optional<QString> digitsOfNumber(Checker &c, double value)
{
    // Every whole number below 10^16 is exact in a double, and one of 16 digits is too long
    // for a phone number anyway, which the phone rules then say.
    if (value < 1 || value >= 1e16 || std::trunc(value) != value) {
        c.error(u"/to"_s, u"wrongType"_s,
            Tr::tr("\"to\" is the number %1; a phone number is a string of digits.")
                .arg(QString::number(value, 'g', 17)));
        return std::nullopt;
    }
    const QString digits = QString::number(qint64(value));
    c.warning(u"/to"_s, u"number"_s,
        Tr::tr("\"to\" is a JSON number; Graph accepts it, but the reference and the SDKs send "
               "a string such as \"+%1\".")
            .arg(digits));
    return digits;
}

void checkBsuid(Checker &c, const QString &bsuid)
{
    const QString at = u"/recipient"_s;
    switch (Bsuid::check(bsuid)) {
    case Bsuid::Problem::None:
        return;
    case Bsuid::Problem::Empty:
        c.error(at, u"empty"_s,
            Tr::tr("\"recipient\" must hold a business-scoped user ID such as "
                   "US.13491208655302741918, or be left out."));
        return;
    case Bsuid::Problem::NoCountry:
        c.error(at, u"invalidFormat"_s,
            Tr::tr("\"recipient\" is \"%1\"; a business-scoped user ID starts with a two-letter "
                   "country code and a dot, as in US.13491208655302741918.")
                .arg(bsuid.left(40)));
        return;
    case Bsuid::Problem::InvalidCharacter:
        c.error(at, u"invalid"_s,
            Tr::tr("\"recipient\" is \"%1\"; after the country code (and ENT. for a parent ID) "
                   "a business-scoped user ID holds only letters and digits.")
                .arg(bsuid.left(40)));
        return;
    case Bsuid::Problem::TooLong:
        c.error(at, u"tooLong"_s,
            Tr::tr("\"recipient\" has an ID of %1 characters after its country code; the limit "
                   "is %2.")
                .arg(Bsuid::idPart(bsuid).size())
                .arg(Bsuid::maxIdLength));
        return;
    }
}

} // namespace

void recipient(Checker &c, const QJsonObject &message)
{
    const bool group = message.value(u"recipient_type").toString() == u"group"_s;
    const auto bsuid = c.string(message, {}, u"recipient");
    if (bsuid)
        checkBsuid(c, *bsuid);
    const QJsonValue toValue = message.value(u"to");
    if (bsuid && !toValue.isUndefined()) {
        c.warning(u"/recipient"_s, u"ignored"_s,
            Tr::tr("\"recipient\" is ignored: when both are given, the message goes to \"to\"."));
    }
    if (group) {
        // A group ID ("Y2FwaV9ncm91cDo…") is not a phone number: only its presence is checked.
        if (const auto id = c.string(message, {}, u"to", Presence::Required); id && id->isEmpty())
            c.error(u"/to"_s, u"empty"_s, Tr::tr("\"to\" must hold the group's ID."));
        return;
    }
    if (toValue.isDouble()) {
        if (const auto digits = digitsOfNumber(c, toValue.toDouble()))
            phoneRules(c, *digits);
        return;
    }
    const auto to = c.string(message, {}, u"to", bsuid ? Presence::Optional : Presence::Required);
    if (to)
        phoneRules(c, *to);
}

void groupType(Checker &c, const QJsonObject &message, const QString &type, MessageGroup kind)
{
    if (message.value(u"recipient_type").toString() != u"group"_s)
        return;
    // Meta's group page: "Not supported: interactive, commerce, authentication, calling";
    // the commerce and calling messages are interactive ones.
    if (kind == MessageGroup::Interactive) {
        c.error(u"/type"_s, u"notForGroups"_s,
            Tr::tr("A group cannot receive \"%1\" messages: groups take text, media and "
                   "templates only.")
                .arg(type));
    } else if (kind == MessageGroup::Location || kind == MessageGroup::Contacts
        || kind == MessageGroup::Reaction) {
        c.warning(u"/type"_s, u"notForGroups"_s,
            Tr::tr("Meta documents text, media and templates for groups; \"%1\" messages may be "
                   "rejected.")
                .arg(type));
    }
}

std::optional<QString> guessedType(const QJsonObject &message, const QStringList &types)
{
    if (message.contains(u"text"))
        return std::nullopt; // "type" defaults to text, and the text is there
    for (const QString &type : types) {
        if (type != u"text"_s && message.value(type).isObject())
            return type;
    }
    return std::nullopt;
}

} // namespace Wac::Rules
