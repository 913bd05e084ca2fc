// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/carouselreplies.h"
#include "sim/conversations.h"
#include "sim/httpreply.h"
#include "sim/orderbook.h"
#include "sim/pinboard.h"
#include "sim/simconfig.h"
#include "sim/templatestore.h"
#include "sim/webhookdispatcher.h"

namespace Wac::Sim {

/**
 * `POST /{phone-number-id}/messages`: the body is checked by the core validator (its errors
 * become Graph errors 131008 / 131009 / 100 with the field in `error_data.details`), templates
 * against the library (132xxx); an accepted message gets `contacts[].input/wa_id` and a fresh
 * WAMID, a paced template its `message_status`, a mark-as-read `{"success": true}`. Limits and
 * the 24-hour window are checked, and the status webhooks of an accepted message scheduled.
 * A pin answers with the group ID as `input` and `wa_id` and gets a `sent` status only; an
 * order_details message is remembered, for `/_sim/payment` to have the customer pay it.
 */
class MessageEndpoint
{
public:
    MessageEndpoint(
        const TemplateStore &templates, Conversations &conversations, WebhookDispatcher &webhooks)
        : m_templates(templates)
        , m_conversations(conversations)
        , m_webhooks(webhooks)
        , m_pins([&conversations] { return conversations.now(); })
    { }

    HttpReply send(const PhoneNumberInfo &from, const QByteArray &body);

    /// The quick replies of the carousels sent, for a simulated customer's tap.
    const CarouselReplies &carousels() const { return m_carousels; }

    const OrderBook &orders() const { return m_orders; }

private:
    QString nextWamid(const QString &recipientDigits);
    std::optional<HttpReply> refusedByLimits(const QString &recipient);
    HttpReply sendPin(const PhoneNumberInfo &from, const QJsonObject &message);

    const TemplateStore &m_templates;
    Conversations &m_conversations;
    WebhookDispatcher &m_webhooks;
    CarouselReplies m_carousels;
    PinBoard m_pins;
    OrderBook m_orders;
    quint64 m_sent = 0;
};

} // namespace Wac::Sim
