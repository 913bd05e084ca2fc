// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/validation/rules.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

constexpr int minPinDays = 1;
constexpr int maxPinDays = 30;
constexpr qsizetype messageIdLimit = 128; // as context.message_id

const QString pinAt = u"/pin"_s;

void groupOnly(Checker &c, const QJsonObject &message)
{
    const QString recipientType = message.value(u"recipient_type").toString();
    if (recipientType == u"group"_s)
        return;
    c.error(u"/recipient_type"_s, u"notGroup"_s,
        Tr::tr("A pin works only in a group: \"recipient_type\" must be \"group\", and \"to\" "
               "the group's ID."));
}

/// Days as a whole number; Meta's own example quotes it ("<EXPIRATION>"), so a string of digits
/// is read too, with a warning rather than the error a number of another kind gets.
std::optional<double> days(Checker &c, const QJsonValue &value, const QString &at)
{
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().toInt(&ok);
        if (!ok) {
            c.error(at, u"wrongType"_s, Tr::tr("\"expiration_days\" must be a number of days."));
            return std::nullopt;
        }
        c.warning(at, u"string"_s,
            Tr::tr("\"expiration_days\" is a string, as in Meta's example; a number is the "
                   "safer form."));
        return number;
    }
    if (!value.isDouble()) {
        c.error(at, u"wrongType"_s, Tr::tr("\"expiration_days\" must be a number of days."));
        return std::nullopt;
    }
    return value.toDouble();
}

void expirationDays(Checker &c, const QJsonObject &pin, bool pinning)
{
    const QString at = pinAt + u"/expiration_days"_s;
    const QJsonValue value = pin.value(u"expiration_days");
    if (value.isUndefined()) {
        if (pinning)
            c.error(at, u"required"_s, Tr::tr("\"expiration_days\" is required to pin."));
        return;
    }
    if (!pinning) {
        c.warning(at, u"ignored"_s, Tr::tr("\"expiration_days\" means nothing to an unpin."));
        return;
    }
    const std::optional<double> number = days(c, value, at);
    if (number
        && (*number != std::trunc(*number) || *number < minPinDays || *number > maxPinDays)) {
        c.error(at, u"outOfRange"_s,
            Tr::tr("\"expiration_days\" must be a whole number from %1 to %2, not %3.")
                .arg(minPinDays)
                .arg(maxPinDays)
                .arg(*number));
    }
}

} // namespace

void pin(Checker &c, const QJsonObject &message)
{
    groupOnly(c, message);
    const auto pin = c.object(message, {}, u"pin", Presence::Required);
    if (!pin)
        return;
    const auto operation = c.string(*pin, pinAt, u"type", Presence::Required);
    const bool known = operation && c.oneOf(pinAt, u"type", *operation, {u"pin", u"unpin"});
    c.text(*pin, pinAt, u"message_id", Presence::Required, messageIdLimit);
    if (known)
        expirationDays(c, *pin, *operation == u"pin"_s);
    c.knownFields(*pin, pinAt, {u"type", u"message_id", u"expiration_days"});
}

} // namespace Wac::Rules
