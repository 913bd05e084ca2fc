// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/webhookreceiver.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>

#include "services/httpconnection.h"

using namespace Qt::StringLiterals;

namespace Wac {

using Route = WebhookRules::Route;

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &WebhookReceiver::acceptConnections);
    connect(&m_sweep, &QTimer::timeout, this, &WebhookReceiver::sweepIdle);
}

// The connections are children, and ~QObject parts them from this before it deletes them.
WebhookReceiver::~WebhookReceiver() = default;

void WebhookReceiver::setAppSecret(const QByteArray &secret)
{
    m_rules.setAppSecret(secret);
}

void WebhookReceiver::setVerifyToken(const QByteArray &token)
{
    m_rules.setVerifyToken(token);
}

void WebhookReceiver::setSink(Sink sink)
{
    m_sink = std::move(sink);
}

bool WebhookReceiver::listen(const Options &options, QString *error)
{
    close();
    m_options = options;
    m_rules.setPath(options.path);
    m_rules.setMaxBodyBytes(options.maxBodyBytes);
    if (!m_server.listen(options.address, options.port)) {
        *error = tr("Cannot listen on %1:%2: %3")
                     .arg(options.address.toString())
                     .arg(options.port)
                     .arg(m_server.errorString());
        return false;
    }
    m_sweep.start(qBound(10, options.idleTimeoutMs / 4, 5000));
    return true;
}

void WebhookReceiver::close()
{
    m_server.close();
    m_sweep.stop();
    for (HttpConnection *connection : std::as_const(m_connections))
        connection->abort(); // deleted later, through disconnected()
}

bool WebhookReceiver::isListening() const
{
    return m_server.isListening();
}

QUrl WebhookReceiver::url() const
{
    if (!m_server.isListening())
        return {};
    const QHostAddress address = m_server.serverAddress();
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(any ? u"127.0.0.1"_s : address.toString());
    url.setPort(m_server.serverPort());
    url.setPath(m_options.path);
    return url;
}

bool WebhookReceiver::signatureMatches(
    const QByteArray &secret, const QByteArray &body, const QByteArray &header)
{
    return WebhookRules::signatureMatches(secret, body, header);
}

void WebhookReceiver::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *c = new HttpConnection(socket, m_options.maxBodyBytes, m_options.idleTimeoutMs, this);
        if (m_connections.size() >= m_options.maxConnections) {
            refuse(c,
                WebhookRules::refusal(503,
                    tr("More than %1 connections at once: this one was turned away")
                        .arg(m_options.maxConnections)));
            continue;
        }
        m_connections.insert(c);
        connect(c, &QObject::destroyed, this, [this, c] { m_connections.remove(c); });
        connect(c, &HttpConnection::headReady, this, [this, c] { answerExpectation(c); });
        connect(c, &HttpConnection::requestReady, this, [this, c] { respond(c); });
        connect(c, &HttpConnection::unreadable, this, [this, c] { refuseUnreadable(c); });
    }
}

void WebhookReceiver::answerExpectation(HttpConnection *c)
{
    // Refused before the body comes: curl, for one, waits for this answer to send it.
    const WebhookRules::Verdict verdict = m_rules.beforeBody(c->request());
    if (verdict.status == 0)
        c->continueBody();
    else
        refuse(c, verdict);
}

void WebhookReceiver::respond(HttpConnection *c)
{
    const HttpRequestReader::Request &request = c->request();
    QByteArray query;
    const Route route = m_rules.route(request, &query);
    if (route == Route::Handshake) {
        const WebhookRules::Verdict verdict = m_rules.handshake(query);
        c->answer(verdict.status, verdict.body);
        Q_EMIT handshake(verdict.status == 200, verdict.reason);
        return;
    }
    ReceivedDelivery delivery = deliveryOf(c);
    WebhookRules::Verdict verdict =
        route == Route::Delivery ? m_rules.check(delivery) : m_rules.misdirected(route, request);
    if (verdict.status != 0) {
        c->answer(verdict.status, verdict.body, verdict.headers);
        Q_EMIT rejected(verdict.status, verdict.reason, delivery);
        return;
    }
    const QPointer<HttpConnection> alive(c); // the sink might delete the receiver
    const bool kept = !m_sink || m_sink(delivery);
    if (!alive)
        return;
    if (!kept) {
        verdict = WebhookRules::notKept();
        c->answer(verdict.status, verdict.body);
        Q_EMIT rejected(verdict.status, verdict.reason, delivery);
        return;
    }
    c->answer(200, {}); // no body: Meta reads the status only
    Q_EMIT delivered(delivery);
}

void WebhookReceiver::refuseUnreadable(HttpConnection *c)
{
    const HttpRequestReader &reader = c->reader();
    if (reader.error() == HttpRequestReader::Error::BodyTooLarge)
        refuse(c, m_rules.tooLarge(reader.refusedBodySize(), reader.request().chunked));
    else
        refuse(c, WebhookRules::refusal(reader.errorStatus(), reader.problem()));
}

void WebhookReceiver::refuse(HttpConnection *c, const WebhookRules::Verdict &verdict)
{
    const ReceivedDelivery delivery = deliveryOf(c);
    c->answer(verdict.status, verdict.body, verdict.headers);
    Q_EMIT rejected(verdict.status, verdict.reason, delivery);
}

void WebhookReceiver::sweepIdle()
{
    QList<HttpConnection *> overdue;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isOverdue())
            overdue.append(c);
    }
    const QPointer<WebhookReceiver> self(this); // a slot of rejected() may delete it
    for (HttpConnection *c : std::as_const(overdue)) {
        if (!self)
            return;
        if (c->isBetweenRequests()) {
            c->closeIdle();
            continue;
        }
        // Part of a request came, and in all this time not the rest: a slow-loris client.
        refuse(c,
            WebhookRules::refusal(408,
                tr("No request was complete after %1 s").arg(m_options.idleTimeoutMs / 1000.0)));
    }
}

ReceivedDelivery WebhookReceiver::deliveryOf(const HttpConnection *c)
{
    ReceivedDelivery delivery;
    delivery.body = c->request().body;
    delivery.signature = c->request().header("x-hub-signature-256");
    delivery.receivedAt = QDateTime::currentMSecsSinceEpoch();
    delivery.peer = c->peer();
    return delivery;
}

} // namespace Wac
