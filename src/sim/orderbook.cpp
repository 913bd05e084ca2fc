// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/orderbook.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

void OrderBook::add(const QString &wamid, const QString &recipientId, const QString &phoneNumberId,
    const QString &displayNumber, const QJsonObject &parameters)
{
    QString gateway = u"upi"_s;
    for (const QJsonValue &setting : parameters.value(u"payment_settings").toArray()) {
        const QJsonObject object = setting.toObject();
        if (object.value(u"type").toString() == u"payment_gateway"_s)
            gateway = object.value(u"payment_gateway").toObject().value(u"type").toString();
    }
    // A reference sent again is a new order message for the same order: the latest one counts.
    const QString reference = parameters.value(u"reference_id").toString();
    m_orders.insert(reference,
        {wamid, reference, recipientId, phoneNumberId, displayNumber,
            parameters.value(u"currency").toString(), parameters.value(u"total_amount").toObject(),
            gateway});
}

std::optional<SentOrder> OrderBook::find(const QString &referenceId) const
{
    const auto it = m_orders.constFind(referenceId);
    return it == m_orders.cend() ? std::nullopt : std::optional<SentOrder>(*it);
}

} // namespace Wac::Sim
