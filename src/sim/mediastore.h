// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/httpreply.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <optional>

namespace Wac::Sim {

/**
 * Media uploaded to the simulator (reference §4): `POST /{phone-number-id}/media` stores a file
 * in memory after checking its MIME type and size against the documented limits, `GET
 * /{media-id}` describes it with a download URL valid for five minutes of the simulator's
 * clock, `DELETE /{media-id}` removes it. A simulated customer's files are stored by add().
 * Graph keeps an uploaded file for 30 days; so does this store, by its clock, within a byte
 * budget: when a new file would pass it, the oldest files go first (their IDs then answer as
 * unknown, as an expired ID does).
 */
class MediaStore
{
public:
    static constexpr qint64 urlLifetimeSeconds = 5 * 60;
    static constexpr qint64 keptSeconds = 30LL * 24 * 60 * 60;
    /// Room for two of the largest documents (100 MiB) and then some.
    static constexpr qint64 defaultBudgetBytes = 256LL * 1024 * 1024;

    /// `clock` is the simulator's (Conversations::now), which tests move on.
    explicit MediaStore(std::function<QDateTime()> clock);

    /// At most this many bytes of files are kept; a single larger file is kept alone.
    void setBudget(qint64 bytes) { m_budget = bytes; }

    qint64 storedBytes() const { return m_bytes; }

    HttpReply upload(
        const QString &phoneNumberId, const QByteArray &contentType, const QByteArray &body);
    /// Stores `data` as received by `phoneNumberId` (a customer's file); its new media ID.
    QString add(const QString &phoneNumberId, const QByteArray &mimeType, const QByteArray &data);

    /// The size limit for files of `mimeType` (its parameters aside), or nullopt when the
    /// Cloud API takes no such files.
    static std::optional<qint64> limitFor(const QByteArray &mimeType);

    /// Whether `mediaId` is kept (not deleted, expired or evicted).
    bool contains(const QString &mediaId);

    /// `downloadBase` is the server's URL; the download path needs the bearer token too.
    HttpReply describe(const QString &mediaId, const QUrlQuery &query, const QString &downloadBase,
        const QDateTime &now) const;
    HttpReply remove(const QString &mediaId, const QUrlQuery &query);
    /// The file behind a download URL's query (`mid`, `ext`); 404 once the URL has expired.
    HttpReply download(const QUrlQuery &query, const QDateTime &now) const;

private:
    struct Media
    {
        QString phoneNumberId;
        QByteArray mimeType;
        QByteArray data;
        QString sha256;
        QDateTime stored;
    };

    std::optional<HttpReply> wrongNumber(const Media &media, const QUrlQuery &query) const;
    /// Drops what is older than keptSeconds, then the oldest until `incoming` more bytes fit.
    void makeRoom(qint64 incoming);
    void drop(const QString &mediaId);

    std::function<QDateTime()> m_clock;
    QHash<QString, Media> m_media;
    std::deque<QString> m_order; ///< IDs, oldest first (some may be gone already)
    qint64 m_bytes = 0;
    qint64 m_budget = defaultBudgetBytes;
    qint64 m_nextId = 1'000'000'000'000'000;
};

} // namespace Wac::Sim
