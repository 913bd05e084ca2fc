// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/connectionguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_idle.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { timedOut(m_limits.idleMs); });
    connect(&m_deadline, &QTimer::timeout, this, [this] { timedOut(m_limits.requestMs); });
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::bytesArrived);
    // A long answer being written is not idleness.
    connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_idle.start(m_limits.idleMs); });
    m_idle.start(m_limits.idleMs);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
}

void ConnectionGuard::requestRead()
{
    m_inRequest = false;
    m_headRead = false;
    m_head.clear();
    m_deadline.stop();
    m_idle.start(m_limits.idleMs);
}

void ConnectionGuard::holdFor(int ms)
{
    m_idle.start(m_limits.idleMs + qMax(0, ms));
}

void ConnectionGuard::bytesArrived()
{
    if (m_refused) {
        m_socket->readAll(); // the answer is written; nothing more is read
        return;
    }
    m_idle.start(m_limits.idleMs);
    // Qt reads everything on each readyRead, so what is still unread here is exactly new.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    if (!m_inRequest) {
        m_inRequest = true;
        m_deadline.start(m_limits.requestMs);
    }
    if (m_headRead)
        return;
    m_head += fresh;
    checkHead();
}

void ConnectionGuard::checkHead()
{
    while (m_head.startsWith("\r\n") || m_head.startsWith('\n'))
        m_head.remove(0, m_head.startsWith('\n') ? 1 : 2); // blank lines between requests
    const qsizetype crlf = m_head.indexOf("\r\n\r\n");
    const qsizetype lf = m_head.indexOf("\n\n");
    const qsizetype end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf : lf;
    if ((end < 0 && m_head.size() > m_limits.maxHeadBytes) || end > m_limits.maxHeadBytes) {
        refuse(431, "Request Header Fields Too Large",
            u"The request's head is over %1 bytes"_s.arg(m_limits.maxHeadBytes));
        return;
    }
    if (end < 0)
        return;
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    m_head.clear();
    m_headRead = true;
    if (lines.size() - 1 > m_limits.maxHeaderLines) {
        refuse(431, "Request Header Fields Too Large",
            u"The request has %1 header lines, over the limit of %2"_s.arg(lines.size() - 1)
                .arg(m_limits.maxHeaderLines));
        return;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        // Folded lines (RFC 9112 §5.2) are refused too: a parser that joins them and one that
        // does not would see different headers.
        if (line.indexOf(':') <= 0 || line.startsWith(' ') || line.startsWith('\t')) {
            refuse(400, "Bad Request",
                u"Header line %1 is not \"Name: value\": %2"_s.arg(i).arg(
                    QString::fromLatin1(line.left(80))));
            return;
        }
    }
}

void ConnectionGuard::timedOut(int afterMs)
{
    if (m_refused)
        return;
    if (!m_inRequest) {
        m_socket->disconnectFromHost(); // idle keep-alive: closed without a word, as servers do
        return;
    }
    refuse(408, "Request Timeout",
        u"The request did not arrive whole: nothing more came for %1 ms"_s.arg(afterMs));
}

void ConnectionGuard::refuse(int status, const QByteArray &reason, const QString &message)
{
    m_refused = true;
    m_idle.stop();
    m_deadline.stop();
    m_socket->readAll(); // taken before Qt's parser can serve it as a request
    const QByteArray body =
        QJsonDocument(QJsonObject {{u"error"_s, message}}).toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body);
    m_socket->disconnectFromHost();
}

} // namespace Wac::Sim
