// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/sandbox.h"

#include "sim/simulatorserver.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Wac {

Sandbox::Sandbox(Inbox *inbox, QObject *parent)
    : QObject(parent)
    , m_receiver(inbox, nullptr)
{ }

Sandbox::~Sandbox() = default;

bool Sandbox::start(quint16 preferredPort, QString *error)
{
    Sim::SimConfig config = Sim::SimConfig::sandbox();
    config.appSecret = appSecret;
    m_simulator = std::make_unique<Sim::SimulatorServer>(config);
    if (!m_simulator->startPreferring(preferredPort, error)) {
        m_simulator.reset();
        return false;
    }
    Profile profile;
    profile.name = QLatin1String(Profile::sandboxName);
    profile.baseUrl = m_simulator->baseUrl();
    WebhookReceiver::Options options; // loopback, a free port, /webhook
    if (!m_receiver.start(
            profile, options, {QByteArray(appSecret), QByteArray(verifyToken)}, error))
        return false;
    m_simulator->webhooks().setTargets({m_receiver.receiver().url()});
    return true;
}

bool Sandbox::isRunning() const
{
    return m_simulator != nullptr;
}

QUrl Sandbox::baseUrl() const
{
    return m_simulator ? m_simulator->baseUrl() : QUrl();
}

void Sandbox::customerWrites(const QJsonObject &message, Done done)
{
    if (!m_simulator) {
        done({}, tr("The Sandbox simulator is not running."));
        return;
    }
    QNetworkRequest request(QUrl(baseUrl().toString() + u"/_sim/inbound"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply =
        m_nam.post(request, QJsonDocument(message).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError) {
            done(answer, answer.value(u"error").toString(reply->errorString()));
            return;
        }
        done(answer, {});
    });
}

} // namespace Wac
