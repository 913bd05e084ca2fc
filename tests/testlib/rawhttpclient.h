// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QTcpSocket>
#include <QUrl>

namespace Wac::Test {

/// One HTTP answer as a raw client read it off the wire.
struct RawAnswer
{
    int status = 0; ///< 0: none came in time
    QByteArray head; ///< the status line and the header lines
    QByteArray body;

    /// The value of header `name` (any case), or a null array.
    QByteArray header(const QByteArray &name) const;
};

/**
 * An HTTP client on a plain QTcpSocket, for what QNetworkAccessManager will not send:
 * malformed requests, bodies past a limit, Expect: 100-continue, a hundred requests on one
 * connection. It waits with the event loop running, so that a server in the same thread
 * answers.
 */
class RawHttpClient
{
public:
    bool connectTo(const QUrl &url, int timeoutMs = 5000);
    /// Writes `bytes` and waits until they are handed to the system.
    void send(const QByteArray &bytes);
    /// The next answer (a 100 Continue is one too), read by its Content-Length.
    RawAnswer read(int timeoutMs = 5000);
    /// Whether the server closed the connection within the time (what came first is kept).
    bool waitClosed(int timeoutMs = 5000);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    QTcpSocket &socket() { return m_socket; }

    /// A request to `target` on `url`'s host, `headers` given as lines ending in CRLF.
    static QByteArray request(const QByteArray &method, const QByteArray &target,
        const QByteArray &headers = {}, const QByteArray &body = {});

private:
    /// Waits for more bytes; false when none came in time or the connection is gone.
    bool fill(int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qsizetype m_pos = 0; ///< where the unread part of m_buffer starts
};

} // namespace Wac::Test
