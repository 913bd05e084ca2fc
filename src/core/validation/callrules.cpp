// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The kinds Meta added for calling and for asking a user's phone number (cloud-api-2026.md
// §1.3–1.5): the voice-call button, the call permission request and the contact info request.
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/rules.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

// "Send WhatsApp Call Button Messages and Deep Links" (Jun 26 2026).
constexpr qsizetype callTextLimit = 20; ///< WhatsApp shows "Call Now" without one
constexpr double minTtlMinutes = 1;
constexpr double maxTtlMinutes = 43200; ///< 30 days; 10080 (7 days) when absent
constexpr qsizetype callPayloadLimit = 512; ///< comes back as cta_payload in calls webhooks

void ttlMinutes(Checker &c, const QJsonObject &parameters, const QString &at)
{
    const auto ttl = c.number(parameters, at, u"ttl_minutes");
    if (!ttl)
        return;
    const QString ttlAt = JsonPointer::child(at, u"ttl_minutes"_s);
    if (std::floor(*ttl) != *ttl) {
        c.error(ttlAt, u"notInteger"_s,
            Tr::tr("\"ttl_minutes\" must be a whole number of minutes, not %1.").arg(*ttl));
    } else if (*ttl < minTtlMinutes || *ttl > maxTtlMinutes) {
        c.error(ttlAt, u"outOfRange"_s,
            Tr::tr("\"ttl_minutes\" is %1; it must be between %2 and %3 (30 days).")
                .arg(QString::number(*ttl), QString::number(minTtlMinutes),
                    QString::number(maxTtlMinutes)));
    }
}

} // namespace

void voiceCallAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    actionName(c, action, pointer, u"voice_call"_s);
    c.knownFields(action, pointer, {u"name", u"parameters"});
    // Every parameter is optional, and so is the object: WhatsApp has a default for each.
    const auto parameters = c.object(action, pointer, u"parameters");
    if (!parameters)
        return;
    const QString at = JsonPointer::child(pointer, u"parameters"_s);
    c.text(*parameters, at, u"display_text", Presence::Optional, callTextLimit);
    ttlMinutes(c, *parameters, at);
    c.text(*parameters, at, u"payload", Presence::Optional, callPayloadLimit);
    c.knownFields(*parameters, at, {u"display_text", u"ttl_minutes", u"payload"});
}

void callPermissionRequestAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    // "Only the body can be customised": the action is its name and nothing else.
    actionName(c, action, pointer, u"call_permission_request"_s);
    c.knownFields(action, pointer, {u"name"});
}

void requestContactInfoAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    // The button's text cannot be customised: WhatsApp shows its own "Share contact info".
    actionName(c, action, pointer, u"request_contact_info"_s);
    c.knownFields(action, pointer, {u"name"});
}

bool renamedInteractiveType(Checker &c, const QString &type)
{
    if (type != u"contact_request"_s)
        return false;
    c.error(u"/interactive/type"_s, u"renamed"_s,
        Tr::tr("\"contact_request\" was renamed to \"request_contact_info\" (Meta's changelog, "
               "2026-05-28); the old name is refused."));
    return true;
}

} // namespace Wac::Rules
