// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include "sim/guardedsslserver.h"
#include "sim/guardedtcpserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    default:
        return u"OTHER"_s;
    }
}

HttpReply htmlError(int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Sorry, something "
                 "went wrong.</h1><p>We're working on getting this fixed as soon as we can.</p>"
                 "</body></html>";
    return reply;
}

} // namespace

SimulatorServer::SimulatorServer(SimConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_media([this] { return m_conversations.now(); })
    , m_webhooks([this] { return m_conversations.now(); })
    , m_messages(m_templates, m_conversations, m_webhooks)
    , m_subscriptions(m_config)
    , m_reviewer(m_templates, m_webhooks, [this] { return m_conversations.now(); })
    , m_templateEndpoint(m_templates, m_reviewer, [this] { return m_conversations.now(); })
{
    m_reviewer.setDelaySeconds(m_config.templateReviewSeconds);
    m_media.setBudget(m_config.mediaBudgetBytes);
    m_conversations.setLimitsEnabled(m_config.limits);
    m_conversations.setWindowErrorsSync(m_config.windowErrorsSync);
    m_webhooks.setTargets(m_config.webhooks);
    m_webhooks.setAppSecret(m_config.appSecret);
    m_webhooks.setWabaId(m_config.wabaId);
}

bool SimulatorServer::start(QString *error, const QHostAddress &address, quint16 port)
{
    if (!m_templates.load(m_config.templateSeed, error))
        return false;
    ConnectionGuard::Limits limits;
    limits.idleMs = m_config.idleTimeoutMs;
    limits.requestMs = m_config.requestTimeoutMs;
    QTcpServer *server = m_tls
        ? static_cast<QTcpServer *>(new GuardedSslServer(limits, *m_tls, this))
        : new GuardedTcpServer(limits, this);
    if (!server->listen(address, port)) {
        *error = u"cannot listen on %1:%2"_s.arg(address.toString()).arg(port);
        delete server;
        return false;
    }
    bind(server);
    const quint16 bound = server->serverPort();
    m_baseUrl =
        QUrl(u"%1://%2:%3"_s.arg(m_tls ? u"https"_s : u"http"_s, address.toString()).arg(bound));
    return true;
}

bool SimulatorServer::startPreferring(quint16 preferred, QString *error)
{
    return (preferred != 0 && start(error, QHostAddress::LocalHost, preferred))
        || start(error, QHostAddress::LocalHost, 0);
}

QUrl SimulatorServer::baseUrl() const
{
    return m_baseUrl;
}

bool SimulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->requestRead();
    const QString path = request.url().path();
    m_log.append({QDateTime::currentDateTimeUtc(), methodName(request.method()),
        request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority), request.headers(),
        request.body()});
    if (!path.startsWith(u"/_sim/"_s)) {
        if (const auto fault = m_faults.take(path)) {
            applyFault(*fault, request, socket);
            return true;
        }
    }
    socket->write(route(request).serialize());
    return true;
}

void SimulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->write(route(request).serialize());
}

void SimulatorServer::applyFault(
    const FaultPlan::Fault &fault, const QHttpServerRequest &request, QTcpSocket *socket)
{
    using Mode = FaultPlan::Mode;
    switch (fault.mode) {
    case Mode::Delay: {
        // The request object dies with this call: answer from a copy of the reply.
        const QByteArray answer = route(request).serialize();
        if (ConnectionGuard *guard = ConnectionGuard::of(socket))
            guard->holdFor(fault.delayMs);
        QTimer::singleShot(fault.delayMs, socket, [socket, answer] { socket->write(answer); });
        return;
    }
    case Mode::Hang:
        return; // read, never answered; the connection stays open until the client gives up
    case Mode::Close:
        socket->disconnectFromHost();
        return;
    case Mode::ResetMidBody: {
        const QByteArray answer = route(request).serialize();
        socket->write(answer.left(answer.indexOf("\r\n\r\n") + 4 + 8));
        socket->flush();
        // SO_LINGER 0 turns the close into a TCP reset, as a crashed proxy would send. The pause
        // lets the client read the partial body first: a reset makes its kernel drop bytes not
        // yet read, and a client that saw nothing would simply try again.
        const struct linger reset = {1, 0};
        setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        QTimer::singleShot(150, socket, [socket] { socket->abort(); });
        return;
    }
    case Mode::ServerError:
        socket->write(htmlError(500).serialize());
        return;
    case Mode::BadGateway:
        socket->write(htmlError(502).serialize());
        return;
    case Mode::Unavailable:
        socket->write(htmlError(503).serialize());
        return;
    case Mode::MalformedJson: {
        HttpReply reply = route(request);
        reply.status = 200;
        reply.body.chop(qMax<qsizetype>(1, reply.body.size() / 2));
        socket->write(reply.serialize());
        return;
    }
    case Mode::Empty200: {
        HttpReply reply;
        reply.contentType.clear();
        socket->write(reply.serialize());
        return;
    }
    case Mode::RateLimited:
        socket->write(HttpReply::graphError(
            429, 130429, u"Rate limit hit"_s, u"Cloud API message throughput has been reached."_s)
                          .serialize());
        return;
    case Mode::NotFound: {
        HttpReply reply;
        reply.status = 404;
        reply.contentType = "text/plain";
        reply.body = "Not found";
        socket->write(reply.serialize());
        return;
    }
    }
}

HttpReply SimulatorServer::route(const QHttpServerRequest &request)
{
    QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (segments.value(0) == u"_sim"_s)
        return control(request, segments.mid(1));
    if (auto denied = authenticate(request))
        return *denied;
    if (segments.value(0) == u"whatsapp_business"_s && segments.value(1) == u"attachments"_s)
        return m_media.download(request.query(), m_conversations.now());
    static const QRegularExpression version(u"^v\\d+\\.\\d+$"_s);
    if (!segments.isEmpty() && version.match(segments.first()).hasMatch())
        segments.removeFirst(); // the version is optional (reference §1)
    return graph(request, segments);
}

std::optional<HttpReply> SimulatorServer::authenticate(const QHttpServerRequest &request) const
{
    QByteArray token;
    const QByteArray header = request.value("Authorization");
    if (header.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        token = header.mid(7).trimmed();
    else
        token = request.query().queryItemValue(u"access_token"_s).toUtf8();
    const QString value = QString::fromUtf8(token);
    if (m_config.tokens.contains(value))
        return std::nullopt;
    if (m_config.expiredTokens.contains(value)) {
        return HttpReply::graphError(401, 190,
            u"Error validating access token: Session has expired"_s,
            u"The access token has expired; generate a new one"_s, 463);
    }
    return HttpReply::graphError(401, 190,
        token.isEmpty() ? u"An access token is required to request this resource"_s
                        : u"Invalid OAuth access token - Cannot parse access token"_s,
        token.isEmpty() ? u"Send the token as Authorization: Bearer <token>"_s
                        : u"The token is not one this server issued"_s);
}

} // namespace Wac::Sim
