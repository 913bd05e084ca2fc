// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/mediafile.h"

#include "core/coretr.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qint64 mib = 1024 * 1024;
constexpr int stickerSide = 512;
constexpr qint64 staticStickerLimit = 100 * 1024;

struct WebpInfo
{
    int width = 0;
    int height = 0;
    bool animated = false;
};

quint32 littleEndian(const QByteArray &data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | quint8(data.at(at + i));
    return value;
}

// The canvas size from a WebP file's first chunk (RIFF container, Google's WebP container
// specification): VP8 (lossy), VP8L (lossless) or VP8X (extended, which flags animation).
std::optional<WebpInfo> webpInfo(const QByteArray &data)
{
    if (data.size() < 30 || !data.startsWith("RIFF") || data.mid(8, 4) != "WEBP")
        return std::nullopt;
    const QByteArray chunk = data.mid(12, 4);
    WebpInfo info;
    if (chunk == "VP8X") {
        info.animated = (quint8(data.at(20)) & 0x02) != 0;
        info.width = int(littleEndian(data, 24, 3)) + 1;
        info.height = int(littleEndian(data, 27, 3)) + 1;
    } else if (chunk == "VP8L" && quint8(data.at(20)) == 0x2f) {
        const quint32 bits = littleEndian(data, 21, 4);
        info.width = int(bits & 0x3fff) + 1;
        info.height = int((bits >> 14) & 0x3fff) + 1;
    } else if (chunk == "VP8 ") {
        info.width = int(littleEndian(data, 26, 2) & 0x3fff);
        info.height = int(littleEndian(data, 28, 2) & 0x3fff);
    } else {
        return std::nullopt;
    }
    return info;
}

QString kindOf(const QString &mimeType)
{
    const QString bare = mimeType.section(u';', 0, 0).trimmed().toLower();
    if (bare == u"image/webp"_s)
        return u"sticker"_s;
    if (bare.startsWith(u"image/"_s))
        return u"image"_s;
    if (bare.startsWith(u"audio/"_s))
        return u"audio"_s;
    if (bare.startsWith(u"video/"_s))
        return u"video"_s;
    return u"document"_s;
}

QString checkSticker(const MediaFile &file)
{
    const std::optional<WebpInfo> info = webpInfo(file.data);
    if (!info)
        return Tr::tr("%1 is not a WebP image that can be read.").arg(file.fileName);
    if (info->width != stickerSide || info->height != stickerSide) {
        return Tr::tr("%1 is %2×%3 pixels; a sticker must be exactly %4×%4.")
            .arg(file.fileName)
            .arg(info->width)
            .arg(info->height)
            .arg(stickerSide);
    }
    if (!info->animated && file.data.size() > staticStickerLimit) {
        const QLocale locale;
        return Tr::tr("%1 is %2; a static sticker may be at most %3 (animated ones %4).")
            .arg(file.fileName, locale.formattedDataSize(file.data.size()),
                locale.formattedDataSize(staticStickerLimit),
                locale.formattedDataSize(MediaFile::limitFor(u"image/webp"_s)));
    }
    return {};
}

} // namespace

qint64 MediaFile::limitFor(const QString &mimeType)
{
    // Reference §4; "audio/ogg; codecs=opus" counts as audio/ogg.
    const QString bare = mimeType.section(u';', 0, 0).trimmed().toLower();
    static const QHash<QString, qint64> limits = {{u"audio/aac"_s, 16 * mib},
        {u"audio/amr"_s, 16 * mib}, {u"audio/mpeg"_s, 16 * mib}, {u"audio/mp4"_s, 16 * mib},
        {u"audio/ogg"_s, 16 * mib}, {u"text/plain"_s, 100 * mib}, {u"application/pdf"_s, 100 * mib},
        {u"application/vnd.ms-excel"_s, 100 * mib},
        {u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s, 100 * mib},
        {u"application/msword"_s, 100 * mib},
        {u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s, 100 * mib},
        {u"application/vnd.ms-powerpoint"_s, 100 * mib},
        {u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s, 100 * mib},
        {u"image/jpeg"_s, 5 * mib}, {u"image/png"_s, 5 * mib}, {u"image/webp"_s, 500 * 1024},
        {u"video/mp4"_s, 16 * mib}, {u"video/3gpp"_s, 16 * mib}};
    return limits.value(bare, -1);
}

MediaFile MediaFile::load(const QString &path, const QString &mimeType, const QString &kind)
{
    MediaFile file;
    file.path = path;
    file.fileName = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        file.problem = Tr::tr("Cannot read %1: %2").arg(path, in.errorString());
        return file;
    }
    file.mimeType = mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFile(path).name() : mimeType;
    const qint64 limit = limitFor(file.mimeType);
    if (limit < 0) {
        file.problem =
            Tr::tr("%1 is %2, which WhatsApp does not take; use JPEG or PNG images, MP4 or "
                   "3GPP video, AAC, AMR, MP3, MP4 or OGG/Opus audio, PDF, Office or text "
                   "documents, or WebP stickers.")
                .arg(file.fileName, file.mimeType);
        return file;
    }
    if (in.size() > limit) {
        const QLocale locale;
        file.problem = Tr::tr("%1 is %2; %3 files may be at most %4.")
                           .arg(file.fileName, locale.formattedDataSize(in.size()), file.mimeType,
                               locale.formattedDataSize(limit));
        return file;
    }
    if (!kind.isEmpty() && kindOf(file.mimeType) != kind) {
        file.problem = Tr::tr("%1 is %2, which a %3 message cannot carry.")
                           .arg(file.fileName, file.mimeType, kind);
        return file;
    }
    file.data = in.readAll();
    if (kind == u"sticker"_s)
        file.problem = checkSticker(file);
    return file;
}

} // namespace Wac
