// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/pinpayload.h"

#include "core/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

QJsonObject PinPayload::skeleton()
{
    return {{u"type"_s, u"pin"_s}, {u"message_id"_s, QString()}, {u"expiration_days"_s, 30}};
}

PinPayload PinPayload::fromJson(const QJsonObject &object)
{
    return {string(object, u"type"), string(object, u"message_id"),
        optNumber(object, u"expiration_days")};
}

QJsonObject PinPayload::toJson(QJsonObject base) const
{
    setString(base, u"type", operation);
    setString(base, u"message_id", messageId);
    setNumber(base, u"expiration_days", expirationDays);
    return base;
}

} // namespace Wac
