// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wac::Sim {

/// An order_details message the simulator accepted: what a payment webhook about it says.
struct SentOrder
{
    QString wamid;
    QString referenceId;
    QString recipientId;
    QString phoneNumberId;
    QString displayNumber;
    QString currency;
    QJsonObject totalAmount; ///< {value, offset}, as sent
    QString gateway; ///< the payment_gateway type, or "upi" for an intent link or configuration
};

/// The orders sent, by reference_id, so that `/_sim/payment` can have the customer pay one.
class OrderBook
{
public:
    /// Remembers the order of an accepted order_details message (its parameters).
    void add(const QString &wamid, const QString &recipientId, const QString &phoneNumberId,
        const QString &displayNumber, const QJsonObject &parameters);
    std::optional<SentOrder> find(const QString &referenceId) const;

private:
    QHash<QString, SentOrder> m_orders;
};

} // namespace Wac::Sim
