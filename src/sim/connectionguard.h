// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace Wac::Sim {

/**
 * Watches one connection of the simulator before Qt's HTTP parser reads it: an idle connection
 * is closed, a request that does not arrive whole in time is answered 408, and a head that Qt
 * would take apart silently (a line without a colon, too many or too long header lines) is
 * answered 400 or 431 instead of being served as a request with its headers lost. It is the
 * socket's child and sees each read first, since it connects to readyRead before Qt does.
 */
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int idleMs = 30'000;
        int requestMs = 30'000;
        qsizetype maxHeadBytes = 16 * 1024; ///< the request line and every header
        int maxHeaderLines = 100;
    };

    ConnectionGuard(QTcpSocket *socket, const Limits &limits);

    /// The guard of a socket the simulator's server accepted, or null.
    static ConnectionGuard *of(QTcpSocket *socket);

    /// The request has been read whole: the next byte starts another.
    void requestRead();
    /// A reply is held back on purpose (a delay fault): the connection is not idle meanwhile.
    void holdFor(int ms);

private:
    void bytesArrived();
    void checkHead();
    void timedOut(int afterMs);
    void refuse(int status, const QByteArray &reason, const QString &message);

    QTcpSocket *m_socket;
    Limits m_limits;
    QByteArray m_head;
    bool m_inRequest = false;
    bool m_headRead = false;
    bool m_refused = false;
    QTimer m_idle;
    QTimer m_deadline;
};

} // namespace Wac::Sim
