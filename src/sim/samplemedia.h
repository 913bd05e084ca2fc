// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QString>

namespace Wac::Sim {

/**
 * The files a simulated customer sends when the `/_sim/inbound` request brings none: small but
 * real files of each kind, made in code (the simulator links no Qt Gui), so that a client that
 * fetches them gets something it can open and check against its sha256.
 */
class SampleMedia
{
public:
    QByteArray mimeType;
    QByteArray data;
    QString fileName; ///< for documents

    /// The sample for `type` (image, sticker, audio, document); empty data for any other.
    static SampleMedia forType(const QString &type);

    /// An 8-bit RGB PNG of `width` × `height` with a diagonal gradient.
    static QByteArray png(int width, int height);
    /// A lossless WebP of one colour, the size WhatsApp stickers are (512 × 512).
    static QByteArray webp(int width, int height, quint32 rgb);
    /// `frames` silent MPEG-1 Layer III frames (mono, 128 kbit/s, 44.1 kHz).
    static QByteArray mp3(int frames);
    /// A one-page PDF that shows `text` (printable ASCII).
    static QByteArray pdf(const QByteArray &text);
};

} // namespace Wac::Sim
