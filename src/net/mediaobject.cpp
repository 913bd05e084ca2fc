// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/mediaobject.h"

#include "core/coretr.h"

#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qsizetype sha256Bytes = 32;

/// `file_size` is a number in the simulator and in some samples, a string in Meta's table.
std::optional<qint64> sizeOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double size = value.toDouble();
        if (size >= 0 && size == double(qint64(size)))
            return qint64(size);
        return std::nullopt;
    }
    static const QRegularExpression digits(u"^[0-9]{1,18}$"_s);
    if (value.isString() && digits.match(value.toString()).hasMatch())
        return value.toString().toLongLong();
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> MediaObject::digest(const QString &text)
{
    const QByteArray bytes = text.trimmed().toLatin1();
    static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
    if (hex.match(QString::fromLatin1(bytes)).hasMatch())
        return QByteArray::fromHex(bytes);
    for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        const auto decoded = QByteArray::fromBase64Encoding(
            bytes, encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == sha256Bytes)
            return decoded.decoded;
    }
    return std::nullopt;
}

std::optional<MediaObject> MediaObject::fromJson(
    const QJsonObject &answer, const QString &mediaId, QString *error)
{
    MediaObject media;
    const QString id = answer.value(u"id").toString(mediaId);
    if (id != mediaId) {
        *error = Tr::tr("the answer describes media %1, not %2").arg(id, mediaId);
        return std::nullopt;
    }
    media.url = QUrl(answer.value(u"url").toString(), QUrl::StrictMode);
    const QString scheme = media.url.scheme().toLower();
    if (!media.url.isValid() || media.url.host().isEmpty()
        || (scheme != u"https"_s && scheme != u"http"_s)) {
        *error = Tr::tr("it has no http(s) download URL");
        return std::nullopt;
    }
    const QJsonValue mimeType = answer.value(u"mime_type");
    if (!mimeType.isUndefined() && !mimeType.isString()) {
        *error = Tr::tr("its mime_type is not a string");
        return std::nullopt;
    }
    media.mimeType = mimeType.toString();
    if (answer.contains(u"file_size")) {
        const std::optional<qint64> size = sizeOf(answer.value(u"file_size"));
        if (!size) {
            *error = Tr::tr("its file_size is not a number of bytes");
            return std::nullopt;
        }
        media.fileSize = *size;
    }
    if (answer.contains(u"sha256")) {
        media.sha256Text = answer.value(u"sha256").toString();
        const std::optional<QByteArray> sha256 = digest(media.sha256Text);
        if (!sha256) {
            *error = Tr::tr("its sha256 is not a SHA-256 in hex or base64");
            return std::nullopt;
        }
        media.sha256 = *sha256;
    }
    return media;
}

} // namespace Wac
