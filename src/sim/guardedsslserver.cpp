// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/guardedsslserver.h"

#include <QSslSocket>

namespace Wac::Sim {

GuardedSslServer::GuardedSslServer(
    const ConnectionGuard::Limits &limits, const QSslConfiguration &tls, QObject *parent)
    : QSslServer(parent)
{
    setSslConfiguration(tls);
    connect(this, &QSslServer::startedEncryptionHandshake, this,
        [limits](QSslSocket *socket) { new ConnectionGuard(socket, limits); });
}

} // namespace Wac::Sim
