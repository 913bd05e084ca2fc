// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/carouselcard.h"
#include "core/payloads/interactiveparts.h"
#include "core/payloads/orderdetails.h"
#include "core/payloads/orderstatusparameters.h"
#include "core/payloads/voicecallparameters.h"

namespace Wac {

/**
 * `interactive`: the header, body and footer every kind shares, and the action parts; which
 * action parts are read and written depends on `type` (button, list, cta_url, flow,
 * location_request_message, address_message, product, product_list, catalog_message,
 * voice_call, call_permission_request, request_contact_info, carousel).
 */
struct InteractivePayload
{
    QString type;
    std::optional<InteractiveHeader> header;
    std::optional<QString> body;
    std::optional<QString> footer;

    QList<ReplyButton> buttons; ///< button
    QString listButton; ///< list: the button that opens the list
    QList<ListSection> sections; ///< list
    QString ctaDisplayText; ///< cta_url
    QString ctaUrl; ///< cta_url
    FlowParameters flow; ///< flow
    QString catalogId; ///< product, product_list
    QString productRetailerId; ///< product
    QList<ProductSection> productSections; ///< product_list
    std::optional<QString> thumbnailProductRetailerId; ///< catalog_message
    QString addressCountry; ///< address_message: parameters.country
    std::optional<QJsonObject> addressValues; ///< address_message: parameters.values (prefill)
    VoiceCallParameters voiceCall; ///< voice_call: parameters, all optional
    QList<CarouselCard> cards; ///< carousel
    OrderDetails orderDetails; ///< order_details: parameters
    OrderStatusParameters orderStatus; ///< order_status: parameters

    static InteractivePayload fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;

private:
    QJsonObject actionJson(QJsonObject action) const;
};

} // namespace Wac
