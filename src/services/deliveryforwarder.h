// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include "services/receiveddelivery.h"

namespace Wac {

/**
 * Relays accepted deliveries to a developer's own bot, byte for byte with their
 * X-Hub-Signature-256 header, so the bot checks them exactly as it would Meta's. It runs after
 * the answer to Meta has gone: a slow or failing bot never delays it, and is only reported.
 */
class DeliveryForwarder : public QObject
{
    Q_OBJECT

public:
    explicit DeliveryForwarder(const QUrl &target, QObject *parent = nullptr);

    void forward(const ReceivedDelivery &delivery);

    /// Forwards not yet answered.
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    /// The bot answered `httpStatus` (2xx), or did not take it: `problem` says how.
    void forwarded(int httpStatus);
    void failed(const QString &problem);

private:
    QUrl m_target;
    QNetworkAccessManager m_nam;
    int m_inFlight = 0;
};

} // namespace Wac
