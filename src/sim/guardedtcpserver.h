// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/connectionguard.h"

#include <QTcpServer>

namespace Wac::Sim {

/// The simulator's listening socket: every connection it accepts gets its ConnectionGuard
/// before QAbstractHttpServer takes it, so the guard reads first.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const ConnectionGuard::Limits &limits, QObject *parent);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionGuard::Limits m_limits;
};

} // namespace Wac::Sim
