// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/mediadownloadresult.h"
#include "net/mediaobject.h"
#include "net/sendresult.h"
#include "storage/inboxrecord.h"
#include "storage/profile.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Wac {

class CloudApiClient;
class GraphAccess;
class MediaCache;
class MediaDownload;

/**
 * One customer's media file, fetched: the profile's token, `GET /{media-id}` for a URL (it
 * lasts minutes, so it is asked for just before the download), the download with the same
 * bearer, the checks (size, and the SHA-256 the webhook and the description give) and the move
 * into the cache. A 404 on the download is an expired URL: a new one is asked for, once.
 * It ends with fetched() or failed(), once; MediaFetcher records which.
 */
class MediaFetch : public QObject
{
    Q_OBJECT

public:
    MediaFetch(GraphAccess *graph, const MediaCache *cache, MediaSource source, Profile profile,
        qint64 maxBytes, QObject *parent = nullptr);
    ~MediaFetch() override;

    qint64 inboundId() const { return m_source.inboundId; }

    void start();

Q_SIGNALS:
    void fetched(qint64 inboundId, const QString &path);
    void failed(qint64 inboundId, const QString &reason);

private:
    void describe();
    void described(const SendResult &result);
    void downloaded(const MediaDownloadResult &result);
    /// Why the file cannot be kept, or empty when it matches what was said of it.
    QString mismatch(const MediaDownloadResult &result) const;
    void fail(const QString &reason);

    GraphAccess *m_graph;
    const MediaCache *m_cache;
    MediaSource m_source;
    Profile m_profile;
    qint64 m_maxBytes;
    std::unique_ptr<CloudApiClient> m_client;
    QPointer<MediaDownload> m_download;
    MediaObject m_media;
    bool m_askedAgain = false;
    bool m_done = false;
};

} // namespace Wac
