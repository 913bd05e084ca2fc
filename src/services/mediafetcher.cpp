// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/mediafetcher.h"

#include "core/coretr.h"
#include "storage/historystore.h"

#include <QFileInfo>
#include <QLocale>

#include "services/historylog.h"
#include "services/inbox.h"
#include "services/mediafetch.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// Rows left pending by an earlier run, read at once: their URLs are asked for one by one.
constexpr int pendingBatch = 1000;

} // namespace

MediaFetcher::MediaFetcher(Inbox *inbox, GraphAccess *graph, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_graph(graph)
{
    connect(m_inbox, &Inbox::mediaWaiting, this, &MediaFetcher::enqueue);
    // A receiver in another process leaves the file to fetch; this console fetches its own.
    connect(m_inbox->log(), &HistoryLog::changedElsewhere, this, &MediaFetcher::fetchPending);
    setCache(MediaCache(MediaCache::directoryFor(m_inbox->log()->store()->location())));
}

void MediaFetcher::setCache(const MediaCache &cache)
{
    m_cache = cache;
    m_inbox->setMediaFolder(shared() ? m_cache.directory() : QString());
}

bool MediaFetcher::shared() const
{
    return m_inbox->log()->store()->location().isPostgres();
}

MediaFetcher::~MediaFetcher() = default;

void MediaFetcher::setProfileResolver(ProfileResolver resolver)
{
    m_resolver = std::move(resolver);
    scheduleNext();
}

void MediaFetcher::fetchPending()
{
    for (const ThreadItem &item : m_inbox->store().pendingMedia(pendingBatch))
        enqueue(item.id);
}

bool MediaFetcher::retry(qint64 inboundId)
{
    const std::optional<MediaSource> source = m_inbox->store().mediaSource(inboundId);
    if (!source || source->mediaId.isEmpty())
        return false;
    if (m_active.contains(inboundId) || m_queue.contains(inboundId))
        return true;
    if (shared() && source->state == InboundMedia::Fetched) {
        m_hereOnly.insert(inboundId);
        enqueue(inboundId);
        return true;
    }
    // Pending again in the file, so that a process stopped before the end leaves it to retry.
    m_inbox->setMedia(inboundId, InboundMedia::Pending, {}, {});
    enqueue(inboundId);
    return true;
}

void MediaFetcher::enqueue(qint64 inboundId)
{
    if (m_active.contains(inboundId) || m_queue.contains(inboundId))
        return;
    m_queue.append(inboundId);
    m_busy = true;
    scheduleNext();
}

void MediaFetcher::scheduleNext()
{
    if (m_scheduled || !m_resolver)
        return;
    // From the event loop: whoever queued it (Inbox::record, retry) returns first.
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            startNext();
        },
        Qt::QueuedConnection);
}

void MediaFetcher::startNext()
{
    while (m_active.size() < parallel && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        QString reason;
        MediaFetch *fetch = makeFetch(id, &reason);
        if (!fetch) {
            recordFailed(id, reason);
            continue;
        }
        m_active.insert(id, fetch);
        connect(fetch, &MediaFetch::fetched, this,
            [this, fetch](qint64 inboundId, const QString &path) {
                recordFetched(inboundId, path);
                done(fetch);
            });
        connect(
            fetch, &MediaFetch::failed, this, [this, fetch](qint64 inboundId, const QString &why) {
                recordFailed(inboundId, why);
                done(fetch);
            });
        fetch->start();
    }
    if (m_busy && isIdle()) {
        m_busy = false;
        Q_EMIT idle();
    }
}

MediaFetch *MediaFetcher::makeFetch(qint64 inboundId, QString *reason)
{
    const std::optional<MediaSource> source = m_inbox->store().mediaSource(inboundId);
    if (!source || source->mediaId.isEmpty()) {
        *reason = Tr::tr("The message has no media to fetch.");
        return nullptr;
    }
    const std::optional<Profile> profile = m_resolver(source->profile);
    if (!profile) {
        *reason = source->profile.isEmpty()
            ? Tr::tr("No profile is known for this message, so there is no token to fetch its "
                     "media with.")
            : Tr::tr("The profile \"%1\" that received this message is not set up any more: "
                     "add it again to fetch its media.")
                  .arg(source->profile);
        return nullptr;
    }
    return new MediaFetch(m_graph, &m_cache, *source, *profile, m_maxFileBytes, this);
}

void MediaFetcher::done(MediaFetch *fetch)
{
    m_active.remove(fetch->inboundId());
    fetch->deleteLater(); // it may still be inside the signal that ended it
    scheduleNext();
}

void MediaFetcher::recordFetched(qint64 inboundId, const QString &path)
{
    m_hereOnly.remove(inboundId);
    // A team's row names the file only: each console has it in its own folder.
    m_inbox->setMedia(
        inboundId, InboundMedia::Fetched, shared() ? QFileInfo(path).fileName() : path, {});
    Q_EMIT fetched(inboundId, path);
    // Another console's files are theirs: a team's rows do not follow this cache's bound (each
    // console sees what it has and fetches what it has not).
    if (shared()) {
        m_cache.evict(path);
        return;
    }
    // The rows of files the bound removed must not point at them any more.
    const QString reason =
        Tr::tr("Removed from the media cache, which keeps to %1: fetch it again to see it.")
            .arg(QLocale().formattedDataSize(m_cache.maxBytes()));
    for (const QString &removed : m_cache.evict(path)) {
        const qint64 id = MediaCache::inboundIdOf(removed);
        const std::optional<MediaSource> source = m_inbox->store().mediaSource(id);
        if (source && source->state == InboundMedia::Fetched
            && QFileInfo(source->path).absoluteFilePath() == QFileInfo(removed).absoluteFilePath())
            m_inbox->setMedia(id, InboundMedia::Failed, {}, reason);
    }
}

void MediaFetcher::recordFailed(qint64 inboundId, const QString &reason)
{
    // Fetched for this console alone, or by another console meanwhile: the others have the
    // file, and their rows say so.
    const bool hereOnly = m_hereOnly.remove(inboundId);
    const std::optional<MediaSource> source =
        shared() ? m_inbox->store().mediaSource(inboundId) : std::nullopt;
    if (!hereOnly && !(source && source->state == InboundMedia::Fetched))
        m_inbox->setMedia(inboundId, InboundMedia::Failed, {}, reason);
    Q_EMIT failed(inboundId, reason);
}

} // namespace Wac
