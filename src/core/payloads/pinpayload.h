// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wac {

/// `pin`: pins a group message for `expiration_days` (1 to 30), or unpins it.
struct PinPayload
{
    QString operation; ///< "type": pin or unpin
    QString messageId;
    /// Meta's example quotes it ("<EXPIRATION>"); a string is kept as written, read as nothing.
    std::optional<double> expirationDays;

    /// The blank pin: 30 days, the longest, so that the days field starts at a valid value.
    static QJsonObject skeleton();
    static PinPayload fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

} // namespace Wac
