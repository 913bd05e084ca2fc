// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/httpconnection.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

using Step = HttpRequestReader::Step;

/// What one read takes from the socket; Qt buffers no more than this ahead of the reader.
constexpr qint64 readChunk = 64 * 1024;
/// Answers the client has not read: past this, its next requests wait until it reads them.
constexpr qint64 maxUnsentBytes = 256 * 1024;
/// How long a closing connection is read (and the bytes dropped) so that its answer arrives.
constexpr int lingerMs = 2000;

QString peerOf(const QTcpSocket *socket)
{
    bool v4 = false;
    const quint32 address = socket->peerAddress().toIPv4Address(&v4);
    if (v4)
        return u"%1:%2"_s.arg(QHostAddress(address).toString()).arg(socket->peerPort());
    return u"[%1]:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
}

/// The Date header's value, made once a second.
QByteArray httpDate()
{
    thread_local qint64 second = -1;
    thread_local QByteArray text;
    if (const qint64 now = QDateTime::currentSecsSinceEpoch(); now != second) {
        second = now;
        text = QLocale::c()
                   .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                       u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                   .toLatin1();
    }
    return text;
}

} // namespace

HttpConnection::HttpConnection(
    QTcpSocket *socket, qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_reader(maxBodyBytes)
    , m_peer(peerOf(socket))
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_deadline(idleTimeoutMs)
{
    socket->setParent(this);
    socket->setReadBufferSize(readChunk);
    // Without it an answer written right after "100 Continue" waits for the client's delayed
    // ACK of that line (Nagle's algorithm): 40 ms on Linux.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readSome);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::written);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::answer(int status, const QByteArray &body, const QByteArray &headers)
{
    const bool keep = m_complete && m_reader.request().keepAlive;
    m_unanswered = false;
    m_complete = false;
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_deadline.setRemainingTime(m_idleTimeoutMs);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nDate: " + httpDate()
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff"
        + "\r\nContent-Length: " + QByteArray::number(body.size())
        + (!keep                             ? "\r\nConnection: close"
                : !m_reader.request().http11 ? "\r\nConnection: keep-alive"
                                             : "")
        + "\r\n" + headers + "\r\n" + body);
    if (keep)
        m_socket->flush(); // now, not when the event loop comes round: slots run first
    else
        lingerAndClose();
}

void HttpConnection::continueBody()
{
    m_unanswered = false;
    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_socket->flush();
    m_reader.acceptBody();
}

void HttpConnection::abort()
{
    m_closing = true;
    m_socket->abort();
}

void HttpConnection::closeIdle()
{
    m_closing = true;
    m_socket->disconnectFromHost();
}

void HttpConnection::readSome()
{
    if (m_closing) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_reading)
        return;
    m_reading = true;
    const QPointer<HttpConnection> self(this);
    while (!m_closing && m_socket->state() == QAbstractSocket::ConnectedState
        && m_socket->bytesToWrite() <= maxUnsentBytes) {
        const Step step = m_reader.next();
        if (step == Step::NeedMore) {
            if (m_socket->bytesAvailable() == 0)
                break;
            m_reader.feed(m_socket->read(readChunk));
            continue;
        }
        m_complete = step == Step::RequestReady;
        m_unanswered = true;
        if (step == Step::HeadReady)
            Q_EMIT headReady();
        else if (step == Step::RequestReady)
            Q_EMIT requestReady();
        else
            Q_EMIT unreadable();
        if (!self)
            return;
        if (m_unanswered) // a slot that forgot: the client would wait for ever
            answer(500, "The server did not answer\n");
    }
    m_reading = false;
}

void HttpConnection::written()
{
    if (!m_closing) {
        readSome(); // it may have paused for the client to read its answers
        return;
    }
    if (!m_writeShut && m_socket->bytesToWrite() == 0
        && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_writeShut = true;
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }
}

void HttpConnection::lingerAndClose()
{
    // A socket closed with bytes still unread sends a reset, and a reset can overtake the
    // answer: the client would see "connection reset" instead of, say, its 413. So the answer
    // goes first, then the end of our side; what still comes is read and dropped until the
    // client closes, or for lingerMs.
    m_closing = true;
    QTcpSocket *socket = m_socket;
    QTimer::singleShot(lingerMs, socket, [socket] { socket->abort(); });
    socket->flush();
    written();
    socket->skip(socket->bytesAvailable());
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace Wac
