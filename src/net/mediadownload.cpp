// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/mediadownload.h"

#include "core/coretr.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

MediaDownloadResult failure(
    MediaDownloadResult::Outcome outcome, const QString &error, int httpStatus = 0)
{
    MediaDownloadResult result;
    result.outcome = outcome;
    result.error = error;
    result.httpStatus = httpStatus;
    return result;
}

QString tooLarge(qint64 maxBytes)
{
    return Tr::tr("The file is larger than the %1-byte limit.").arg(maxBytes);
}

} // namespace

MediaDownload::MediaDownload(QNetworkAccessManager *nam, const QNetworkRequest &request,
    const QString &directory, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(request)
    , m_directory(directory)
    , m_maxBytes(maxBytes)
{ }

MediaDownload *MediaDownload::refused(const QString &reason, QObject *parent)
{
    auto *download = new MediaDownload(nullptr, QNetworkRequest(), QString(), 0, parent);
    download->m_refusal = reason;
    return download;
}

MediaDownload::~MediaDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void MediaDownload::start()
{
    // Beside its destination, so that keep() is a rename within one file system; hidden, so
    // that the cache's size and eviction never count a file still arriving.
    m_file = std::make_unique<QTemporaryFile>(m_directory + u"/.download-XXXXXX"_s);
    QString problem = m_refusal;
    if (problem.isEmpty() && !m_file->open()) {
        problem = Tr::tr("Cannot write a file in %1: %2").arg(m_directory, m_file->errorString());
    }
    if (!problem.isEmpty()) {
        // Queued, so that a caller connecting after start() still hears the answer.
        QTimer::singleShot(0, this,
            [this, problem] { finish(failure(MediaDownloadResult::Outcome::Failed, problem)); });
        return;
    }
    m_reply = m_nam->get(m_request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &MediaDownload::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &MediaDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &MediaDownload::onFinished);
}

void MediaDownload::cancel()
{
    stop(MediaDownloadResult::Outcome::Cancelled, Tr::tr("Cancelled."));
}

void MediaDownload::onMetaData()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An error page's length says nothing of the file; the status is what is reported.
    if (status < 300 && length.isValid() && length.toLongLong() > m_maxBytes)
        stop(MediaDownloadResult::Outcome::TooLarge, tooLarge(m_maxBytes));
}

void MediaDownload::onReadyRead()
{
    const QByteArray data = m_reply->readAll();
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 300)
        return; // an error page, not the file
    m_bytes += data.size();
    if (m_bytes > m_maxBytes) {
        stop(MediaDownloadResult::Outcome::TooLarge, tooLarge(m_maxBytes));
        return;
    }
    if (m_file->write(data) != data.size()) {
        stop(MediaDownloadResult::Outcome::Failed,
            Tr::tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
        return;
    }
    m_hash.addData(data);
}

void MediaDownload::onFinished()
{
    if (m_done || !m_reply)
        return;
    onReadyRead(); // whatever came with the end
    if (m_done)
        return;
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    using Outcome = MediaDownloadResult::Outcome;
    if (status >= 300) {
        finish(failure(
            Outcome::HttpError, Tr::tr("The download answered HTTP %1.").arg(status), status));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError;
        finish(failure(Outcome::Failed,
            timeout ? Tr::tr("No answer within the time limit.") : reply->errorString(), status));
        return;
    }
    // Qt can report a reset connection as a success with the body cut short (README, faults).
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != m_bytes) {
        finish(failure(Outcome::Failed,
            Tr::tr("The download was cut short: %1 of %2 bytes came.")
                .arg(m_bytes)
                .arg(length.toLongLong()),
            status));
        return;
    }
    if (!m_file->flush()) {
        finish(failure(Outcome::Failed,
            Tr::tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString())));
        return;
    }
    MediaDownloadResult result;
    result.outcome = Outcome::Saved;
    result.httpStatus = status;
    result.bytes = m_bytes;
    result.sha256 = m_hash.result();
    finish(result);
}

void MediaDownload::stop(MediaDownloadResult::Outcome outcome, const QString &error)
{
    if (m_done)
        return;
    // abort() finishes the reply at once: cut it loose first, so that finishes only here.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(failure(outcome, error));
}

void MediaDownload::finish(MediaDownloadResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (result.outcome != MediaDownloadResult::Outcome::Saved)
        m_file.reset(); // removes what came
    Q_EMIT finished(result);
}

bool MediaDownload::keep(const QString &path, QString *error)
{
    if (!m_done || !m_file) {
        *error = Tr::tr("Nothing was downloaded.");
        return false;
    }
    m_file->close();
    if (QFile::exists(path) && !QFile::remove(path)) {
        *error = Tr::tr("Cannot replace %1.").arg(path);
        return false;
    }
    if (!m_file->rename(path)) {
        *error = m_file->errorString();
        return false;
    }
    m_file->setAutoRemove(false);
    m_file.reset();
    return true;
}

} // namespace Wac
