// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Wac::Sim {

/// One HTTP answer of the simulator, written to the socket as HTTP/1.1 with Content-Length.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(const QJsonObject &object, int status = 200);

    /**
     * The Graph error envelope (reference §3.2): message "(#code) title", type, code,
     * error_data {messaging_product, details}, optional error_subcode, and a fresh fbtrace_id.
     */
    static HttpReply graphError(int status, int code, const QString &title, const QString &details,
        int subcode = 0, const QString &type = QStringLiteral("OAuthException"));

    /// The whole response as bytes: status line, headers, blank line, body.
    QByteArray serialize() const;
};

} // namespace Wac::Sim
