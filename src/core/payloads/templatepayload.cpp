// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/templatepayload.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

namespace {

std::optional<int> indexOf(const QJsonObject &component)
{
    const QJsonValue value = component.value(u"index");
    bool ok = value.isDouble();
    int index = value.toInt();
    if (value.isString())
        index = value.toString().toInt(&ok);
    return ok ? std::optional<int>(index) : std::nullopt;
}

} // namespace

TemplateParameter TemplateParameter::fromJson(const QJsonObject &o)
{
    TemplateParameter p;
    p.type = string(o, u"type");
    p.parameterName = optString(o, u"parameter_name");
    p.text = optString(o, u"text");
    p.payload = optString(o, u"payload");
    p.couponCode = optString(o, u"coupon_code");
    p.ttlMinutes = optNumber(o, u"ttl_minutes");
    const QJsonObject value = o.value(p.type).toObject();
    p.fallbackValue = string(value, u"fallback_value");
    p.currencyCode = string(value, u"code");
    p.amount1000 = optNumber(value, u"amount_1000");
    p.media = MediaPayload::fromJson(value);
    p.location = LocationPayload::fromJson(value);
    p.object = value;
    p.list = o.value(p.type).toArray();
    return p;
}

QJsonObject TemplateParameter::toJson(QJsonObject base) const
{
    // Only the value of the parameter's own type is written: another type's key stays as it
    // is (a caller that changes the type removes the old one).
    setString(base, u"type", type);
    setString(base, u"parameter_name", parameterName);
    if (type == u"text"_s)
        setString(base, u"text", text);
    else if (type == u"payload"_s)
        setString(base, u"payload", payload);
    else if (type == u"coupon_code"_s)
        setString(base, u"coupon_code", couponCode);
    else if (type == u"ttl_minutes"_s)
        setNumber(base, u"ttl_minutes", ttlMinutes);
    QJsonObject value = base.value(type).toObject();
    if (type == u"currency"_s) {
        setString(value, u"fallback_value", fallbackValue);
        setString(value, u"code", currencyCode);
        setNumber(value, u"amount_1000", amount1000);
    } else if (type == u"date_time"_s) {
        setString(value, u"fallback_value", fallbackValue);
    } else if (type == u"image"_s || type == u"document"_s || type == u"video"_s) {
        value = media.toJson(value);
    } else if (type == u"location"_s) {
        value = location.toJson(value);
    } else if (type == u"product"_s || type == u"action"_s || type == u"order_status"_s) {
        value = object;
    } else if (type == u"tap_target_configuration"_s) {
        // Written in the form it was given: Meta's array, or the one object an SDK sends.
        if (!list.isEmpty())
            base.insert(type, list);
        else if (!object.isEmpty())
            base.insert(type, object);
        return base;
    } else {
        return base;
    }
    setObject(base, type, value, true);
    return base;
}

TemplateComponent TemplateComponent::fromJson(const QJsonObject &o)
{
    return {string(o, u"type"), optString(o, u"sub_type"), indexOf(o),
        list<TemplateParameter>(o, u"parameters")};
}

QJsonObject TemplateComponent::toJson(QJsonObject base) const
{
    setString(base, u"type", type);
    setString(base, u"sub_type", subType);
    // The index is compared as read, so a loaded "0" stays a string and 0 stays a number.
    if (indexOf(base) != index) {
        if (index)
            base.insert(u"index", *index);
        else
            base.remove(u"index");
    }
    setList(base, u"parameters", parameters);
    return base;
}

TemplatePayload TemplatePayload::fromJson(const QJsonObject &o)
{
    const QJsonObject language = o.value(u"language").toObject();
    return {string(o, u"name"), string(language, u"code"), optString(language, u"policy"),
        list<TemplateComponent>(o, u"components")};
}

QJsonObject TemplatePayload::toJson(QJsonObject base) const
{
    setString(base, u"name", name);
    QJsonObject language = base.value(u"language").toObject();
    setString(language, u"code", languageCode);
    setString(language, u"policy", languagePolicy);
    setObject(base, u"language", language, true);
    setList(base, u"components", components);
    return base;
}

} // namespace Wac
