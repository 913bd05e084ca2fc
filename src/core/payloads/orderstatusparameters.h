// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wac {

/// `interactive.action.parameters` of an `order_status` message (review_order): which order,
/// its new status and an optional description.
struct OrderStatusParameters
{
    QString referenceId;
    QString status; ///< processing, partially_shipped, shipped, completed, canceled
    std::optional<QString> description;

    /// The blank parameters: no reference yet, the first status an order reaches.
    static QJsonObject skeleton();
    static OrderStatusParameters fromJson(const QJsonObject &parameters);
    QJsonObject toJson(QJsonObject parameters) const;
};

} // namespace Wac
