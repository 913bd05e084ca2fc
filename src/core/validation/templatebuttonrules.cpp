// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/rules.h"
#include "core/validation/templaterules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

constexpr int maxButtonIndex = 9;
constexpr qsizetype retailerIdLimit = 256; // as the product header and product list take it
constexpr qsizetype maxMpmSections = 10; // Meta's MPM template page and whatsapp-api-js
constexpr qsizetype maxMpmProducts = 30; // Meta: "up to 30"; whatsapp-api-js: "less than 30"

const QStringList &buttonSubTypes()
{
    static const QStringList list = {u"quick_reply"_s, u"url"_s, u"copy_code"_s, u"flow"_s,
        u"catalog"_s, u"mpm"_s, u"voice_call"_s, u"order_details"_s};
    return list;
}

// Each button component names its position in the template's BUTTONS array, 0 to 9. The seed
// examples write it as a string ("0"), SDKs as a number: both are accepted as written.
std::optional<int> buttonIndex(
    Checker &c, const QJsonObject &component, const QString &at, QSet<int> &seen)
{
    const QString indexAt = JsonPointer::child(at, u"index"_s);
    const QJsonValue value = component.value(u"index");
    // Meta's voice-call send example has no index: a template has one voice-call button.
    if (value.isUndefined()
        && component.value(u"sub_type").toString().compare(u"voice_call"_s, Qt::CaseInsensitive)
            == 0)
        return std::nullopt;
    if (value.isUndefined()) {
        c.error(indexAt, u"required"_s, Tr::tr("A button component needs its \"index\"."));
        return std::nullopt;
    }
    const std::optional<int> index = wholeIndex(value, maxButtonIndex);
    if (!index) {
        c.error(indexAt, u"invalid"_s,
            Tr::tr("\"index\" must be a whole number from 0 to %1 (the button's position).")
                .arg(maxButtonIndex));
        return std::nullopt;
    }
    if (seen.contains(*index)) {
        c.error(indexAt, u"duplicate"_s,
            Tr::tr("Button index %1 is used by more than one component.").arg(*index));
    }
    seen.insert(*index);
    return index;
}

// Meta's LTO page: "the URL button index must be 1 when a copy-code button exists, and 0
// otherwise" (the offer's buttons are the copy-code button, then the URL).
void ltoUrlIndex(Checker &c, const QString &at, int index, const TemplateSend &send)
{
    const int expected = send.copyCode ? 1 : 0;
    if (index == expected)
        return;
    c.error(JsonPointer::child(at, u"index"_s), u"ltoUrlPosition"_s,
        send.copyCode ? Tr::tr("In a limited-time offer with a copy-code button the URL button "
                               "has index 1, not %1.")
                            .arg(index)
                      : Tr::tr("In a limited-time offer without a copy-code button the URL "
                               "button has index 0, not %1.")
                            .arg(index));
}

// How many parameters each kind of button takes at send time.
std::pair<qsizetype, qsizetype> parameterCount(const QString &subType)
{
    if (subType == u"voice_call"_s)
        return {0, 2}; // ttl_minutes and payload, each optional
    if (subType == u"catalog"_s)
        return {0, 1}; // the thumbnail is optional, so is the action carrying it
    return {1, 1};
}

void mpmAction(Checker &c, const QJsonObject &action, const QString &at)
{
    c.text(action, at, u"thumbnail_product_retailer_id", Presence::Required, retailerIdLimit);
    sections(c, action, at, u"product_items", maxMpmSections, maxMpmProducts,
        Tr::tr("The sections hold %1 products in total; at most %2 are allowed."),
        [&c](const QJsonObject &item, const QString &itemAt) {
            c.text(item, itemAt, u"product_retailer_id", Presence::Required, retailerIdLimit);
            c.knownFields(item, itemAt, {u"product_retailer_id"});
        });
    qsizetype total = 0;
    for (const QJsonValue &section : action.value(u"sections").toArray())
        total += section.toObject().value(u"product_items").toArray().size();
    if (total == maxMpmProducts) {
        c.warning(JsonPointer::child(at, u"sections"_s), u"product_items.sdkLimit"_s,
            Tr::tr("30 products: Meta allows up to 30, but whatsapp-api-js requires fewer than "
                   "30 across all sections."));
    }
    c.knownFields(action, at, {u"thumbnail_product_retailer_id", u"sections"});
}

} // namespace

std::optional<int> wholeIndex(const QJsonValue &value, int max)
{
    bool ok = false;
    int index = -1;
    if (value.isDouble()) {
        const double d = value.toDouble();
        ok = d >= 0 && d <= max && d == double(int(d));
        index = ok ? int(d) : -1;
    } else if (value.isString()) {
        index = value.toString().toInt(&ok);
    }
    if (!ok || index < 0 || index > max)
        return std::nullopt;
    return index;
}

std::optional<int> templateButton(Checker &c, const QJsonObject &component, const QString &at,
    ParameterContext context, TemplateSend &send)
{
    context.component = ParameterContext::Component::Button;
    c.knownFields(component, at, {u"type", u"sub_type", u"index", u"parameters"});
    const std::optional<int> index = buttonIndex(c, component, at, send.buttonIndexes);
    const auto written = c.string(component, at, u"sub_type", Presence::Required);
    if (!written)
        return index;
    // pywa writes every sub_type in capitals, Meta's catalog example too ("CATALOG"): compared
    // without case, and the payload keeps what was written.
    const QStringList &known = buttonSubTypes();
    const auto found = std::find_if(known.cbegin(), known.cend(),
        [&](const QString &name) { return name.compare(*written, Qt::CaseInsensitive) == 0; });
    if (found == known.cend()) {
        c.oneOf(at, u"sub_type", *written, known);
        return index;
    }
    context.buttonSubType = *found;
    if (*found == u"url"_s && index && context.limitedTimeOffer)
        ltoUrlIndex(c, at, *index, send);
    const auto [min, max] = parameterCount(*found);
    templateParameters(c, component, at, context, min, max);
    return index;
}

void templateButtonAction(
    Checker &c, const QJsonObject &action, const QString &at, const QString &subType)
{
    if (subType == u"mpm"_s) {
        mpmAction(c, action, at);
    } else if (subType == u"catalog"_s) {
        c.text(action, at, u"thumbnail_product_retailer_id", Presence::Optional, retailerIdLimit);
        c.notAllowed(action, at, u"sections",
            Tr::tr("a catalog button opens the whole catalog; sections are for an mpm button."));
        c.knownFields(action, at, {u"thumbnail_product_retailer_id", u"sections"});
    } else if (subType == u"order_details"_s) {
        if (const auto details = c.object(action, at, u"order_details", Presence::Required))
            templateOrderDetails(c, *details, JsonPointer::child(at, u"order_details"_s));
        c.knownFields(action, at, {u"order_details"});
    }
    // A flow button's action (flow_token, flow_action_data) is sent as written.
}

} // namespace Wac::Rules
