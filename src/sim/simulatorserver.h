// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/conversations.h"
#include "sim/faultplan.h"
#include "sim/httpreply.h"
#include "sim/mediastore.h"
#include "sim/messageendpoint.h"
#include "sim/requestlog.h"
#include "sim/simconfig.h"
#include "sim/subscribedapps.h"
#include "sim/templateendpoint.h"
#include "sim/templatereviewer.h"
#include "sim/templatestore.h"
#include "sim/webhookdispatcher.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QUrl>

namespace Wac::Sim {

/**
 * The Cloud API simulator: Graph endpoints for messages, media, phone numbers and templates on
 * a loopback port, plus its own control endpoints under `/_sim/` (faults, request log).
 * It writes HTTP itself on the socket QAbstractHttpServer hands over, which is what lets a
 * fault hang, close or reset a connection halfway through a body.
 */
class SimulatorServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimulatorServer(SimConfig config, QObject *parent = nullptr);

    /// Loads the template seeds and listens; false with the reason when either fails.
    bool start(
        QString *error, const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// Listens on 127.0.0.1:`preferred`, or on a free port when that one is taken (the
    /// console's Sandbox: stable between starts, so scripts find it, yet never refused).
    bool startPreferring(quint16 preferred, QString *error);
    /// "http://127.0.0.1:<port>", the Graph base URL clients use ("https://" with useTls).
    QUrl baseUrl() const;

    /// Serves HTTPS with `tls`'s certificate and key from the next start(): for tests of how a
    /// client refuses a certificate it cannot trust.
    void useTls(const QSslConfiguration &tls) { m_tls = tls; }

    const SimConfig &config() const { return m_config; }

    const TemplateStore &templates() const { return m_templates; }

    FaultPlan &faults() { return m_faults; }

    Conversations &conversations() { return m_conversations; }

    WebhookDispatcher &webhooks() { return m_webhooks; }

    SubscribedApps &subscriptions() { return m_subscriptions; }

    const RequestLog &requestLog() const { return m_log; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply route(const QHttpServerRequest &request);
    HttpReply control(const QHttpServerRequest &request, const QStringList &segments);
    HttpReply inbound(const QByteArray &body);
    /// `/_sim/payment`: the customer pays (or fails to pay) an order sent with order_details.
    HttpReply payment(const QByteArray &body);
    QJsonObject options() const;
    HttpReply setOptions(const QByteArray &body);
    HttpReply graph(const QHttpServerRequest &request, const QStringList &segments);
    std::optional<HttpReply> authenticate(const QHttpServerRequest &request) const;
    void applyFault(
        const FaultPlan::Fault &fault, const QHttpServerRequest &request, QTcpSocket *socket);

    SimConfig m_config;
    TemplateStore m_templates;
    MediaStore m_media;
    Conversations m_conversations;
    WebhookDispatcher m_webhooks;
    MessageEndpoint m_messages;
    SubscribedApps m_subscriptions;
    TemplateReviewer m_reviewer;
    TemplateEndpoint m_templateEndpoint;
    FaultPlan m_faults;
    RequestLog m_log;
    QUrl m_baseUrl;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace Wac::Sim
