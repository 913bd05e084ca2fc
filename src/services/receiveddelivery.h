// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QString>

namespace Wac {

/// One webhook POST as it arrived, before anything is made of it: the exact bytes its signature
/// covers, which is also what is kept raw and what `listen --forward` relays.
struct ReceivedDelivery
{
    QByteArray body; ///< the exact bytes received
    QByteArray signature; ///< the X-Hub-Signature-256 header as received ("sha256=<hex>")
    qint64 receivedAt = 0; ///< UTC milliseconds
    QString peer; ///< "address:port" of the sender
    bool verified = false; ///< the signature matched the app secret
};

} // namespace Wac
