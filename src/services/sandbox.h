// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

#include "services/profilereceiver.h"

namespace Wac {

namespace Sim {
class SimulatorServer;
}

class Inbox;

/**
 * The built-in Sandbox at work: the Cloud API simulator on loopback and the console's own
 * receiver for it, the simulator posting its signed webhooks there by itself, so that ticks,
 * failures and customers' messages all work offline on first run.
 */
class Sandbox : public QObject
{
    Q_OBJECT

public:
    /// Neither a secret nor stored: the simulator and the receiver agree on them.
    static constexpr auto appSecret = "sandbox-app-secret";
    static constexpr auto verifyToken = "sandbox-verify-token";

    explicit Sandbox(Inbox *inbox, QObject *parent = nullptr);
    ~Sandbox() override;

    /// Starts the simulator on 127.0.0.1:`preferredPort` (a free port when that one is taken,
    /// or 0), then the receiver on a free port; false with the reason when either fails.
    bool start(quint16 preferredPort, QString *error);

    bool isRunning() const;
    QUrl baseUrl() const;

    Sim::SimulatorServer *simulator() const { return m_simulator.get(); }

    ProfileReceiver &receiver() { return m_receiver; }

    /// A customer writes (the simulator's /_sim/inbound: from, name, type and its fields);
    /// `done` gets the simulator's answer, or an error text.
    using Done = std::function<void(const QJsonObject &answer, const QString &error)>;
    void customerWrites(const QJsonObject &message, Done done);

private:
    std::unique_ptr<Sim::SimulatorServer> m_simulator;
    ProfileReceiver m_receiver;
    QNetworkAccessManager m_nam;
};

} // namespace Wac
