// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "scriptedserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Wac::Test {

namespace {
const char *const bufferProperty = "scriptedRequest";
}

ScriptedServer::ScriptedServer(QByteArray answer, int trickleMs, qsizetype atOnce)
    : m_answer(std::move(answer))
    , m_trickleMs(trickleMs)
    , m_atOnce(atOnce)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
}

bool ScriptedServer::start()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl ScriptedServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

qsizetype ScriptedServer::posts() const
{
    qsizetype count = 0;
    for (const QByteArray &line : m_requests)
        count += line.startsWith("POST ") ? 1 : 0;
    return count;
}

QByteArray ScriptedServer::answer(
    int status, const QByteArray &reason, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + headers
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    }
}

void ScriptedServer::onReadable(QTcpSocket *socket)
{
    QByteArray request = socket->property(bufferProperty).toByteArray() + socket->readAll();
    socket->setProperty(bufferProperty, request);
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : request.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (request.size() < headEnd + 4 + length)
        return;
    m_requests.append(request.left(request.indexOf("\r\n")));
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    reply(socket);
}

void ScriptedServer::reply(QTcpSocket *socket)
{
    if (m_trickleMs <= 0) {
        socket->write(m_answer);
        socket->disconnectFromHost();
        return;
    }
    socket->write(m_answer.left(m_atOnce));
    // The timer belongs to the socket: a client that gives up ends the trickle with it.
    auto *timer = new QTimer(socket);
    auto next = std::make_shared<qsizetype>(m_atOnce);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, next] {
        if (*next >= m_answer.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(m_answer.mid((*next)++, 1));
    });
    timer->start(m_trickleMs);
}

} // namespace Wac::Test
