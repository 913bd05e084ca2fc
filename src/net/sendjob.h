// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Wac {

/**
 * One Graph request, from start to a single finished(SendResult).
 *
 * Outcome honesty rests on two things. The body goes out through a device Qt cannot rewind, so
 * Qt cannot quietly send a POST a second time when a connection drops (it does so with a buffered
 * body: one click, two messages); it reports ContentReSendError instead. And the job notes when
 * the request has left (requestSent): a failure before that is "not sent", after it "unknown".
 *
 * The request's transfer timeout is taken as a deadline for the whole exchange (connecting,
 * sending, the whole answer), not as Qt's inactivity limit: a server that trickles a byte a
 * second would otherwise hold a send for as long as it likes.
 */
class SendJob : public QObject
{
    Q_OBJECT

public:
    /// A POST of `body` (or a GET when `body` is null).
    SendJob(QNetworkAccessManager *nam, const QNetworkRequest &request, const QByteArray &body,
        QObject *parent = nullptr);
    /// A job that finishes at once, not sent, with `reason` (a refused URL, a missing token).
    static SendJob *refused(const QString &reason, QObject *parent);
    /// A DELETE of `request`'s resource (a template by name), without a body.
    static SendJob *deletion(
        QNetworkAccessManager *nam, const QNetworkRequest &request, QObject *parent);

    void start();
    /// Stops the request; before it left the outcome is Cancelled, after it Unknown.
    void cancel();

    bool isFinished() const { return m_done; }

    /// A body's allowance on top of the time limit: a second per 32 KiB past the first 64 KiB,
    /// so that a large upload over a slow link (256 kbit/s) is not cut off, while a message's
    /// JSON adds nothing.
    static int uploadAllowanceMs(qint64 bodyBytes);

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    /// Emitted exactly once.
    void finished(const Wac::SendResult &result);

private:
    void onReplyFinished();
    void onDeadline();
    void finish(SendResult result);
    SendResult classifyTransportFailure(int networkError, const QString &errorText) const;
    SendResult classifyDeadline(int status) const;

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkRequest m_request;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QString m_refusal;
    QString m_tlsErrors;
    QTimer m_deadline;
    bool m_delete = false; ///< a DELETE rather than the GET a null body means
    bool m_requestLeft = false;
    bool m_cancelled = false;
    bool m_pastDeadline = false;
    bool m_done = false;
};

} // namespace Wac
