// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/textlength.h"
#include "core/validation/rules.h"
#include "core/validation/templaterules.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

constexpr qsizetype headerTextLimit = 60;
constexpr qsizetype bodyTextLimit = 1024;
constexpr qsizetype bodyOnlyTextLimit = 32768;
// The coupon page allows 20 characters, the limited-time-offer page 15 for the offer code:
// 15 is the limit in an offer, and elsewhere a code over 15 is only a warning.
constexpr qsizetype couponLimit = 20;
constexpr qsizetype offerCodeLimit = 15;
constexpr qsizetype quickReplyPayloadLimit = 1000;
constexpr qsizetype callPayloadLimit = 512;
constexpr qsizetype parameterNameLimit = 20;

const QStringList &allowedTypes(const ParameterContext &context)
{
    using Component = ParameterContext::Component;
    static const QStringList header = {u"text"_s, u"currency"_s, u"date_time"_s, u"image"_s,
        u"video"_s, u"document"_s, u"location"_s, u"product"_s};
    static const QStringList body = {u"text"_s, u"currency"_s, u"date_time"_s};
    static const QStringList cardHeader = {u"image"_s, u"video"_s, u"product"_s};
    static const QStringList quickReply = {u"payload"_s, u"text"_s};
    static const QStringList text = {u"text"_s};
    static const QStringList coupon = {u"coupon_code"_s};
    static const QStringList call = {u"ttl_minutes"_s, u"payload"_s};
    static const QStringList action = {u"action"_s}; // flow, catalog, mpm
    switch (context.component) {
    case Component::Header:
        return context.inCarouselCard ? cardHeader : header;
    case Component::Body:
        return body;
    case Component::Button:
        break;
    }
    const QString &sub = context.buttonSubType;
    if (sub == u"quick_reply"_s)
        return quickReply;
    if (sub == u"url"_s)
        return text;
    if (sub == u"copy_code"_s)
        return coupon;
    if (sub == u"voice_call"_s)
        return call;
    return action;
}

qsizetype textLimit(const ParameterContext &context)
{
    using Component = ParameterContext::Component;
    if (context.component == Component::Header)
        return headerTextLimit;
    if (context.component == Component::Body)
        return context.bodyIsOnlyComponent ? bodyOnlyTextLimit : bodyTextLimit;
    return 2000; // a URL suffix: no documented limit beyond the URL's own
}

void parameterName(Checker &c, const QJsonObject &parameter, const QString &at)
{
    const auto name = c.string(parameter, at, u"parameter_name");
    if (!name)
        return;
    const QString nameAt = JsonPointer::child(at, u"parameter_name"_s);
    const auto lowerOrUnderscore = [](QChar ch) {
        return (ch >= u'a' && ch <= u'z') || ch == u'_';
    };
    const bool valid = !name->isEmpty() && lowerOrUnderscore(name->front())
        && std::all_of(name->cbegin(), name->cend(),
            [&](QChar ch) { return lowerOrUnderscore(ch) || (ch >= u'0' && ch <= u'9'); });
    if (!valid) {
        c.error(nameAt, u"invalidFormat"_s,
            Tr::tr("\"parameter_name\" is \"%1\"; names hold lowercase letters and underscores.")
                .arg(*name));
    } else {
        c.maxLength(nameAt, *name, parameterNameLimit, Severity::Warning);
    }
}

void currency(Checker &c, const QJsonObject &currency, const QString &at)
{
    c.text(currency, at, u"fallback_value", Presence::Required, 1024);
    if (const auto code = c.string(currency, at, u"code", Presence::Required);
        code && !isCurrencyCode(*code)) {
        c.error(JsonPointer::child(at, u"code"_s), u"invalid"_s,
            Tr::tr("\"code\" is \"%1\", which is not an ISO 4217 currency code such as USD.")
                .arg(*code));
    }
    if (const auto amount = c.number(currency, at, u"amount_1000", Presence::Required);
        amount && std::floor(*amount) != *amount) {
        c.error(JsonPointer::child(at, u"amount_1000"_s), u"notInteger"_s,
            Tr::tr("\"amount_1000\" must be a whole number (the amount times 1000), not %1.")
                .arg(*amount));
    }
    c.knownFields(currency, at, {u"fallback_value", u"code", u"amount_1000"});
}

// Meta's sample_issue_resolution template (on every new account) sends its quick replies as
// {"type": "text"}, where the reference documents only "payload": a warning, not an error.
void quickReplyText(Checker &c, const QJsonObject &parameter, const QString &at)
{
    c.warning(JsonPointer::child(at, u"type"_s), u"undocumented"_s,
        Tr::tr("A quick-reply button's parameter is documented as {\"type\": \"payload\", "
               "\"payload\": …}, which comes back in the reply webhook; \"text\" is what "
               "Meta's own sample_issue_resolution sends."));
    c.text(parameter, at, u"text", Presence::Required, quickReplyPayloadLimit);
}

void couponCode(
    Checker &c, const QJsonObject &parameter, const QString &at, const ParameterContext &context)
{
    const qsizetype limit = context.limitedTimeOffer ? offerCodeLimit : couponLimit;
    const auto code = c.text(parameter, at, u"coupon_code", Presence::Required, limit);
    if (code && !context.limitedTimeOffer && TextLength::graphemes(*code) <= couponLimit)
        c.maxLength(
            JsonPointer::child(at, u"coupon_code"_s), *code, offerCodeLimit, Severity::Warning);
}

void objectValue(Checker &c, const QJsonObject &object, const QString &valueAt, const QString &type,
    const ParameterContext &context)
{
    if (type == u"currency"_s) {
        currency(c, object, valueAt);
    } else if (type == u"date_time"_s) {
        c.text(object, valueAt, u"fallback_value", Presence::Required, 1024);
        c.knownFields(object, valueAt, {u"fallback_value"});
    } else if (type == u"location"_s) {
        locationObject(c, object, valueAt, false);
    } else if (type == u"product"_s) {
        c.text(object, valueAt, u"product_retailer_id", Presence::Required, 256);
        c.text(object, valueAt, u"catalog_id", Presence::Required, 256);
        c.knownFields(object, valueAt, {u"product_retailer_id", u"catalog_id"});
    } else if (type == u"action"_s) {
        templateButtonAction(c, object, valueAt, context.buttonSubType);
    } else {
        mediaObject(c, object, valueAt, type, MediaUse::TemplateParameter);
    }
}

void typedValue(Checker &c, const QJsonObject &parameter, const QString &at, const QString &type,
    const ParameterContext &context)
{
    const QString valueAt = JsonPointer::child(at, type);
    const bool button = context.component == ParameterContext::Component::Button;
    if (type == u"text"_s && button && context.buttonSubType == u"quick_reply"_s) {
        quickReplyText(c, parameter, at);
    } else if (type == u"text"_s) {
        c.text(parameter, at, u"text", Presence::Required, textLimit(context));
    } else if (type == u"payload"_s) {
        c.text(parameter, at, u"payload", Presence::Required,
            context.buttonSubType == u"voice_call"_s ? callPayloadLimit : quickReplyPayloadLimit);
    } else if (type == u"coupon_code"_s) {
        couponCode(c, parameter, at, context);
    } else if (type == u"ttl_minutes"_s) {
        if (const auto ttl = c.number(parameter, at, u"ttl_minutes", Presence::Required);
            ttl && (*ttl < 1 || *ttl > 43200 || std::floor(*ttl) != *ttl)) {
            c.error(valueAt, u"outOfRange"_s,
                Tr::tr("\"ttl_minutes\" must be a whole number from 1 to 43200."));
        }
    } else if (const auto object = c.object(parameter, at, type, Presence::Required)) {
        objectValue(c, *object, valueAt, type, context);
    }
}

} // namespace

void templateParameter(Checker &c, const QJsonObject &parameter, const QString &pointer,
    const ParameterContext &context)
{
    const auto type = c.string(parameter, pointer, u"type", Presence::Required);
    if (!type || !c.oneOf(pointer, u"type", *type, allowedTypes(context)))
        return;
    parameterName(c, parameter, pointer);
    typedValue(c, parameter, pointer, *type, context);
    c.knownFields(parameter, pointer, {u"type", u"parameter_name", QStringView(*type)});
}

void templateParameters(Checker &c, const QJsonObject &component, const QString &at,
    const ParameterContext &context, qsizetype minCount, qsizetype maxCount)
{
    const auto list = c.array(
        component, at, u"parameters", minCount > 0 ? Presence::Required : Presence::Optional);
    if (!list)
        return;
    const QString listAt = JsonPointer::child(at, u"parameters"_s);
    c.count(listAt, list->size(), minCount, maxCount);
    qsizetype named = 0;
    QSet<QString> callTypes; // a voice_call button overrides ttl_minutes and payload once each
    for (qsizetype i = 0; i < list->size(); ++i) {
        const auto parameter = c.element(*list, listAt, i);
        if (!parameter)
            continue;
        const QString itemAt = JsonPointer::child(listAt, i);
        named += parameter->contains(u"parameter_name") ? 1 : 0;
        if (context.buttonSubType == u"voice_call"_s && parameter->value(u"type").isString()) {
            c.unique(callTypes, JsonPointer::child(itemAt, u"type"_s),
                parameter->value(u"type").toString());
        }
        templateParameter(c, *parameter, itemAt, context);
    }
    if (named > 0 && named < list->size()) {
        c.error(listAt, u"mixedNaming"_s,
            Tr::tr("Either every parameter of a component has a \"parameter_name\" (named "
                   "template) or none has (positional template)."));
    }
}

std::optional<QString> nonBlank(Checker &c, const QJsonObject &object, const QString &pointer,
    QStringView key, Presence presence)
{
    const auto value = c.string(object, pointer, key, presence);
    if (value && value->trimmed().isEmpty()) {
        const QString at = JsonPointer::child(pointer, key.toString());
        c.error(
            at, u"empty"_s, Tr::tr("\"%1\" must not be empty.").arg(JsonPointer::fieldName(at)));
    }
    return value;
}

bool isCurrencyCode(const QString &code)
{
    // ISO 4217 active codes (2026), plus the funds and precious-metal codes Meta passes through.
    static const QSet<QString> codes = [] {
        const QString all = u"AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD "
                            "BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY "
                            "COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP "
                            "GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR "
                            "ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD "
                            "LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN "
                            "NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD "
                            "RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP "
                            "SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW "
                            "UZS VED VES VND VUV WST XAF XAG XAU XCD XCG XDR XOF XPD XPF XPT YER "
                            "ZAR ZMW ZWG ZWL"_s;
        const QStringList list = all.split(u' ');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return codes.contains(code);
}

} // namespace Wac::Rules
