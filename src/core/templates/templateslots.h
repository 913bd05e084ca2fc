// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/templatepayload.h"
#include "core/templates/templatedefinition.h"

#include <QJsonObject>
#include <QList>

namespace Wac {

/// One value a send of a template can carry: a variable of its header or body, or a button's.
struct TemplateSlot
{
    enum class Kind
    {
        HeaderText,
        HeaderMedia, ///< image, video or document: `mediaType`
        HeaderLocation,
        BodyVariable,
        ButtonUrl, ///< the suffix of a URL button's address
        ButtonPayload, ///< a quick reply's payload (optional)
        ButtonCoupon, ///< a copy-code button's code
        ButtonFlow, ///< a flow button's token and data (optional)
        ButtonOtp, ///< a one-time-password button's code
        CardProduct, ///< a product card's header: product_retailer_id and catalog_id
        OfferExpiration, ///< a limited-time offer's expiration_time_ms
        ButtonCatalog, ///< a catalog button's thumbnail_product_retailer_id (optional)
        ButtonMpm, ///< a multi-product button's thumbnail and sections of products
        ButtonTtl, ///< a voice-call button's ttl_minutes (optional)
        ButtonOrderDetails, ///< an order_details button's order, as JSON
        OrderStatus, ///< an order_status component: reference_id, order.status, description
        TapTarget, ///< tap_target_configuration: the title and URL a tap opens (optional)
    };

    Kind kind = Kind::BodyVariable;
    QString variable; ///< header and body: "1", "2", ... or the variable's name
    QString example; ///< what the template was approved with, as a placeholder
    QString mediaType; ///< HeaderMedia: image, video or document
    int buttonIndex = -1; ///< buttons: the position in the template's BUTTONS
    QString buttonText;
    QString subType; ///< buttons: the sub_type the component names
    QString url; ///< ButtonUrl: the button's address, whose variable the suffix fills
    bool required = true; ///< false for the buttons Graph does not insist on
    int cardIndex = -1; ///< in a carousel card: its card_index

    bool isButton() const { return buttonIndex >= 0; }

    bool inCard() const { return cardIndex >= 0; }
};

/**
 * The form a template definition asks for, and the `template` object a send of it carries:
 * components in the definition's order, named or positional parameters as it declares, and
 * each button component with its `sub_type` and zero-based `index` (reference §5.2).
 */
namespace TemplateSlots {

QList<TemplateSlot> of(const TemplateDefinition &definition);

/// The `template` object with `values`, one per slot of of(): an optional button left empty
/// is left out, and an OTP button left empty carries the body's first value (the code).
/// `pointers` gets, per slot, the JSON Pointer its value is written at.
QJsonObject build(const TemplateDefinition &definition, const QList<TemplateParameter> &values,
    QStringList *pointers = nullptr);

/// The values a send with the template's own examples carries (for previews in the browser).
QList<TemplateParameter> examples(const TemplateDefinition &definition);

/// The values `templateObject` (a send's `template`) gives each slot; slots it does not fill
/// get an empty value of their kind.
QList<TemplateParameter> read(
    const TemplateDefinition &definition, const QJsonObject &templateObject);

/// How many cards `templateObject`'s carousel sends (-1 without one), for
/// TemplateDefinition::withCardCount().
int cardsSent(const QJsonObject &templateObject);

/// An empty value of the slot's kind (text, image, location, payload, coupon_code, action,
/// product, ttl_minutes, limited_time_offer, order_status, tap_target_configuration).
TemplateParameter emptyValue(const TemplateSlot &slot);

/// Whether `value` leaves its slot unfilled (an optional button left out).
bool isEmpty(const TemplateParameter &value);

} // namespace TemplateSlots

} // namespace Wac
