// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/sendjob.h"

#include "core/coretr.h"
#include "net/graphanswer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

/// A request body that can be read once only. Qt resends a request whose body it can rewind
/// when a connection closes unanswered; with this one it cannot, and says ContentReSendError.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }

    // Qt tries to rewind the body when a connection closes, resets or times out, to send it
    // again. QIODevice's own reset() would seek, which a sequential device refuses with a
    // warning on stderr; saying no here is the same refusal (ContentReSendError), quietly.
    bool reset() override { return false; }

    qint64 bytesAvailable() const override
    {
        return qint64(m_data.size()) - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

SendResult failure(SendResult::Outcome outcome, ApiError::Category category, const QString &message)
{
    SendResult result;
    result.outcome = outcome;
    result.error.category = category;
    result.error.message = message;
    return result;
}

} // namespace

SendJob::SendJob(QNetworkAccessManager *nam, const QNetworkRequest &request, const QByteArray &body,
    QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(request)
    , m_body(body)
{
    // The request's timeout becomes this job's deadline. Qt's own transfer timeout is an
    // inactivity limit that every trickled byte restarts, so it is switched off.
    m_deadline.setInterval(request.transferTimeout() > 0
            ? request.transferTimeout() + uploadAllowanceMs(body.size())
            : 0);
    m_deadline.setSingleShot(true);
    // A coarse timer may fire 5 % early: a 3 s limit must not end a send at 2.85 s.
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_request.setTransferTimeout(0);
    connect(&m_deadline, &QTimer::timeout, this, &SendJob::onDeadline);
}

SendJob *SendJob::refused(const QString &reason, QObject *parent)
{
    auto *job = new SendJob(nullptr, QNetworkRequest(), QByteArray(), parent);
    job->m_refusal = reason;
    return job;
}

SendJob *SendJob::deletion(
    QNetworkAccessManager *nam, const QNetworkRequest &request, QObject *parent)
{
    auto *job = new SendJob(nam, request, QByteArray(), parent);
    job->m_delete = true;
    return job;
}

void SendJob::start()
{
    if (!m_refusal.isEmpty()) {
        // Queued, so that a caller connecting after start() still hears the answer.
        QTimer::singleShot(0, this, [this] {
            finish(failure(SendResult::Outcome::NotSent, ApiError::Category::NotSent, m_refusal));
        });
        return;
    }
    if (m_delete)
        m_reply = m_nam->deleteResource(m_request);
    else if (m_body.isNull())
        m_reply = m_nam->get(m_request);
    else
        m_reply = m_nam->post(m_request, new OneShotBody(m_body, this));
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_requestLeft = true; });
    // Qt cannot know the size of a sequential body: it reports total == sent, then 0/0. The job
    // knows it, so progress is reported against the body's real size.
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent >= m_body.size() && !m_body.isEmpty())
            m_requestLeft = true; // the whole body is out, whatever requestSent says later
        if (sent > 0)
            Q_EMIT uploadProgress(sent, m_body.size());
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: collected so that the user sees exactly what was wrong.
        QStringList lines;
        for (const QSslError &error : errors)
            lines.append(error.errorString());
        m_tlsErrors = lines.join(u"; "_s);
    });
    connect(m_reply, &QNetworkReply::finished, this, &SendJob::onReplyFinished);
    if (m_deadline.interval() > 0)
        m_deadline.start();
}

void SendJob::cancel()
{
    if (m_done || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows at once and is classified as cancelled
}

void SendJob::onDeadline()
{
    if (m_done || !m_reply)
        return;
    // What the network thread has already told the reply (the request left, bytes went up) is
    // still queued for this thread: heard first, so that a request gone out at the last moment
    // is never called "not sent" and sent again.
    QCoreApplication::sendPostedEvents(m_reply, QEvent::MetaCall);
    if (m_done || !m_reply)
        return;
    m_pastDeadline = true;
    m_reply->abort(); // finished() follows at once and is classified by the deadline
}

void SendJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_deadline.stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed, and reading a closed device prints Qt's "device not open"
    // warning into the user's terminal: what it had is not an answer anyway.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (m_pastDeadline) {
        finish(classifyDeadline(status));
        return;
    }
    if (m_cancelled) {
        finish(m_requestLeft
                ? failure(SendResult::Outcome::Unknown, ApiError::Category::OutcomeUnknown,
                    Tr::tr("Cancelled after the request had left."))
                : failure(SendResult::Outcome::Cancelled, ApiError::Category::Cancelled,
                    Tr::tr("Cancelled before the request left.")));
        return;
    }
    if (status == 0) {
        finish(classifyTransportFailure(int(reply->error()), reply->errorString()));
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    SendResult result =
        GraphAnswer::classify(status, body, length.isValid() ? length.toLongLong() : -1,
            // Without its query, fragment and user part: a redirect may carry a key that is not
            // the user's to see in a log.
            reply->header(QNetworkRequest::LocationHeader)
                .toUrl()
                .toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment),
            // A DELETE is answered {"success": true}, not with whatever object a read returns.
            m_body.isNull() && !m_delete);
    // A connection lost after the headers: whatever arrived is not the whole answer.
    if (reply->error() != QNetworkReply::NoError && status < 400
        && result.outcome == SendResult::Outcome::Accepted) {
        result = failure(
            SendResult::Outcome::Unknown, ApiError::Category::OutcomeUnknown, reply->errorString());
        result.httpStatus = status;
        result.body = body;
    }
    finish(result);
}

SendResult SendJob::classifyTransportFailure(int networkError, const QString &errorText) const
{
    const auto error = QNetworkReply::NetworkError(networkError);
    QString message = errorText;
    if (!m_tlsErrors.isEmpty())
        message = Tr::tr("The server's certificate was refused: %1").arg(m_tlsErrors);
    if (error == QNetworkReply::ContentReSendError) {
        return failure(SendResult::Outcome::Unknown, ApiError::Category::OutcomeUnknown,
            Tr::tr("The connection closed after the request was sent and before any answer."));
    }
    const bool timeout =
        error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    if (timeout)
        message = Tr::tr("No answer within the time limit.");
    if (m_requestLeft)
        return failure(SendResult::Outcome::Unknown, ApiError::Category::OutcomeUnknown, message);
    return failure(SendResult::Outcome::NotSent, ApiError::Category::NotSent, message);
}

SendResult SendJob::classifyDeadline(int status) const
{
    const int seconds = (m_deadline.interval() + 999) / 1000;
    const QString message = status != 0
        ? Tr::tr("The answer was still coming in when the %1 s time limit ran out.").arg(seconds)
        : Tr::tr("No answer within the %1 s time limit.").arg(seconds);
    // Once the request has left, the server may have taken the message however late it is.
    SendResult result = m_requestLeft
        ? failure(SendResult::Outcome::Unknown, ApiError::Category::OutcomeUnknown, message)
        : failure(SendResult::Outcome::NotSent, ApiError::Category::NotSent, message);
    result.httpStatus = status;
    return result;
}

int SendJob::uploadAllowanceMs(qint64 bodyBytes)
{
    // A message's JSON (well under 64 KiB) keeps the time limit exactly as the user set it.
    // Bodies are capped far below 512 MiB (100 MB for a document), so the sum stays an int.
    constexpr qint64 free = 64 * 1024;
    const qint64 counted = qBound<qint64>(0, bodyBytes - free, 512LL * 1024 * 1024);
    return int(counted * 1000 / (32 * 1024));
}

void SendJob::finish(SendResult result)
{
    if (m_done)
        return;
    m_done = true;
    // abort() finishes a reply synchronously: a caller that cancels right after starting must
    // still be able to connect and hear the result, so that one case is queued.
    if (m_cancelled) {
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT finished(result);
}

} // namespace Wac
