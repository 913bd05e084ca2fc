// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/webhookdispatcher.h"

#include "core/phonenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

WebhookDispatcher::WebhookDispatcher(std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{ }

QByteArray WebhookDispatcher::asciiJson(const QJsonObject &object)
{
    // Non-ASCII only occurs inside JSON strings, so escaping per UTF-16 unit is safe.
    const QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            out.append(char(c.unicode()));
        else
            out.append("\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0'));
    }
    return out;
}

QByteArray WebhookDispatcher::signature(const QByteArray &secret, const QByteArray &body)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QJsonObject WebhookDispatcher::envelope(
    const QString &phoneNumberId, const QString &displayNumber, const QJsonObject &additions) const
{
    QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {{u"display_phone_number"_s, PhoneNumber::parse(displayNumber).digits()},
                {u"phone_number_id"_s, phoneNumberId}}}};
    for (auto it = additions.constBegin(); it != additions.constEnd(); ++it)
        value.insert(it.key(), it.value());
    const QJsonObject change {{u"value"_s, value}, {u"field"_s, u"messages"_s}};
    return {{u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
            QJsonArray {QJsonObject {{u"id"_s, m_wabaId}, {u"changes"_s, QJsonArray {change}}}}}};
}

void WebhookDispatcher::messageAccepted(const AcceptedMessage &message)
{
    if (m_targets.isEmpty())
        return;
    const auto status = [this, message](const QString &name) {
        QJsonObject entry {{u"id"_s, message.wamid}, {u"status"_s, name},
            {u"timestamp"_s, QString::number(m_clock().toSecsSinceEpoch())}};
        QJsonObject additions;
        if (message.userId.isEmpty()) {
            entry.insert(u"recipient_id"_s, message.recipientId);
        } else {
            // Meta's statuses of a BSUID send: the user ID, no phone, and a contacts entry
            // naming the user on all but failed ones.
            entry.insert(u"recipient_user_id"_s, message.userId);
            if (name != u"failed"_s) {
                additions.insert(
                    u"contacts"_s, QJsonArray {QJsonObject {{u"user_id"_s, message.userId}}});
            }
        }
        if (message.group)
            entry.insert(u"recipient_type"_s, u"group"_s);
        if (!message.callbackData.isEmpty())
            entry.insert(u"biz_opaque_callback_data"_s, message.callbackData);
        if (name == u"failed"_s) {
            entry.insert(u"errors"_s,
                QJsonArray {QJsonObject {{u"code"_s, message.failureCode},
                    {u"title"_s, u"Re-engagement message"_s},
                    {u"message"_s, u"Re-engagement message"_s},
                    {u"error_data"_s,
                        QJsonObject {{u"details"_s,
                            u"Message failed to send because more than 24 hours have passed since "
                            u"the "
                            "customer last replied to this number."_s}}},
                    {u"href"_s,
                        u"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"_s}}});
        } else {
            entry.insert(u"pricing"_s,
                QJsonObject {{u"billable"_s, true}, {u"pricing_model"_s, u"PMP"_s},
                    {u"category"_s, message.category}, {u"type"_s, u"regular"_s}});
        }
        additions.insert(u"statuses"_s, QJsonArray {entry});
        return envelope(message.phoneNumberId, message.displayNumber, additions);
    };
    // Each status is built when it is due, so its timestamp follows the (movable) clock.
    const auto later = [this, status](int delayMs, const QString &name) {
        QTimer::singleShot(delayMs, this, [this, status, name] {
            const QByteArray body = asciiJson(status(name));
            for (const QUrl &target : std::as_const(m_targets))
                post(target, body, 1);
        });
    };
    if (message.failureCode != 0) {
        later(m_timing.sentMs, u"failed"_s);
        return;
    }
    later(m_timing.sentMs, u"sent"_s);
    if (message.sentOnly)
        return;
    later(m_timing.deliveredMs, u"delivered"_s);
    later(m_timing.readMs, u"read"_s);
}

void WebhookDispatcher::payment(const SentOrder &order, const QString &status)
{
    // The 2026 notes show no payment webhook; this is the shape of Meta's India payments page:
    // a status of type "payment" on the order_details message, its transaction inside.
    const QString now = QString::number(m_clock().toSecsSinceEpoch());
    const QString transactionStatus = status == u"captured"_s ? u"success"_s : status;
    QJsonObject transaction {{u"id"_s, QString(u"txn_"_s + order.wamid.right(12))},
        {u"type"_s, order.gateway}, {u"status"_s, transactionStatus},
        {u"created_timestamp"_s, now.toLongLong()}, {u"updated_timestamp"_s, now.toLongLong()},
        {u"method"_s, QJsonObject {{u"type"_s, u"upi"_s}}}};
    if (status == u"failed"_s) {
        transaction.insert(u"error"_s,
            QJsonObject {{u"code"_s, u"payment_declined"_s},
                {u"reason"_s, u"The customer's bank declined the payment."_s}});
    }
    const QJsonObject entry {{u"id"_s, order.wamid}, {u"status"_s, status},
        {u"type"_s, u"payment"_s}, {u"timestamp"_s, now}, {u"recipient_id"_s, order.recipientId},
        {u"payment"_s,
            QJsonObject {{u"reference_id"_s, order.referenceId}, {u"amount"_s, order.totalAmount},
                {u"currency"_s, order.currency}, {u"transaction"_s, transaction}}}};
    const QByteArray body = asciiJson(
        envelope(order.phoneNumberId, order.displayNumber, {{u"statuses"_s, QJsonArray {entry}}}));
    for (const QUrl &target : std::as_const(m_targets))
        post(target, body, 1);
}

void WebhookDispatcher::inbound(const QString &phoneNumberId, const QString &displayNumber,
    const QJsonObject &contact, const QJsonObject &message)
{
    const QByteArray body = asciiJson(envelope(phoneNumberId, displayNumber,
        {{u"contacts"_s, QJsonArray {contact}}, {u"messages"_s, QJsonArray {message}}}));
    for (const QUrl &target : std::as_const(m_targets))
        post(target, body, 1);
}

void WebhookDispatcher::templateStatus(
    const QJsonObject &tpl, const QString &event, const QString &reason)
{
    // Not a "messages" change: no metadata of a phone number, the WABA's entry carries a time.
    const QJsonObject value {{u"event"_s, event},
        {u"message_template_id"_s, tpl.value(u"id").toString().toLongLong()},
        {u"message_template_name"_s, tpl.value(u"name")},
        {u"message_template_language"_s, tpl.value(u"language")}, {u"reason"_s, reason}};
    const QJsonObject change {
        {u"field"_s, u"message_template_status_update"_s}, {u"value"_s, value}};
    const QJsonObject entry {{u"id"_s, m_wabaId}, {u"time"_s, m_clock().toSecsSinceEpoch()},
        {u"changes"_s, QJsonArray {change}}};
    const QByteArray body = asciiJson(QJsonObject {
        {u"object"_s, u"whatsapp_business_account"_s}, {u"entry"_s, QJsonArray {entry}}});
    for (const QUrl &target : std::as_const(m_targets))
        post(target, body, 1);
}

void WebhookDispatcher::post(const QUrl &target, const QByteArray &body, int attempt)
{
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_secret.isEmpty())
        request.setRawHeader("X-Hub-Signature-256", signature(m_secret, body));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, target, body, attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT attempted(target, body, attempt, status);
        if (status >= 200 && status < 300)
            return;
        if (attempt >= m_timing.maxAttempts)
            return; // given up, as Meta does after its retry period
        const int delay = m_timing.retryBaseMs * (1 << (attempt - 1));
        QTimer::singleShot(
            delay, this, [this, target, body, attempt] { post(target, body, attempt + 1); });
    });
}

} // namespace Wac::Sim
