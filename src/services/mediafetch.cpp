// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/mediafetch.h"

#include "core/coretr.h"
#include "net/cloudapiclient.h"
#include "net/mediadownload.h"

#include <QRegularExpression>

#include "services/graphaccess.h"
#include "services/mediacache.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

/// `digest` written as `like` is (hex or base64), so that a mismatch reads side by side.
QString writtenLike(const QByteArray &digest, const QString &like)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
    return QString::fromLatin1(
        hex.match(like.trimmed()).hasMatch() ? digest.toHex() : digest.toBase64());
}

} // namespace

MediaFetch::MediaFetch(GraphAccess *graph, const MediaCache *cache, MediaSource source,
    Profile profile, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_cache(cache)
    , m_source(std::move(source))
    , m_profile(std::move(profile))
    , m_maxBytes(maxBytes)
{ }

// The client owns the requests and the download still in flight: they go with it.
MediaFetch::~MediaFetch() = default;

void MediaFetch::start()
{
    QString problem;
    if (!m_cache->prepare(&problem)) {
        fail(problem);
        return;
    }
    m_graph->openClient(
        m_profile, this, [this](std::unique_ptr<CloudApiClient> client, const SendResult &refusal) {
            if (!client) {
                fail(refusal.error.message); // GraphAccess's own words for the token
                return;
            }
            m_client = std::move(client);
            describe();
        });
}

void MediaFetch::describe()
{
    // Asked for just before the download: the URL it gives lasts minutes (reference §4).
    SendJob *job = m_client->getObject(m_source.mediaId);
    connect(job, &SendJob::finished, this, &MediaFetch::described);
}

void MediaFetch::described(const SendResult &result)
{
    const QString &id = m_source.mediaId;
    if (result.outcome != SendResult::Outcome::Accepted) {
        fail(Tr::tr("Graph did not describe media %1: %2").arg(id, result.error.message));
        return;
    }
    QString problem;
    const std::optional<MediaObject> media = MediaObject::fromJson(result.response, id, &problem);
    if (!media) {
        fail(Tr::tr("Graph's description of media %1 cannot be used: %2.").arg(id, problem));
        return;
    }
    m_media = *media;
    if (m_media.fileSize > m_maxBytes) {
        fail(Tr::tr("Media %1 is %2 bytes, over the %3-byte limit.")
                 .arg(id)
                 .arg(m_media.fileSize)
                 .arg(m_maxBytes));
        return;
    }
    if (m_download)
        m_download->deleteLater();
    m_download = m_client->downloadMedia(m_media.url, m_cache->directory(), m_maxBytes);
    connect(m_download, &MediaDownload::finished, this, &MediaFetch::downloaded);
}

void MediaFetch::downloaded(const MediaDownloadResult &result)
{
    const QString &id = m_source.mediaId;
    using Outcome = MediaDownloadResult::Outcome;
    if (result.outcome == Outcome::HttpError && result.httpStatus == 404) {
        if (!m_askedAgain) {
            m_askedAgain = true; // the URL expired on the way: a new one (reference §4)
            describe();
            return;
        }
        fail(Tr::tr("The download of media %1 answered 404 with a new URL too: the file has "
                    "expired or is gone.")
                 .arg(id));
        return;
    }
    if (result.outcome != Outcome::Saved) {
        fail(Tr::tr("The download of media %1 failed: %2").arg(id, result.error));
        return;
    }
    if (const QString problem = mismatch(result); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    const QString path = m_cache->pathFor(
        m_source.inboundId, m_source.mimeType.isEmpty() ? m_media.mimeType : m_source.mimeType);
    QString problem;
    if (!m_download->keep(path, &problem)) {
        fail(Tr::tr("Media %1 could not be saved as %2: %3").arg(id, path, problem));
        return;
    }
    m_done = true;
    Q_EMIT fetched(m_source.inboundId, path);
}

QString MediaFetch::mismatch(const MediaDownloadResult &result) const
{
    const QString &id = m_source.mediaId;
    if (m_media.fileSize >= 0 && result.bytes != m_media.fileSize) {
        return Tr::tr("Media %1 does not match Graph's description: %2 bytes came, it says %3.")
            .arg(id)
            .arg(result.bytes)
            .arg(m_media.fileSize);
    }
    if (!m_source.sha256.isEmpty()) {
        const std::optional<QByteArray> expected = MediaObject::digest(m_source.sha256);
        if (!expected) {
            return Tr::tr("The webhook's sha256 of media %1, \"%2\", is not a SHA-256.")
                .arg(id, m_source.sha256);
        }
        if (*expected != result.sha256) {
            return Tr::tr("Media %1 does not match the webhook's sha256: the file hashes to %2, "
                          "the webhook says %3.")
                .arg(id, writtenLike(result.sha256, m_source.sha256), m_source.sha256);
        }
    }
    if (!m_media.sha256.isEmpty() && m_media.sha256 != result.sha256) {
        return Tr::tr("Media %1 does not match the sha256 of Graph's description: the file "
                      "hashes to %2, Graph says %3.")
            .arg(id, writtenLike(result.sha256, m_media.sha256Text), m_media.sha256Text);
    }
    return {};
}

void MediaFetch::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(m_source.inboundId, reason);
}

} // namespace Wac
