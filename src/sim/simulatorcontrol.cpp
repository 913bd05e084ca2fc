// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The simulator's own control endpoints under /_sim/: faults, request log, clock, options and
// simulated inbound messages. They need no token: the simulator listens on loopback.
#include "core/phonenumber.h"
#include "sim/inboundbuilder.h"
#include "sim/simulatorserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

HttpReply controlError(int status, const QString &message)
{
    return HttpReply::json(QJsonObject {{u"error"_s, message}}, status);
}

HttpReply success()
{
    return HttpReply::json(QJsonObject {{u"success"_s, true}});
}

/// The first field of a /_sim/options request whose type is wrong, said by name.
std::optional<QString> checkOptionTypes(const QJsonObject &request)
{
    // A misspelt option would otherwise be answered 200 and change nothing.
    static const QStringList known {u"limits"_s, u"window_errors"_s, u"webhook_delays_ms"_s,
        u"webhooks"_s, u"template_review_seconds"_s, u"subscribed_wabas"_s};
    for (auto it = request.begin(); it != request.end(); ++it) {
        if (!known.contains(it.key()))
            return u"\"%1\" is not an option; the options are: %2"_s.arg(
                it.key(), known.join(u", "_s));
    }
    if (request.contains(u"limits") && !request.value(u"limits").isBool())
        return u"\"limits\" must be true or false"_s;
    if (request.contains(u"window_errors")) {
        const QJsonValue mode = request.value(u"window_errors");
        if (mode != QJsonValue(u"sync"_s) && mode != QJsonValue(u"async"_s))
            return u"\"window_errors\" is \"sync\" or \"async\""_s;
    }
    if (request.contains(u"webhook_delays_ms")) {
        const QJsonValue delays = request.value(u"webhook_delays_ms");
        if (!delays.isObject())
            return u"\"webhook_delays_ms\" must be an object of milliseconds"_s;
        const QJsonObject object = delays.toObject();
        static const QStringList delayKeys {
            u"sent"_s, u"delivered"_s, u"read"_s, u"retry_base"_s, u"max_attempts"_s};
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!delayKeys.contains(it.key()))
                return u"\"webhook_delays_ms.%1\" is not a delay; they are: %2"_s.arg(
                    it.key(), delayKeys.join(u", "_s));
            const double ms = it.value().toDouble(-1);
            if (!it.value().isDouble() || ms < 0 || ms > 24 * 3600 * 1000 || ms != std::floor(ms))
                return u"\"webhook_delays_ms.%1\" must be a whole number of milliseconds"_s.arg(
                    it.key());
        }
    }
    if (request.contains(u"webhooks")) {
        if (!request.value(u"webhooks").isArray())
            return u"\"webhooks\" is a list of http(s) URLs"_s;
        for (const QJsonValue &url : request.value(u"webhooks").toArray()) {
            const QUrl target(url.toString());
            if (!url.isString() || !target.isValid() || !target.scheme().startsWith(u"http"_s))
                return u"\"webhooks\" is a list of http(s) URLs"_s;
        }
    }
    if (request.contains(u"template_review_seconds")) {
        const double seconds = request.value(u"template_review_seconds").toDouble(-1);
        if (!request.value(u"template_review_seconds").isDouble() || seconds < 0
            || seconds > TemplateReviewer::maxDelaySeconds || seconds != std::floor(seconds))
            return u"\"template_review_seconds\" must be a whole number of seconds from 0 to %1"_s
                .arg(TemplateReviewer::maxDelaySeconds);
    }
    if (request.contains(u"subscribed_wabas")) {
        if (!request.value(u"subscribed_wabas").isArray())
            return u"\"subscribed_wabas\" is a list of WABA IDs"_s;
        for (const QJsonValue &id : request.value(u"subscribed_wabas").toArray()) {
            if (!id.isString())
                return u"\"subscribed_wabas\" is a list of WABA IDs"_s;
        }
    }
    return std::nullopt;
}

} // namespace

HttpReply SimulatorServer::control(const QHttpServerRequest &request, const QStringList &segments)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    const QString what = segments.value(0);
    if (what == u"requests"_s && method == Method::Get)
        return HttpReply::json(QJsonObject {{u"data"_s, m_log.toJson()}});
    if (what == u"requests"_s && method == Method::Delete) {
        m_log.clear();
        return success();
    }
    if (what == u"faults"_s && method == Method::Get)
        return HttpReply::json(QJsonObject {{u"data"_s, m_faults.toJson()}});
    if (what == u"faults"_s && method == Method::Delete) {
        m_faults.clear();
        return success();
    }
    if (what == u"faults"_s && method == Method::Post) {
        QString error;
        const auto fault =
            FaultPlan::fromJson(QJsonDocument::fromJson(request.body()).object(), &error);
        if (!fault)
            return controlError(400, error);
        m_faults.add(*fault);
        return HttpReply::json(QJsonObject {{u"data"_s, m_faults.toJson()}});
    }
    if (what == u"inbound"_s && method == Method::Post)
        return inbound(request.body());
    if (what == u"payment"_s && method == Method::Post)
        return payment(request.body());
    if (what == u"clock"_s && (method == Method::Get || method == Method::Post)) {
        if (method == Method::Post) {
            const QJsonValue seconds =
                QJsonDocument::fromJson(request.body()).object().value(u"advance_seconds");
            // Checked as a double first: converting 1e308 to an integer is undefined.
            const double value = seconds.toDouble(-1);
            const bool whole = seconds.isDouble() && value >= 0
                && value <= double(Conversations::maxStepSeconds) && value == std::floor(value);
            if (!whole || !m_conversations.advance(qint64(value))) {
                return controlError(400,
                    u"\"advance_seconds\" must be a whole number of seconds from 0 to %1, and "
                    "the clock stays within %2 seconds of real time"_s
                        .arg(Conversations::maxStepSeconds)
                        .arg(Conversations::maxOffsetSeconds));
            }
            m_reviewer.reviewDue(); // reviews due by the moved clock end now
        }
        return HttpReply::json(
            QJsonObject {{u"now"_s, m_conversations.now().toString(Qt::ISODateWithMs)}});
    }
    if (what == u"options"_s && method == Method::Get)
        return HttpReply::json(options());
    if (what == u"options"_s && method == Method::Post)
        return setOptions(request.body());
    return controlError(404, u"No control endpoint %1"_s.arg(request.url().path()));
}

HttpReply SimulatorServer::payment(const QByteArray &body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QString reference = request.value(u"reference_id").toString();
    const std::optional<SentOrder> order = m_messages.orders().find(reference);
    if (!order)
        return controlError(
            404, u"No order_details message was sent with reference_id \"%1\""_s.arg(reference));
    const QString status = request.value(u"status").toString(u"captured"_s);
    if (!QStringList {u"pending"_s, u"captured"_s, u"failed"_s}.contains(status))
        return controlError(400, u"\"status\" must be pending, captured or failed"_s);
    m_webhooks.payment(*order, status);
    return HttpReply::json(QJsonObject {{u"id"_s, order->wamid}, {u"status"_s, status}});
}

HttpReply SimulatorServer::inbound(const QByteArray &body)
{
    QJsonObject request = QJsonDocument::fromJson(body).object();
    const PhoneNumber from = PhoneNumber::parse(request.value(u"from").toString());
    if (!from.isValid())
        return controlError(400, u"\"from\" must be the customer's phone number"_s);
    const PhoneNumberInfo &phone = m_config.phoneNumbers.first();
    if (request.value(u"type") == u"button_reply"_s) {
        if (const std::optional<QString> refused = m_messages.carousels().resolve(request))
            return controlError(400, *refused); // a tap on a carousel card, by its place
    }
    QString error;
    const std::optional<QJsonObject> content =
        InboundBuilder(m_media, phone, m_conversations.now()).build(request, &error);
    if (!content)
        return controlError(400, error);
    const QString waId = from.normalized(phone.countryCode).mid(1);
    m_conversations.recordInbound(waId);
    const QString id = u"wamid.HBgL"_s
        + QString::fromLatin1(QByteArray("in/" + waId.toLatin1() + '/'
            + QByteArray::number(QRandomGenerator::global()->generate64(), 16))
                                  .toBase64(QByteArray::OmitTrailingEquals));
    QJsonObject contact {
        {u"profile"_s, QJsonObject {{u"name"_s, request.value(u"name").toString(u"Customer"_s)}}},
        {u"wa_id"_s, waId}};
    // The business-scoped user ID, when the customer is known by one (a shared contact info).
    if (const QString userId = request.value(u"user_id").toString(); !userId.isEmpty())
        contact.insert(u"user_id"_s, userId);
    QJsonObject message {{u"from"_s, waId}, {u"id"_s, id},
        {u"timestamp"_s, QString::number(m_conversations.now().toSecsSinceEpoch())}};
    for (auto it = content->constBegin(); it != content->constEnd(); ++it)
        message.insert(it.key(), it.value());
    m_webhooks.inbound(phone.id, phone.displayNumber, contact, message);
    QJsonObject answer {{u"id"_s, id}, {u"wa_id"_s, waId},
        {u"window_open_until"_s,
            m_conversations.now().addSecs(Conversations::windowSeconds).toString(Qt::ISODate)}};
    // The media ID, so that a script can fetch the file as the console will.
    const QString mediaId = message.value(message.value(u"type").toString())[u"id"_s].toString();
    if (!mediaId.isEmpty())
        answer.insert(u"media_id"_s, mediaId);
    return HttpReply::json(answer);
}

QJsonObject SimulatorServer::options() const
{
    QJsonArray hooks;
    for (const QUrl &url : m_webhooks.targets())
        hooks.append(url.toString());
    const WebhookDispatcher::Timing &timing = m_webhooks.timing();
    const QJsonObject delays {{u"sent"_s, timing.sentMs}, {u"delivered"_s, timing.deliveredMs},
        {u"read"_s, timing.readMs}, {u"retry_base"_s, timing.retryBaseMs},
        {u"max_attempts"_s, timing.maxAttempts}};
    return {{u"limits"_s, m_conversations.limitsEnabled()}, {u"webhook_delays_ms"_s, delays},
        {u"window_errors"_s, m_conversations.windowErrorsSync() ? u"sync"_s : u"async"_s},
        {u"webhooks"_s, hooks}, {u"template_review_seconds"_s, m_reviewer.delaySeconds()},
        {u"subscribed_wabas"_s, QJsonArray::fromStringList(m_subscriptions.subscribed())}};
}

HttpReply SimulatorServer::setOptions(const QByteArray &body)
{
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return controlError(400, u"The options must be a JSON object"_s);
    const QJsonObject request = document.object();
    // Every field's type is checked before any is applied: a wrong one changes nothing.
    if (auto wrong = checkOptionTypes(request))
        return controlError(400, *wrong);
    if (request.contains(u"limits"))
        m_conversations.setLimitsEnabled(request.value(u"limits").toBool());
    if (request.contains(u"window_errors"))
        m_conversations.setWindowErrorsSync(request.value(u"window_errors") == u"sync"_s);
    if (request.contains(u"webhook_delays_ms")) {
        const QJsonObject delays = request.value(u"webhook_delays_ms").toObject();
        WebhookDispatcher::Timing timing = m_webhooks.timing();
        timing.sentMs = delays.value(u"sent").toInt(timing.sentMs);
        timing.deliveredMs = delays.value(u"delivered").toInt(timing.deliveredMs);
        timing.readMs = delays.value(u"read").toInt(timing.readMs);
        timing.retryBaseMs = delays.value(u"retry_base").toInt(timing.retryBaseMs);
        timing.maxAttempts = delays.value(u"max_attempts").toInt(timing.maxAttempts);
        if (timing.sentMs < 0 || timing.deliveredMs < timing.sentMs
            || timing.readMs < timing.deliveredMs || timing.retryBaseMs < 1
            || timing.maxAttempts < 1)
            return controlError(400,
                u"webhook delays must grow sent <= delivered <= read, with a "
                "retry base and attempts of at least 1"_s);
        m_webhooks.setTiming(timing);
    }
    if (request.contains(u"template_review_seconds"))
        m_reviewer.setDelaySeconds(request.value(u"template_review_seconds").toInt());
    if (request.contains(u"webhooks")) {
        QList<QUrl> targets;
        for (const QJsonValue &url : request.value(u"webhooks").toArray())
            targets.append(QUrl(url.toString()));
        m_webhooks.setTargets(targets);
    }
    if (request.contains(u"subscribed_wabas")) {
        QStringList ids;
        for (const QJsonValue &id : request.value(u"subscribed_wabas").toArray())
            ids.append(id.toString());
        m_subscriptions.setSubscribed(ids);
    }
    return HttpReply::json(options());
}

} // namespace Wac::Sim
