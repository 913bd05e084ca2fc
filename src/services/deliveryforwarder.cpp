// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/deliveryforwarder.h"

#include <QNetworkReply>

namespace Wac {

DeliveryForwarder::DeliveryForwarder(const QUrl &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{ }

void DeliveryForwarder::forward(const ReceivedDelivery &delivery)
{
    QNetworkRequest request(m_target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!delivery.signature.isEmpty())
        request.setRawHeader("X-Hub-Signature-256", delivery.signature);
    request.setTransferTimeout(15000);
    ++m_inFlight;
    QNetworkReply *reply = m_nam.post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            Q_EMIT forwarded(status);
        } else if (status != 0) {
            Q_EMIT failed(
                tr("%1 answered HTTP %2")
                    .arg(m_target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                    .arg(status));
        } else {
            Q_EMIT failed(
                tr("%1 could not be reached: %2")
                    .arg(m_target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                        reply->errorString()));
        }
    });
}

} // namespace Wac
