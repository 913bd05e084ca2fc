// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <functional>

#include "services/receiveddelivery.h"
#include "services/webhookrules.h"

namespace Wac {

class HttpConnection;

/**
 * A profile's webhook callback (reference §6) on a local port, for Meta or a tunnel in front
 * of it: answers the verification handshake (GET) and takes deliveries (POST) whose
 * X-Hub-Signature-256 matches the app secret over the exact bytes received. It fails closed:
 * without an app secret every POST is refused, without a verify token every handshake.
 *
 * Each request is answered in the event-loop turn it completes in, because Meta retries slow
 * deliveries. What the client can make it hold is bounded: connections, head and body sizes,
 * answers the client does not read, and how long a request may take.
 */
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; ///< 0 picks a free port
        QString path = QStringLiteral("/webhook");
        qint64 maxBodyBytes = 3 * 1024 * 1024; ///< Meta's limit
        int maxConnections = 256; ///< more are answered 503 at once
        /// A connection is closed when no request completes on it for this long.
        int idleTimeoutMs = 30000;
    };

    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    /// Empty: every POST is refused (403).
    void setAppSecret(const QByteArray &secret);
    /// Empty: every handshake is refused (403).
    void setVerifyToken(const QByteArray &token);

    /// Called with each verified, well-formed delivery before the answer is written; returns
    /// true once what it holds is committed (→ 200), false → 500 so Meta retries later. It
    /// runs inside the receiver's socket handling: it must not throw or spin an event loop.
    using Sink = std::function<bool(const ReceivedDelivery &)>;
    /// Without a sink, a verified delivery is answered 200.
    void setSink(Sink sink);

    /// False with `error` naming the address and port when they cannot be had.
    bool listen(const Options &options, QString *error);
    /// Stops listening and drops every connection; requests not yet complete are lost.
    void close();
    bool isListening() const;
    /// The callback URL, e.g. http://127.0.0.1:8809/webhook, with the port actually bound.
    QUrl url() const;

    /// Whether `header` ("sha256=<64 hex>") is HMAC-SHA256(`secret`, `body`), compared in
    /// constant time; never with an empty secret.
    static bool signatureMatches(
        const QByteArray &secret, const QByteArray &body, const QByteArray &header);

Q_SIGNALS:
    /// A GET at the callback path; `reason` says what was wrong, empty when accepted.
    void handshake(bool accepted, const QString &reason);
    /// After the sink said true (and the 200 was written).
    void delivered(const Wac::ReceivedDelivery &delivery);
    /// Any other answer but 200 and a handshake's: what was wrong, in the user's words, and
    /// the delivery as far as it was read (an empty body when refused before it came).
    void rejected(int httpStatus, const QString &reason, const Wac::ReceivedDelivery &delivery);

private:
    void acceptConnections();
    void answerExpectation(HttpConnection *c);
    void respond(HttpConnection *c);
    void refuseUnreadable(HttpConnection *c);
    void refuse(HttpConnection *c, const WebhookRules::Verdict &verdict);
    void sweepIdle();
    static ReceivedDelivery deliveryOf(const HttpConnection *c);

    QTcpServer m_server;
    Options m_options;
    WebhookRules m_rules;
    Sink m_sink;
    QSet<HttpConnection *> m_connections;
    QTimer m_sweep;
};

} // namespace Wac
