// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/storelocation.h"

#include <QString>
#include <QStringList>

namespace Wac {

/**
 * The folder customers' media files are fetched into, kept under a total size by removing the
 * oldest. File names are made here and never taken from the network: the inbound message's ID
 * and an extension known for its MIME type.
 */
class MediaCache
{
public:
    static constexpr qint64 defaultMaxBytes = qint64(500) * 1024 * 1024;

    explicit MediaCache(QString directory = defaultDirectory(), qint64 maxBytes = defaultMaxBytes);

    /// The XDG cache's `waconsole/media`, shared by the window and waconsole-cli as the history
    /// file is (their application names, and so their own cache folders, differ).
    static QString defaultDirectory();
    /// Where the files of `store`'s customers go: the default folder for this computer's file, a
    /// folder of each team store's own in it, since the store's row IDs name the files.
    static QString directoryFor(const StoreLocation &store);

    const QString &directory() const { return m_directory; }

    qint64 maxBytes() const { return m_maxBytes; }

    /// Creates the folder (for this user only); false and `error` when it cannot be.
    bool prepare(QString *error) const;
    /// Where the file of inbound message `inboundId` goes.
    QString pathFor(qint64 inboundId, const QString &mimeType) const;
    /// ".jpg" for image/jpeg…; ".bin" for a type without a known extension.
    static QString extensionFor(const QString &mimeType);
    /// The inbound message a file of the cache belongs to; 0 for another file.
    static qint64 inboundIdOf(const QString &path);

    /// Removes the oldest files until the folder is within maxBytes(), never `kept`, and
    /// downloads left behind by a process that stopped; the files removed.
    QStringList evict(const QString &kept) const;

private:
    QString m_directory;
    qint64 m_maxBytes;
};

} // namespace Wac
