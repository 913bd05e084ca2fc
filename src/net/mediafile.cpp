// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/mediafile.h"

#include "core/coretr.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qint64 mib = 1024 * 1024;

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

MediaFile MediaFile::load(const QString &path, const QString &mimeType)
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
    file.data = in.readAll();
    return file;
}

} // namespace Wac
