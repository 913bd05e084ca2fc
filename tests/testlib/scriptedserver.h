// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

namespace Wac::Test {

/**
 * A loopback HTTP server that answers every request with the same raw bytes, for the answers
 * the simulator never gives because the Graph API never does: a proxy's HTML 403, a redirect,
 * a wrong address's 404, an answer trickled a byte at a time. Real sockets, read and written
 * from the thread's event loop; each answer is written once and the server then closes.
 */
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    /// Answers with `answer`: its first `atOnce` bytes at once, then one byte every
    /// `trickleMs` (the whole of it at once when `trickleMs` is 0).
    explicit ScriptedServer(QByteArray answer, int trickleMs = 0, qsizetype atOnce = 0);

    /// Listens on 127.0.0.1; false when it cannot.
    bool start();
    QUrl baseUrl() const;

    /// The request lines of the requests whose headers and body came in whole.
    const QList<QByteArray> &requestLines() const { return m_requests; }

    qsizetype posts() const;

    /// An HTTP/1.1 answer with `status`, its reason, `headers` (lines ending in CRLF) and
    /// `body`, with its Content-Length.
    static QByteArray answer(
        int status, const QByteArray &reason, const QByteArray &headers, const QByteArray &body);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void reply(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_answer;
    int m_trickleMs;
    qsizetype m_atOnce;
    QList<QByteArray> m_requests;
};

} // namespace Wac::Test
