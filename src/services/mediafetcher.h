// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

#include "services/mediacache.h"

namespace Wac {

class GraphAccess;
class Inbox;
class MediaFetch;

/**
 * Fetches the files customers send, as soon as the Inbox says one is waiting (its URL lasts
 * minutes): two at a time, the rest queued, each with the token of the profile that received
 * it, checked against its sha256 and kept in a bounded cache (MediaCache). The row ends
 * Fetched with the file's path or Failed with the reason, in the Inbox, which announces it.
 * Nothing is fetched until the owner has said how a profile is found (setProfileResolver); the
 * owner calls fetchPending() once at start for what an earlier run left waiting, and what
 * another process records (a `waconsole-cli listen`, another console) is fetched as it is heard.
 */
class MediaFetcher : public QObject
{
    Q_OBJECT

public:
    /// The profile named `profileName` as it is set up now; none when it is not any more.
    using ProfileResolver = std::function<std::optional<Profile>(const QString &profileName)>;

    /// The largest file a customer can send (reference §4, 131052 above it).
    static constexpr qint64 defaultMaxFileBytes = qint64(100) * 1024 * 1024;
    static constexpr int parallel = 2;

    /// `inbox` and `graph` must outlive the fetcher.
    MediaFetcher(Inbox *inbox, GraphAccess *graph, QObject *parent = nullptr);
    ~MediaFetcher() override;

    /// How a message's profile is found; fetching starts once it is set.
    void setProfileResolver(ProfileResolver resolver);

    /// Where files go and how much they may take in all (default: MediaCache's folder for the
    /// inbox's store).
    void setCache(const MediaCache &cache);

    const MediaCache &cache() const { return m_cache; }

    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }

    /// Queues every message whose media is still to be fetched (left so by an earlier run).
    void fetchPending();
    /// Fetches a message's media again (after a failure, or an eviction); false when the
    /// message has no media. On a team store, a file another console fetched is fetched here
    /// without the others hearing of it: their rows stay as they are, whatever comes of it.
    bool retry(qint64 inboundId);

    bool isIdle() const { return m_queue.isEmpty() && m_active.isEmpty(); }

Q_SIGNALS:
    void fetched(qint64 inboundId, const QString &path);
    void failed(qint64 inboundId, const QString &reason);
    /// Nothing is queued or being fetched any more.
    void idle();

private:
    void enqueue(qint64 inboundId);
    void scheduleNext();
    void startNext();
    MediaFetch *makeFetch(qint64 inboundId, QString *reason);
    void done(MediaFetch *fetch);
    void recordFetched(qint64 inboundId, const QString &path);
    void recordFailed(qint64 inboundId, const QString &reason);
    /// The store is a team's: its rows are every console's, the files each one's own.
    bool shared() const;

    Inbox *m_inbox;
    GraphAccess *m_graph;
    ProfileResolver m_resolver;
    MediaCache m_cache;
    qint64 m_maxFileBytes = defaultMaxFileBytes;
    QList<qint64> m_queue;
    QHash<qint64, MediaFetch *> m_active;
    QSet<qint64> m_hereOnly; ///< fetched for this console alone (retry() of a shared row)
    bool m_scheduled = false;
    bool m_busy = false; ///< idle() is still to be said
};

} // namespace Wac
