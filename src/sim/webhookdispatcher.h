// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/orderbook.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace Wac::Sim {

/// What the webhooks of one accepted message need to know.
struct AcceptedMessage
{
    QString wamid;
    QString recipientId; ///< wa_id digits, the BSUID or the group ID
    QString phoneNumberId;
    QString displayNumber;
    QString category; ///< pricing category: service, marketing, utility, authentication
    QString callbackData; ///< biz_opaque_callback_data, echoed when set
    bool sentOnly = false; ///< reactions get a "sent" status only
    int failureCode = 0; ///< e.g. 131047: a "failed" status instead of sent/delivered/read
    QString userId; ///< the BSUID when it was sent to one: no recipient_id then (§1.11)
    bool group = false; ///< recipient_type "group", recipientId the group ID (§1.12)
};

/**
 * Posts webhooks to the configured callback URLs in Meta's shape (reference §6): status updates
 * sent → delivered → read after configurable delays, failed statuses with `errors[]`, and
 * inbound messages. Bodies escape non-ASCII as \\uXXXX like Meta's and are signed with
 * `X-Hub-Signature-256: sha256=HMAC(app secret, exact bytes)`. A delivery that fails (no
 * answer or not 2xx) is retried with exponential backoff, up to `maxAttempts`.
 */
class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int sentMs = 200;
        int deliveredMs = 700;
        int readMs = 2000;
        int retryBaseMs = 1000;
        int maxAttempts = 5;
    };

    explicit WebhookDispatcher(std::function<QDateTime()> clock, QObject *parent = nullptr);

    void setTargets(const QList<QUrl> &targets) { m_targets = targets; }

    const QList<QUrl> &targets() const { return m_targets; }

    void setAppSecret(const QByteArray &secret) { m_secret = secret; }

    void setTiming(const Timing &timing) { m_timing = timing; }

    const Timing &timing() const { return m_timing; }

    void setWabaId(const QString &wabaId) { m_wabaId = wabaId; }

    void messageAccepted(const AcceptedMessage &message);
    /// The customer acted on `order`'s review-and-pay: a payment status ("pending", "captured" or
    /// "failed") about the order_details message, as Meta's India payment webhooks carry it.
    void payment(const SentOrder &order, const QString &status);
    void inbound(const QString &phoneNumberId, const QString &displayNumber,
        const QJsonObject &contact, const QJsonObject &message);
    /// A template's review ended: `message_template_status_update` with `event` (APPROVED,
    /// REJECTED…) and `reason` (NONE, INVALID_FORMAT…) about `tpl`, a Graph template object.
    void templateStatus(const QJsonObject &tpl, const QString &event, const QString &reason);

    /// Meta's byte form: compact JSON with every non-ASCII character escaped as \\uXXXX.
    static QByteArray asciiJson(const QJsonObject &object);
    /// "sha256=<hex HMAC-SHA256 of body with secret>".
    static QByteArray signature(const QByteArray &secret, const QByteArray &body);

Q_SIGNALS:
    /// One delivery attempt finished; `status` is 0 when no HTTP answer came.
    void attempted(const QUrl &target, const QByteArray &body, int attempt, int status);

private:
    QJsonObject envelope(const QString &phoneNumberId, const QString &displayNumber,
        const QJsonObject &additions) const;
    void post(const QUrl &target, const QByteArray &body, int attempt);

    std::function<QDateTime()> m_clock;
    QNetworkAccessManager m_nam;
    QList<QUrl> m_targets;
    QByteArray m_secret;
    QString m_wabaId;
    Timing m_timing;
};

} // namespace Wac::Sim
