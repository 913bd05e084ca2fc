// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/messageskeleton.h"

#include "core/payloads/orderdetails.h"
#include "core/payloads/orderstatusparameters.h"
#include "core/payloads/pinpayload.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

/// A media card with an image and a URL button, the commonest kind, for the user to fill.
QJsonObject blankCard(int index)
{
    return {{u"card_index"_s, index}, {u"type"_s, u"cta_url"_s},
        {u"header"_s,
            QJsonObject {
                {u"type"_s, u"image"_s}, {u"image"_s, QJsonObject {{u"link"_s, QString()}}}}},
        {u"action"_s,
            QJsonObject {{u"name"_s, u"cta_url"_s},
                {u"parameters"_s,
                    QJsonObject {{u"display_text"_s, QString()}, {u"url"_s, QString()}}}}}};
}

QJsonObject interactiveSkeleton(MessageType type)
{
    const QString name = interactiveWireType(type);
    QJsonObject action;
    using T = MessageType;
    switch (type) {
    case T::InteractiveList:
        action = {{u"button"_s, QString()}};
        break;
    case T::InteractiveCtaUrl:
        action = {{u"name"_s, name},
            {u"parameters"_s, QJsonObject {{u"display_text"_s, QString()}, {u"url"_s, QString()}}}};
        break;
    case T::InteractiveFlow:
        action = {{u"name"_s, name},
            {u"parameters"_s,
                QJsonObject {{u"flow_message_version"_s, u"3"_s}, {u"flow_cta"_s, QString()}}}};
        break;
    case T::InteractiveLocationRequest:
        action = {{u"name"_s, u"send_location"_s}};
        break;
    case T::InteractiveAddress:
        action = {{u"name"_s, name}, {u"parameters"_s, QJsonObject {{u"country"_s, QString()}}}};
        break;
    case T::InteractiveProduct:
        action = {{u"catalog_id"_s, QString()}, {u"product_retailer_id"_s, QString()}};
        break;
    case T::InteractiveProductList:
        action = {{u"catalog_id"_s, QString()}};
        break;
    case T::InteractiveCatalog:
    case T::InteractiveVoiceCall: // its parameters are optional: WhatsApp has defaults
    case T::InteractiveCallPermissionRequest:
    case T::InteractiveRequestContactInfo:
        action = {{u"name"_s, name}};
        break;
    case T::InteractiveCarousel:
        action = {{u"cards"_s, QJsonArray {blankCard(0), blankCard(1)}}}; // at least two
        break;
    case T::InteractiveOrderDetails:
        action = {{u"name"_s, u"review_and_pay"_s}, {u"parameters"_s, OrderDetails::skeleton()}};
        break;
    case T::InteractiveOrderStatus:
        action = {
            {u"name"_s, u"review_order"_s}, {u"parameters"_s, OrderStatusParameters::skeleton()}};
        break;
    default:
        break; // reply buttons: the user adds them
    }
    QJsonObject interactive {{u"type"_s, name}, {u"action"_s, action}};
    // Their body is optional: a blank one would only be an empty text to complain about.
    if (type != T::InteractiveProduct && type != T::InteractiveCallPermissionRequest)
        interactive.insert(u"body"_s, QJsonObject {{u"text"_s, QString()}});
    return interactive;
}

} // namespace

// Every type in the enum, with no default: a new type stops the build here until it has one.
QJsonValue messageSkeleton(MessageType type)
{
    using T = MessageType;
    switch (type) {
    case T::Text:
        return QJsonObject {{u"body"_s, QString()}};
    case T::Reaction:
        return QJsonObject {{u"message_id"_s, QString()}, {u"emoji"_s, QString()}};
    case T::Contacts:
        return QJsonArray {QJsonObject {{u"name"_s,
            QJsonObject {{u"formatted_name"_s, QString()}, {u"first_name"_s, QString()}}}}};
    case T::Template:
        return QJsonObject {
            {u"name"_s, QString()}, {u"language"_s, QJsonObject {{u"code"_s, u"en_US"_s}}}};
    case T::InteractiveButton:
    case T::InteractiveList:
    case T::InteractiveCtaUrl:
    case T::InteractiveFlow:
    case T::InteractiveLocationRequest:
    case T::InteractiveAddress:
    case T::InteractiveProduct:
    case T::InteractiveProductList:
    case T::InteractiveCatalog:
    case T::InteractiveCarousel:
    case T::InteractiveVoiceCall:
    case T::InteractiveCallPermissionRequest:
    case T::InteractiveRequestContactInfo:
    case T::InteractiveOrderDetails:
    case T::InteractiveOrderStatus:
        return interactiveSkeleton(type);
    case T::Pin:
        return PinPayload::skeleton();
    case T::Image:
    case T::Audio:
    case T::Video:
    case T::Document:
    case T::Sticker:
    case T::Location:
    case T::MarkAsRead: // written by setType() itself
    case T::Unknown:
        break;
    }
    return QJsonObject();
}

} // namespace Wac
