// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/simplepayloads.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

TextPayload TextPayload::fromJson(const QJsonObject &object)
{
    return {string(object, u"body"), optBool(object, u"preview_url")};
}

QJsonObject TextPayload::toJson(QJsonObject base) const
{
    setString(base, u"body", body);
    setBool(base, u"preview_url", previewUrl);
    return base;
}

ReactionPayload ReactionPayload::fromJson(const QJsonObject &object)
{
    return {string(object, u"message_id"), string(object, u"emoji")};
}

QJsonObject ReactionPayload::toJson(QJsonObject base) const
{
    setString(base, u"message_id", messageId);
    setString(base, u"emoji", emoji);
    return base;
}

MediaPayload MediaPayload::fromJson(const QJsonObject &object)
{
    return {optString(object, u"id"), optString(object, u"link"), optString(object, u"caption"),
        optString(object, u"filename"), optBool(object, u"voice")};
}

QJsonObject MediaPayload::toJson(QJsonObject base) const
{
    setString(base, u"id", id);
    setString(base, u"link", link);
    setString(base, u"caption", caption);
    setString(base, u"filename", filename);
    setBool(base, u"voice", voice);
    return base;
}

LocationPayload LocationPayload::fromJson(const QJsonObject &object)
{
    return {optNumber(object, u"latitude"), optNumber(object, u"longitude"),
        optString(object, u"name"), optString(object, u"address")};
}

QJsonObject LocationPayload::toJson(QJsonObject base) const
{
    setNumber(base, u"latitude", latitude);
    setNumber(base, u"longitude", longitude);
    setString(base, u"name", name);
    setString(base, u"address", address);
    return base;
}

MarkReadPayload MarkReadPayload::fromJson(const QJsonObject &message)
{
    const QJsonObject typing = message.value(u"typing_indicator").toObject();
    return {string(message, u"message_id"), string(typing, u"type") == u"text"_s};
}

QJsonObject MarkReadPayload::toJson(QJsonObject base) const
{
    setDefault(base, u"status", u"read"_s);
    setString(base, u"message_id", messageId);
    if (typingIndicator != fromJson(base).typingIndicator) {
        if (typingIndicator)
            base.insert(u"typing_indicator", QJsonObject {{u"type"_s, u"text"_s}});
        else
            base.remove(u"typing_indicator");
    }
    return base;
}

} // namespace Wac
