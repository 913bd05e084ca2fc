// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Wac {

/// The end of one Graph request, as the user must understand it.
struct SendResult
{
    enum class Outcome
    {
        Accepted, ///< HTTP 2xx with a WAMID (or success): accepted, which is not delivered
        Rejected, ///< a Graph error: the API said no, nothing went out
        NotSent, ///< the request never left (network, TLS, refused, bad URL)
        Unknown, ///< it left and no complete answer came: check before resending
        Cancelled, ///< stopped before it left
    };

    Outcome outcome = Outcome::NotSent;
    int httpStatus = 0;
    QByteArray body; ///< the answer as received
    QJsonObject response; ///< the answer, when it is a JSON object
    QString wamid;
    QString input; ///< contacts[0].input, the recipient as sent
    QString waId; ///< contacts[0].wa_id, which may differ from the input
    QString messageStatus; ///< accepted / held_for_quality_assessment / paused (paced templates)
    ApiError error; ///< what went wrong, for every outcome but Accepted

    /// Stopped by the user before anything left.
    static SendResult cancelled()
    {
        SendResult result;
        result.outcome = Outcome::Cancelled;
        result.error.category = ApiError::Category::Cancelled;
        return result;
    }
};

} // namespace Wac

Q_DECLARE_METATYPE(Wac::SendResult)
