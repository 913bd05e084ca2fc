// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Wac {

/**
 * Graph's description of a media file, `GET /{media-id}` (reference §4): where to download it
 * (for minutes), its type, size and SHA-256. The answer comes from the network and is read as
 * such: anything but a description with an http(s) URL is refused, with the reason.
 */
struct MediaObject
{
    QUrl url;
    QString mimeType;
    QByteArray sha256; ///< the 32 bytes; empty when the answer gave none
    QString sha256Text; ///< as written in the answer
    qint64 fileSize = -1; ///< -1 when the answer gave none

    /// Reads the description of `mediaId`; nullopt and `error` (the user's words) when
    /// `answer` is not one.
    static std::optional<MediaObject> fromJson(
        const QJsonObject &answer, const QString &mediaId, QString *error);
    /// The 32 bytes of a SHA-256 written as 64 hex digits (media descriptions) or in base64
    /// (Meta's webhooks); nullopt for anything else.
    static std::optional<QByteArray> digest(const QString &text);
};

} // namespace Wac
