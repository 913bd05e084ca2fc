// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/mediadownloadresult.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryFile;

namespace Wac {

/**
 * One download of a media file, streamed to a temporary file in the folder it is going to
 * (never held whole in memory), hashed as it arrives and stopped as soon as it passes the
 * limit. The file stays only once keep() has moved it; otherwise it goes with the job.
 */
class MediaDownload : public QObject
{
    Q_OBJECT

public:
    /// A GET of `request` into `directory`, at most `maxBytes`.
    MediaDownload(QNetworkAccessManager *nam, const QNetworkRequest &request,
        const QString &directory, qint64 maxBytes, QObject *parent = nullptr);
    /// A download that finishes at once, failed with `reason` (a refused URL, no token).
    static MediaDownload *refused(const QString &reason, QObject *parent);
    ~MediaDownload() override;

    void start();
    void cancel();
    /// Moves the saved file to `path`, replacing a file there; false and `error` if it cannot.
    bool keep(const QString &path, QString *error);

Q_SIGNALS:
    /// Emitted exactly once.
    void finished(const Wac::MediaDownloadResult &result);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void stop(MediaDownloadResult::Outcome outcome, const QString &error);
    void finish(MediaDownloadResult result);

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkRequest m_request;
    QString m_directory;
    qint64 m_maxBytes = 0;
    QString m_refusal;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QTemporaryFile> m_file;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
    bool m_done = false;
};

} // namespace Wac
