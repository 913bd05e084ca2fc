// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/graphanswer.h"

#include "core/coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Wac {

SendResult GraphAnswer::classify(
    int status, const QByteArray &body, qint64 announcedLength, const QString &location, bool isGet)
{
    SendResult result;
    result.httpStatus = status;
    result.body = body;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool json = parseError.error == QJsonParseError::NoError && document.isObject();
    if (json)
        result.response = document.object();
    const bool cut = announcedLength >= 0 && body.size() < announcedLength;

    if (status >= 200 && status < 300) {
        const QJsonObject message = result.response.value(u"messages").toArray().at(0).toObject();
        // Any whole JSON object answers a GET.
        if (!cut && json
            && (isGet || message.contains(u"id") || result.response.value(u"success").toBool()
                || result.response.contains(u"id"))) { // an upload answers {"id"}
            result.outcome = SendResult::Outcome::Accepted;
            result.wamid = message.value(u"id").toString();
            result.messageStatus = message.value(u"message_status").toString();
            const QJsonObject contact =
                result.response.value(u"contacts").toArray().at(0).toObject();
            result.input = contact.value(u"input").toString();
            result.waId = contact.value(u"wa_id").toString();
            return result;
        }
        // 200 but no whole answer: the API may well have taken the message.
        result.outcome = SendResult::Outcome::Unknown;
        result.error.category = ApiError::Category::OutcomeUnknown;
        result.error.httpStatus = status;
        result.error.message = body.isEmpty()
            ? Tr::tr("The server answered 200 with an empty body.")
            : Tr::tr("The server's answer is incomplete or not JSON.");
        return result;
    }

    // An answer without a Graph error (an HTML page, a redirect) is a proxy's or a wrong
    // address's, and is classified by its status alone.
    result.error = json && result.response.value(u"error").isObject()
        ? ApiError::fromGraph(status, result.response)
        : ApiError::notGraph(status, location);
    // For a 5xx, Graph's own or not, nobody can say whether the API took the message first.
    result.outcome = status >= 500 ? SendResult::Outcome::Unknown : SendResult::Outcome::Rejected;
    return result;
}

} // namespace Wac
