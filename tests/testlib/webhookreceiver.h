// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace Wac::Test {

/// A webhook endpoint on loopback that records what the simulator posts; it can fail on
/// purpose, to make the simulator retry.
class WebhookReceiver
{
public:
    struct Delivery
    {
        QByteArray body;
        QByteArray signature;
        qint64 atMs = 0;
    };

    WebhookReceiver();

    QUrl url() const;

    const QList<Delivery> &deliveries() const { return m_deliveries; }

    void failNext(int count) { m_failuresLeft = count; }

    /// The `value` of a webhook body's first change, where statuses and messages live.
    static QJsonObject changeValue(const QByteArray &body);

    /// The statuses delivered so far, in order.
    QList<QJsonObject> statuses() const { return items(QStringLiteral("statuses")); }

    /// Every object under `key` ("messages", "statuses") of the deliveries so far, in order.
    QList<QJsonObject> items(const QString &key) const;
    /// The change values delivered so far that hold `key`, in order.
    QList<QJsonObject> valuesWith(const QString &key) const;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    QList<Delivery> m_deliveries;
    int m_failuresLeft = 0;
};

} // namespace Wac::Test
