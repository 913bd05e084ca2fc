// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/inboundbuilder.h"

#include "core/phonenumber.h"
#include "sim/callreplies.h"
#include "sim/samplemedia.h"

#include <QCryptographicHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

const QStringList mediaTypes = {u"image"_s, u"document"_s, u"audio"_s, u"sticker"_s};
const QStringList allTypes = QStringList {u"text"_s} + mediaTypes
    + QStringList {u"location"_s, u"button_reply"_s, u"reaction"_s, u"call_permission_reply"_s,
        u"contact_info"_s};

/// Whether a customer can send a file of `mimeType` as a message of `type` (reference §4:
/// WebP only as a sticker, stickers only in WebP).
bool fitsType(const QString &type, const QByteArray &mimeType)
{
    const QByteArray bare = mimeType.split(';').first().trimmed().toLower();
    if (type == u"image"_s)
        return bare == "image/jpeg" || bare == "image/png";
    if (type == u"sticker"_s)
        return bare == "image/webp";
    if (type == u"audio"_s)
        return bare.startsWith("audio/");
    return bare.startsWith("application/") || bare.startsWith("text/");
}

QString requiredString(const QJsonObject &request, const QString &key, QString *error)
{
    const QString value = request.value(key).toString();
    if (value.isEmpty())
        *error = u"\"%1\" must be a non-empty string"_s.arg(key);
    return value;
}

} // namespace

std::optional<QJsonObject> InboundBuilder::build(const QJsonObject &request, QString *error)
{
    const QString type = request.value(u"type").toString(u"text"_s);
    std::optional<QJsonObject> content;
    if (type == u"text"_s) {
        content = QJsonObject {{u"type"_s, type},
            {u"text"_s, QJsonObject {{u"body"_s, request.value(u"text").toString(u"Hi"_s)}}}};
    } else if (mediaTypes.contains(type)) {
        content = media(type, request, error);
    } else if (type == u"location"_s) {
        content = location(request, error);
    } else if (type == u"button_reply"_s) {
        content = buttonReply(request, error);
    } else if (type == u"reaction"_s) {
        return reaction(request, error); // a reaction names its message itself, never quotes it
    } else if (type == u"call_permission_reply"_s) {
        content = CallReplies::permissionReply(request, m_now, error); // quotes the request
    } else if (type == u"contact_info"_s) {
        // Meta's contacts webhook after the tap quotes nothing.
        const QString waId = PhoneNumber::parse(request.value(u"from").toString())
                                 .normalized(m_phone.countryCode)
                                 .mid(1);
        return CallReplies::sharedContactInfo(request, waId, error);
    } else {
        *error = u"\"type\" must be one of: %1"_s.arg(allTypes.join(u", "_s));
        return std::nullopt;
    }
    const QString contextId = request.value(u"context_id").toString();
    if (content && !contextId.isEmpty())
        content->insert(u"context"_s, context(contextId));
    return content;
}

std::optional<QJsonObject> InboundBuilder::media(
    const QString &type, const QJsonObject &request, QString *error)
{
    SampleMedia file = SampleMedia::forType(type);
    if (request.contains(u"data")) {
        const auto decoded = QByteArray::fromBase64Encoding(
            request.value(u"data").toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            *error = u"\"data\" must be the file's bytes in base64"_s;
            return std::nullopt;
        }
        file.data = decoded.decoded;
        file.fileName = u"document"_s;
    }
    if (request.contains(u"mime_type"))
        file.mimeType = request.value(u"mime_type").toString().toUtf8();
    const std::optional<qint64> limit = MediaStore::limitFor(file.mimeType);
    if (!limit || !fitsType(type, file.mimeType)) {
        *error = u"\"mime_type\" %1 is not one a customer can send as %2 (reference §4)"_s.arg(
            QString::fromUtf8(file.mimeType), type);
        return std::nullopt;
    }
    if (file.data.size() > *limit) {
        *error = u"The file of %1 bytes is over the %2-byte limit for %3"_s.arg(file.data.size())
                     .arg(*limit)
                     .arg(QString::fromUtf8(file.mimeType));
        return std::nullopt;
    }
    QJsonObject object {{u"id"_s, m_media.add(m_phone.id, file.mimeType, file.data)},
        {u"mime_type"_s, QString::fromUtf8(file.mimeType)},
        {u"sha256"_s,
            QString::fromLatin1(
                QCryptographicHash::hash(file.data, QCryptographicHash::Sha256).toBase64())}};
    const QString caption = request.value(u"caption").toString();
    if (!caption.isEmpty() && (type == u"image"_s || type == u"document"_s))
        object.insert(u"caption"_s, caption);
    if (type == u"document"_s)
        object.insert(u"filename"_s, request.value(u"filename").toString(file.fileName));
    if (type == u"audio"_s)
        object.insert(u"voice"_s, request.value(u"voice").toBool(false));
    if (type == u"sticker"_s)
        object.insert(u"animated"_s, false);
    return QJsonObject {{u"type"_s, type}, {type, object}};
}

std::optional<QJsonObject> InboundBuilder::location(
    const QJsonObject &request, QString *error) const
{
    const QJsonValue latitude = request.value(u"latitude");
    const QJsonValue longitude = request.value(u"longitude");
    if (!latitude.isDouble() || !longitude.isDouble() || qAbs(latitude.toDouble()) > 90
        || qAbs(longitude.toDouble()) > 180) {
        *error = u"\"latitude\" (-90…90) and \"longitude\" (-180…180) must be numbers"_s;
        return std::nullopt;
    }
    QJsonObject object {{u"latitude"_s, latitude}, {u"longitude"_s, longitude}};
    // "name" is the customer's; the place's name has a key of its own.
    if (const QString name = request.value(u"location_name").toString(); !name.isEmpty())
        object.insert(u"name"_s, name);
    if (const QString address = request.value(u"address").toString(); !address.isEmpty())
        object.insert(u"address"_s, address);
    return QJsonObject {{u"type"_s, u"location"_s}, {u"location"_s, object}};
}

std::optional<QJsonObject> InboundBuilder::buttonReply(
    const QJsonObject &request, QString *error) const
{
    const QString id = requiredString(request, u"id"_s, error);
    const QString title = id.isEmpty() ? QString() : requiredString(request, u"title"_s, error);
    if (title.isEmpty())
        return std::nullopt;
    const QJsonObject reply {{u"id"_s, id}, {u"title"_s, title}};
    return QJsonObject {{u"type"_s, u"interactive"_s},
        {u"interactive"_s,
            QJsonObject {{u"type"_s, u"button_reply"_s}, {u"button_reply"_s, reply}}}};
}

std::optional<QJsonObject> InboundBuilder::reaction(
    const QJsonObject &request, QString *error) const
{
    const QString messageId = requiredString(request, u"message_id"_s, error);
    if (messageId.isEmpty())
        return std::nullopt;
    QJsonObject object {{u"message_id"_s, messageId}};
    // No emoji is a reaction taken back (reference §6.3).
    if (const QString emoji = request.value(u"emoji").toString(); !emoji.isEmpty())
        object.insert(u"emoji"_s, emoji);
    return QJsonObject {{u"type"_s, u"reaction"_s}, {u"reaction"_s, object}};
}

QJsonObject InboundBuilder::context(const QString &wamid) const
{
    // A reply's context names the business number it quotes, in digits, and the message.
    return {{u"from"_s, PhoneNumber::parse(m_phone.displayNumber).digits()}, {u"id"_s, wamid}};
}

} // namespace Wac::Sim
