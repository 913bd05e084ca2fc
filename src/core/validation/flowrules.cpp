// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/textlength.h"
#include "core/validation/rules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

// Meta's words are "advised 30 characters or less", and its own draft-flow examples send 23
// ("Not shown in draft mode"); the SDKs and the seeds stop at 20, so 20 is only a warning.
constexpr qsizetype flowCtaLimit = 30;
constexpr qsizetype flowCtaSdkLimit = 20;
constexpr qsizetype maxProductSections = 10;
constexpr qsizetype maxProducts = 30;

void flowPayload(
    Checker &c, const QJsonObject &parameters, const QString &at, const QString &flowAction)
{
    if (flowAction != u"navigate"_s) {
        c.notAllowed(parameters, at, u"flow_action_payload",
            Tr::tr("it is used only with flow_action \"navigate\"."));
        return;
    }
    const auto payload = c.object(parameters, at, u"flow_action_payload", Presence::Required);
    if (!payload)
        return;
    const QString payloadAt = JsonPointer::child(at, u"flow_action_payload"_s);
    c.text(*payload, payloadAt, u"screen", Presence::Required, 256);
    if (const auto data = c.object(*payload, payloadAt, u"data"); data && data->isEmpty()) {
        c.error(JsonPointer::child(payloadAt, u"data"_s), u"empty"_s,
            Tr::tr("\"data\" must be a non-empty object, or be left out."));
    }
    c.knownFields(*payload, payloadAt, {u"screen", u"data"});
}

void flowCta(Checker &c, const QJsonObject &parameters, const QString &at)
{
    const auto cta = c.text(parameters, at, u"flow_cta", Presence::Required, flowCtaLimit);
    if (!cta)
        return;
    const QString ctaAt = JsonPointer::child(at, u"flow_cta"_s);
    if (TextLength::containsEmoji(*cta)) {
        c.error(ctaAt, u"containsEmoji"_s, Tr::tr("\"flow_cta\" must not contain emoji."));
        return;
    }
    const qsizetype length = TextLength::graphemes(*cta);
    if (length > flowCtaSdkLimit && length <= flowCtaLimit) {
        c.warning(ctaAt, u"tooLong"_s,
            Tr::tr("\"flow_cta\" has %1 characters: Meta advises at most %2, but the SDKs "
                   "stop at %3.")
                .arg(length)
                .arg(flowCtaLimit)
                .arg(flowCtaSdkLimit));
    }
}

} // namespace

void flowAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    actionName(c, action, pointer, u"flow"_s);
    c.knownFields(action, pointer, {u"name", u"parameters"});
    const auto parameters = c.object(action, pointer, u"parameters", Presence::Required);
    if (!parameters)
        return;
    const QString at = JsonPointer::child(pointer, u"parameters"_s);
    if (const auto version = c.string(*parameters, at, u"flow_message_version", Presence::Required))
        c.oneOf(at, u"flow_message_version", *version, {u"3"});

    const bool hasId = parameters->contains(u"flow_id");
    const bool hasName = parameters->contains(u"flow_name");
    if (hasId && hasName) {
        c.error(
            at, u"flowIdAndName"_s, Tr::tr("Give either \"flow_id\" or \"flow_name\", not both."));
    } else if (!hasId && !hasName) {
        c.error(at, u"flowIdOrNameRequired"_s,
            Tr::tr("A flow message needs \"flow_id\" (or \"flow_name\")."));
    }
    c.text(*parameters, at, u"flow_id", Presence::Optional, 256);
    c.text(*parameters, at, u"flow_name", Presence::Optional, 256);
    c.text(*parameters, at, u"flow_token", Presence::Required, 4096);
    flowCta(c, *parameters, at);
    if (const auto mode = c.string(*parameters, at, u"mode"))
        c.oneOf(at, u"mode", *mode, {u"draft", u"published"});
    QString flowAction = u"navigate"_s;
    if (const auto value = c.string(*parameters, at, u"flow_action")) {
        flowAction = *value;
        if (!c.oneOf(at, u"flow_action", *value, {u"navigate", u"data_exchange"}))
            flowAction.clear();
    }
    if (!flowAction.isEmpty())
        flowPayload(c, *parameters, at, flowAction);
    c.knownFields(*parameters, at,
        {u"flow_message_version", u"flow_id", u"flow_name", u"flow_token", u"flow_cta", u"mode",
            u"flow_action", u"flow_action_payload"});
}

void addressAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    actionName(c, action, pointer, u"address_message"_s);
    c.knownFields(action, pointer, {u"name", u"parameters"});
    const auto parameters = c.object(action, pointer, u"parameters", Presence::Required);
    if (!parameters)
        return;
    const QString at = JsonPointer::child(pointer, u"parameters"_s);
    if (const auto country = c.string(*parameters, at, u"country", Presence::Required)) {
        const QString countryAt = JsonPointer::child(at, u"country"_s);
        static const QRegularExpression iso(u"^[A-Z]{2}$"_s);
        if (!iso.match(*country).hasMatch()) {
            c.error(countryAt, u"invalidFormat"_s,
                Tr::tr("\"country\" must be a two-letter ISO country code such as IN, not "
                       "\"%1\".")
                    .arg(*country));
        } else if (*country != u"IN"_s) {
            c.warning(countryAt, u"unsupported"_s,
                Tr::tr("Address messages are documented for India (IN) only; \"%1\" may be "
                       "rejected.")
                    .arg(*country));
        }
    }
    if (const auto values = c.object(*parameters, at, u"values")) {
        const QString valuesAt = JsonPointer::child(at, u"values"_s);
        const QList<QStringView> fields = {u"name", u"phone_number", u"in_pin_code",
            u"sg_post_code", u"house_number", u"floor_number", u"tower_number", u"building_name",
            u"address", u"landmark_area", u"city", u"state"};
        for (const QStringView field : fields)
            c.string(*values, valuesAt, field);
        if (const auto pin = c.string(*values, valuesAt, u"in_pin_code"))
            c.maxLength(JsonPointer::child(valuesAt, u"in_pin_code"_s), *pin, 6);
        c.knownFields(*values, valuesAt, fields);
    }
    if (const auto saved = c.array(*parameters, at, u"saved_addresses")) {
        const QString savedAt = JsonPointer::child(at, u"saved_addresses"_s);
        for (qsizetype i = 0; i < saved->size(); ++i) {
            const QString entryAt = JsonPointer::child(savedAt, i);
            if (const auto entry = c.element(*saved, savedAt, i)) {
                c.text(*entry, entryAt, u"id", Presence::Required, 256);
                c.object(*entry, entryAt, u"value", Presence::Required);
                c.knownFields(*entry, entryAt, {u"id", u"value"});
            }
        }
    }
    c.object(*parameters, at, u"validation_errors");
    c.knownFields(
        *parameters, at, {u"country", u"values", u"saved_addresses", u"validation_errors"});
}

void productListAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    c.text(action, pointer, u"catalog_id", Presence::Required, 256);
    c.knownFields(action, pointer, {u"catalog_id", u"sections"});
    sections(c, action, pointer, u"product_items", maxProductSections, maxProducts,
        Tr::tr("The sections hold %1 products in total; at most %2 are allowed."),
        [&c](const QJsonObject &item, const QString &at) {
            c.text(item, at, u"product_retailer_id", Presence::Required, 256);
            c.knownFields(item, at, {u"product_retailer_id"});
        });
}

} // namespace Wac::Rules
