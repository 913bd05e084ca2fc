// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/httpreply.h"

#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace Wac::Sim {

/**
 * Media uploaded to the simulator (reference §4): `POST /{phone-number-id}/media` stores a file
 * in memory after checking its MIME type and size against the documented limits, `GET
 * /{media-id}` describes it with a download URL, `DELETE /{media-id}` removes it.
 */
class MediaStore
{
public:
    HttpReply upload(
        const QString &phoneNumberId, const QByteArray &contentType, const QByteArray &body);

    bool contains(const QString &mediaId) const { return m_media.contains(mediaId); }

    /// `downloadBase` is the server's URL; the download path needs the bearer token too.
    HttpReply describe(
        const QString &mediaId, const QUrlQuery &query, const QString &downloadBase) const;
    HttpReply remove(const QString &mediaId, const QUrlQuery &query);
    HttpReply download(const QString &mediaId) const;

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
