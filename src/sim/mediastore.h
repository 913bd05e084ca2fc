// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/httpreply.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Wac::Sim {

/**
 * Media uploaded to the simulator (reference §4): `POST /{phone-number-id}/media` stores a file
 * in memory after checking its MIME type and size against the documented limits, `GET
 * /{media-id}` describes it with a download URL valid for five minutes of the simulator's
 * clock, `DELETE /{media-id}` removes it. A simulated customer's files are stored by add().
 */
class MediaStore
{
public:
    static constexpr qint64 urlLifetimeSeconds = 5 * 60;

    HttpReply upload(
        const QString &phoneNumberId, const QByteArray &contentType, const QByteArray &body);
    /// Stores `data` as received by `phoneNumberId` (a customer's file); its new media ID.
    QString add(const QString &phoneNumberId, const QByteArray &mimeType, const QByteArray &data);

    /// The size limit for files of `mimeType` (its parameters aside), or nullopt when the
    /// Cloud API takes no such files.
    static std::optional<qint64> limitFor(const QByteArray &mimeType);

    bool contains(const QString &mediaId) const { return m_media.contains(mediaId); }

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
    };

    std::optional<HttpReply> wrongNumber(const Media &media, const QUrlQuery &query) const;

    QHash<QString, Media> m_media;
    qint64 m_nextId = 1'000'000'000'000'000;
};

} // namespace Wac::Sim
