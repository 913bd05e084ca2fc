// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "rawhttpclient.h"

#include <QDeadlineTimer>
#include <QTest>

namespace Wac::Test {

QByteArray RawAnswer::header(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool RawHttpClient::connectTo(const QUrl &url, int timeoutMs)
{
    m_socket.connectToHost(url.host(), quint16(url.port()));
    return QTest::qWaitFor([this] { return isConnected(); }, timeoutMs);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    // A server that stops reading (it refused the request) leaves the rest unsent: no matter.
    const bool sent =
        QTest::qWaitFor([this] { return m_socket.bytesToWrite() == 0 || !isConnected(); }, 10000);
    Q_UNUSED(sent)
}

bool RawHttpClient::fill(int timeoutMs)
{
    const bool more = QTest::qWaitFor(
        [this] { return m_socket.bytesAvailable() > 0 || !isConnected(); }, timeoutMs);
    const QByteArray bytes = m_socket.readAll();
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += bytes;
    return more && !bytes.isEmpty();
}

RawAnswer RawHttpClient::read(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype end = -1;
    while ((end = m_buffer.indexOf("\r\n\r\n", m_pos)) < 0) {
        if (!fill(int(deadline.remainingTime())))
            return {};
    }
    RawAnswer answer;
    answer.head = m_buffer.mid(m_pos, end - m_pos);
    answer.status = answer.head.mid(9, 3).toInt();
    const qsizetype length = answer.header("content-length").toLongLong();
    while (m_buffer.size() < end + 4 + length) {
        const qsizetype before = m_pos;
        if (!fill(int(deadline.remainingTime())))
            return {};
        end -= before - m_pos; // fill() may have dropped what was read
    }
    answer.body = m_buffer.mid(end + 4, length);
    m_pos = end + 4 + length;
    return answer;
}

bool RawHttpClient::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (isConnected() && !deadline.hasExpired())
        fill(int(deadline.remainingTime()));
    return !isConnected();
}

QByteArray RawHttpClient::request(const QByteArray &method, const QByteArray &target,
    const QByteArray &headers, const QByteArray &body)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers;
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

} // namespace Wac::Test
