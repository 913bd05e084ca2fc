// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QString>

namespace Wac {

/**
 * A file about to be uploaded to `/{phone-number-id}/media`: its MIME type (detected from its
 * content and name, or as given) checked against the types and size limits of reference §4
 * before anything is sent.
 */
struct MediaFile
{
    QString path;
    QString fileName;
    QString mimeType;
    QByteArray data;
    QString problem; ///< why it cannot be uploaded, translated; empty when it can

    bool ok() const { return problem.isEmpty(); }

    /// Reads and checks `path`; `mimeType` overrides detection when given. With a `kind`
    /// (image, audio, video, document, sticker), the type must be one that kind takes, and a
    /// sticker must be a 512×512 WebP within its static or animated size limit.
    static MediaFile load(
        const QString &path, const QString &mimeType = {}, const QString &kind = {});
    /// The size limit in bytes for `mimeType`, or -1 when WhatsApp does not take that type.
    static qint64 limitFor(const QString &mimeType);
};

} // namespace Wac
