// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Wac {

/// How one media download ended.
struct MediaDownloadResult
{
    enum class Outcome
    {
        Saved, ///< every byte is in the temporary file; MediaDownload::keep() moves it
        HttpError, ///< the server answered with an error status (404: the URL has expired)
        TooLarge, ///< more than the limit came, or was announced
        Failed, ///< network, TLS, a refused URL, a file that cannot be written
        Cancelled,
    };

    Outcome outcome = Outcome::Failed;
    int httpStatus = 0;
    qint64 bytes = 0;
    QByteArray sha256; ///< of the bytes received, when Saved
    QString error; ///< the user's words, for every outcome but Saved
};

} // namespace Wac

Q_DECLARE_METATYPE(Wac::MediaDownloadResult)
