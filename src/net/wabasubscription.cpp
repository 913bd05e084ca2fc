// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/wabasubscription.h"

#include "core/coretr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac {

std::optional<WabaSubscription> WabaSubscription::fromJson(
    const QJsonObject &answer, QString *problem)
{
    const QJsonValue data = answer.value(u"data");
    if (!data.isArray()) {
        *problem = Tr::tr("The answer has no \"data\" list of subscribed apps.");
        return std::nullopt;
    }
    WabaSubscription subscription;
    const QJsonArray entries = data.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject app =
            entries.at(i).toObject().value(u"whatsapp_business_api_data").toObject();
        const QJsonValue id = app.value(u"id");
        // An entry without an app id names no app: reading it as "subscribed" would say
        // webhooks flow when nobody knows to whom.
        if (!id.isString() || id.toString().isEmpty()) {
            *problem = Tr::tr("Subscribed app %1 in the answer has no "
                              "\"whatsapp_business_api_data\" with an \"id\".")
                           .arg(i + 1);
            return std::nullopt;
        }
        App decoded;
        decoded.id = id.toString();
        decoded.name = app.value(u"name").toString();
        decoded.link = app.value(u"link").toString();
        decoded.overrideCallbackUri =
            entries.at(i).toObject().value(u"override_callback_uri").toString();
        subscription.apps.append(decoded);
    }
    return subscription;
}

std::optional<WabaSubscription> WabaSubscription::read(
    const SendResult &result, SendResult *failure)
{
    if (result.outcome != SendResult::Outcome::Accepted) {
        *failure = result;
        return std::nullopt;
    }
    QString problem;
    auto subscription = fromJson(result.response, &problem);
    if (!subscription) {
        *failure = result;
        failure->outcome = SendResult::Outcome::Rejected;
        failure->error.category = ApiError::Category::Other;
        failure->error.httpStatus = result.httpStatus;
        failure->error.message = problem;
    }
    return subscription;
}

} // namespace Wac
