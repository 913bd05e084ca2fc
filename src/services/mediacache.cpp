// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/mediacache.h"

#include "core/coretr.h"
#include "storage/datafolders.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

#include <algorithm>

#include "services/storekey.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

struct Extension
{
    const char *mimeType;
    const char16_t *extension;
};

// The types of reference §4, named as people know them; others ask the MIME database.
constexpr Extension extensions[] = {
    {"image/jpeg", u".jpg"},
    {"image/png", u".png"},
    {"image/webp", u".webp"},
    {"video/mp4", u".mp4"},
    {"video/3gpp", u".3gp"},
    {"video/3gp", u".3gp"},
    {"audio/aac", u".aac"},
    {"audio/amr", u".amr"},
    {"audio/mpeg", u".mp3"},
    {"audio/mp4", u".m4a"},
    {"audio/ogg", u".ogg"},
    {"text/plain", u".txt"},
    {"application/pdf", u".pdf"},
    {"application/vnd.ms-excel", u".xls"},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", u".xlsx"},
    {"application/msword", u".doc"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", u".docx"},
    {"application/vnd.ms-powerpoint", u".ppt"},
    {"application/vnd.openxmlformats-officedocument.presentationml.presentation", u".pptx"},
};

const QRegularExpression &cachedName()
{
    static const QRegularExpression name(u"^([1-9][0-9]{0,18})\\.[a-z0-9]{1,8}$"_s);
    return name;
}

// A download still arriving is hidden; one older than this belongs to a process that stopped.
constexpr qint64 staleDownloadSeconds = 24 * 60 * 60;

} // namespace

MediaCache::MediaCache(QString directory, qint64 maxBytes)
    : m_directory(std::move(directory))
    , m_maxBytes(maxBytes)
{ }

QString MediaCache::defaultDirectory()
{
    return DataFolders::cache() + u"/media"_s;
}

QString MediaCache::directoryFor(const StoreLocation &store)
{
    return store.isPostgres() ? defaultDirectory() + u"/team-"_s + storeKey(store)
                              : defaultDirectory();
}

bool MediaCache::prepare(QString *error) const
{
    if (QFileInfo(m_directory).isDir())
        return true;
    // Customers' files are theirs: the folder is for this user only.
    if (QDir().mkpath(m_directory)
        && QFile::setPermissions(
            m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return true;
    *error = Tr::tr("Cannot create the media folder %1.").arg(m_directory);
    return false;
}

QString MediaCache::extensionFor(const QString &mimeType)
{
    const QString bare = mimeType.section(u';', 0, 0).trimmed().toLower();
    for (const Extension &entry : extensions) {
        if (bare == QLatin1String(entry.mimeType))
            return QString::fromUtf16(entry.extension);
    }
    // The database knows only real suffixes; it is still the network's word, so it is checked.
    const QString suffix = QMimeDatabase().mimeTypeForName(bare).preferredSuffix().toLower();
    static const QRegularExpression plain(u"^[a-z0-9]{1,8}$"_s);
    return plain.match(suffix).hasMatch() ? u'.' + suffix : u".bin"_s;
}

QString MediaCache::pathFor(qint64 inboundId, const QString &mimeType) const
{
    return m_directory + u'/' + QString::number(inboundId) + extensionFor(mimeType);
}

qint64 MediaCache::inboundIdOf(const QString &path)
{
    const QRegularExpressionMatch match = cachedName().match(QFileInfo(path).fileName());
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

QStringList MediaCache::evict(const QString &kept) const
{
    QDir dir(m_directory);
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-staleDownloadSeconds);
    for (const QFileInfo &part :
        dir.entryInfoList({u".download-*"_s}, QDir::Files | QDir::Hidden | QDir::NoSymLinks)) {
        if (part.lastModified() < staleBefore)
            QFile::remove(part.filePath());
    }
    // Only files named as this class names them count: nothing else in the folder is touched.
    QList<QFileInfo> files;
    qint64 total = 0;
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::NoSymLinks)) {
        if (inboundIdOf(file.fileName()) == 0)
            continue;
        files.append(file);
        total += file.size();
    }
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        if (a.lastModified() != b.lastModified())
            return a.lastModified() < b.lastModified();
        return inboundIdOf(a.fileName()) < inboundIdOf(b.fileName());
    });
    const QString keptPath = QFileInfo(kept).absoluteFilePath();
    QStringList removed;
    for (const QFileInfo &file : std::as_const(files)) {
        if (total <= m_maxBytes)
            break;
        if (file.absoluteFilePath() == keptPath || !QFile::remove(file.filePath()))
            continue;
        total -= file.size();
        removed.append(file.filePath());
    }
    return removed;
}

} // namespace Wac
