// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/voicecallparameters.h"

#include "core/jsonfields.h"

namespace Wac {

using namespace JsonFields;

VoiceCallParameters VoiceCallParameters::fromJson(const QJsonObject &object)
{
    VoiceCallParameters p;
    p.displayText = optString(object, u"display_text");
    p.ttlMinutes = optNumber(object, u"ttl_minutes");
    p.payload = optString(object, u"payload");
    return p;
}

QJsonObject VoiceCallParameters::toJson(QJsonObject base) const
{
    setString(base, u"display_text", displayText);
    setNumber(base, u"ttl_minutes", ttlMinutes);
    setString(base, u"payload", payload);
    return base;
}

} // namespace Wac
