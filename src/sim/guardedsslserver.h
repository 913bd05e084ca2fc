// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/connectionguard.h"

#include <QSslServer>

namespace Wac::Sim {

/// The simulator's listening socket when it serves HTTPS (tests of a refused certificate): each
/// connection gets its ConnectionGuard as its handshake starts, before QAbstractHttpServer takes
/// it, so the guard reads the decrypted request first, as it does on a plain connection.
class GuardedSslServer : public QSslServer
{
    Q_OBJECT

public:
    GuardedSslServer(
        const ConnectionGuard::Limits &limits, const QSslConfiguration &tls, QObject *parent);
};

} // namespace Wac::Sim
