// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDeadlineTimer>
#include <QObject>

#include "services/httprequestreader.h"

class QTcpSocket;

namespace Wac {

/**
 * One accepted connection of a small HTTP/1.1 server: its requests read as the bytes come,
 * each answered before the next is read. What a client can make it hold is bounded: the
 * reader's limits, Qt's read buffer, and the answers it has not read (past a limit its next
 * requests wait). It deletes itself once the socket is gone.
 *
 * Each signal is emitted from inside the socket's handling, and its slot must answer (or call
 * continueBody()) before returning. A slot may delete the connection or its owner.
 */
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    /// Takes `socket`, which becomes the connection's child.
    HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent);
    ~HttpConnection() override;

    const HttpRequestReader &reader() const { return m_reader; }

    const HttpRequestReader::Request &request() const { return m_reader.request(); }

    /// "address:port" of the client, "[address]:port" for IPv6.
    QString peer() const { return m_peer; }

    /// Answers the request just read, or refuses the connection's bytes, with a text/plain
    /// `body` and any `headers` lines ("Allow: GET\r\n"). The connection stays open only
    /// after a complete request whose client keeps it.
    void answer(int status, const QByteArray &body, const QByteArray &headers = {});
    /// After headReady(): the body is wanted ("100 Continue").
    void continueBody();

    /// No request has completed in the idle time.
    bool isOverdue() const { return !m_closing && m_deadline.hasExpired(); }

    bool isBetweenRequests() const { return m_reader.isBetweenRequests(); }

    /// Closes at once, unanswered.
    void abort();
    /// Closes a connection with nothing to answer.
    void closeIdle();

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    /// The head asks for 100-continue: continueBody(), or answer() to refuse.
    void headReady();
    /// A complete request: answer() it.
    void requestReady();
    /// What came cannot be read as a request (reader() says why): answer() it.
    void unreadable();

private:
    void readSome();
    void written();
    void lingerAndClose();

    QTcpSocket *m_socket;
    HttpRequestReader m_reader;
    QString m_peer;
    int m_idleTimeoutMs;
    QDeadlineTimer m_deadline;
    bool m_reading = false; ///< in readSome(): a flush's bytesWritten must not enter it again
    bool m_complete = false; ///< the step being answered is a complete request
    bool m_unanswered = false; ///< a signal was emitted and its slot has not answered yet
    bool m_closing = false;
    bool m_writeShut = false;
};

} // namespace Wac
