// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/orderstatusparameters.h"

#include "core/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

QJsonObject OrderStatusParameters::skeleton()
{
    return {
        {u"reference_id"_s, QString()}, {u"order"_s, QJsonObject {{u"status"_s, u"processing"_s}}}};
}

OrderStatusParameters OrderStatusParameters::fromJson(const QJsonObject &parameters)
{
    const QJsonObject order = parameters.value(u"order").toObject();
    return {string(parameters, u"reference_id"), string(order, u"status"),
        optString(order, u"description")};
}

QJsonObject OrderStatusParameters::toJson(QJsonObject parameters) const
{
    setString(parameters, u"reference_id", referenceId);
    QJsonObject order = parameters.value(u"order").toObject();
    setString(order, u"status", status);
    setString(order, u"description", description);
    setObject(parameters, u"order", order, true);
    return parameters;
}

} // namespace Wac
