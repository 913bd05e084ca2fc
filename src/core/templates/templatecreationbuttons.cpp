// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/templates/templatecreationparts.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::TemplateCreation::Parts {

namespace {

constexpr qsizetype buttonTextLimit = 25; // reference §5.1
constexpr qsizetype urlLimit = 2000; // 2026 §1.6
constexpr qsizetype phoneLimit = 20; // 2026 §1.6
constexpr qsizetype couponLimit = 20; // 2026 §1.8 (coupon page)
constexpr qsizetype offerCouponLimit = 15; // 2026 §1.7 (LTO page): the lower value there
constexpr int maxButtons = 10; // reference §5.1, as the per-kind limits below
constexpr int maxCardButtons = 2; // 2026 §1.6

/// Every button type a source names (reference §5.1; 2026 §1.3, §1.5, §1.9).
const QStringList &knownTypes()
{
    static const QStringList types {u"QUICK_REPLY"_s, u"URL"_s, u"PHONE_NUMBER"_s, u"COPY_CODE"_s,
        u"FLOW"_s, u"OTP"_s, u"CATALOG"_s, u"MPM"_s, u"SPM"_s, u"VOICE_CALL"_s,
        u"REQUEST_CONTACT_INFO"_s, u"ORDER_DETAILS"_s, u"APP"_s};
    return types;
}

/// Buttons whose label Meta writes: copy code (2026 §1.8 "its text cannot be customised"),
/// request contact info (2026 §1.5), and OTP, whose text Meta's examples may leave out.
bool labelFromMeta(const QString &type)
{
    return type == u"COPY_CODE"_s || type == u"REQUEST_CONTACT_INFO"_s || type == u"OTP"_s;
}

void url(Checker &c, const QJsonObject &button, const QString &at)
{
    const auto url = c.text(button, at, u"url", Presence::Required, urlLimit);
    if (!url)
        return;
    const QString urlAt = JsonPointer::child(at, u"url"_s);
    const QStringList variables = variablesOf(*url);
    static const QRegularExpression trailing(u"\\{\\{\\s*1\\s*\\}\\}$"_s);
    // Reference §5.1: "≤1 trailing variable", with an example of the whole address.
    if (variables.size() > 1) {
        c.error(urlAt, u"tooManyVariables"_s,
            Tr::tr("A URL button holds one variable; this one holds %1.").arg(variables.size()));
    } else if (variables.size() == 1 && !trailing.match(*url).hasMatch()) {
        c.error(urlAt, u"variableNotAtEnd"_s,
            Tr::tr("A URL button's variable is {{1}} at the very end of the address."));
    } else if (variables.size() == 1) {
        const auto example = c.array(button, at, u"example", Presence::Required);
        const QString exampleAt = JsonPointer::child(at, u"example"_s);
        if (example && c.count(exampleAt, example->size(), 1, 1)
            && example->at(0).toString().isEmpty()) {
            c.error(JsonPointer::child(exampleAt, 0), u"required"_s,
                Tr::tr("The URL's variable needs an example."));
        }
    }
    QString address = *url;
    address.remove(QRegularExpression(u"\\{\\{[^{}]*\\}\\}"_s));
    c.httpUrl(urlAt, address);
}

void otp(Checker &c, const QJsonObject &button, const QString &at)
{
    const auto type = c.string(button, at, u"otp_type", Presence::Required);
    if (!type)
        return;
    const QString upper = type->toUpper();
    if (!c.oneOf(at, u"otp_type", upper, {u"COPY_CODE", u"ONE_TAP", u"ZERO_TAP"}))
        return;
    if (upper == u"COPY_CODE"_s)
        return;
    // Meta's authentication page: one-tap and zero-tap buttons name the Android app that
    // receives the code, in supported_apps (older form: package_name + signature_hash).
    if (button.contains(u"package_name"_s)) {
        c.text(button, at, u"package_name", Presence::Required, 224);
        c.text(button, at, u"signature_hash", Presence::Required, 11);
        return;
    }
    const auto apps = c.array(button, at, u"supported_apps", Presence::Required);
    const QString appsAt = JsonPointer::child(at, u"supported_apps"_s);
    if (!apps || !c.count(appsAt, apps->size(), 1, 5))
        return;
    for (qsizetype i = 0; i < apps->size(); ++i) {
        const auto app = c.element(*apps, appsAt, i);
        if (!app)
            continue;
        const QString appAt = JsonPointer::child(appsAt, i);
        c.text(*app, appAt, u"package_name", Presence::Required, 224);
        c.text(*app, appAt, u"signature_hash", Presence::Required, 11);
    }
}

void kindFields(Checker &c, const QJsonObject &button, const QString &at, const QString &type,
    const Context &context)
{
    if (type == u"URL"_s) {
        url(c, button, at);
    } else if (type == u"PHONE_NUMBER"_s) {
        c.text(button, at, u"phone_number", Presence::Required, phoneLimit);
    } else if (type == u"COPY_CODE"_s) {
        c.text(button, at, u"example", Presence::Required,
            context.offer ? offerCouponLimit : couponLimit);
    } else if (type == u"FLOW"_s) {
        // Reference §5.1: a flow button names its flow by id or name (or carries its JSON).
        if (!button.contains(u"flow_id"_s) && !button.contains(u"flow_name"_s)
            && !button.contains(u"flow_json"_s)) {
            c.error(JsonPointer::child(at, u"flow_id"_s), u"required"_s,
                Tr::tr("A flow button needs \"flow_id\", \"flow_name\" or \"flow_json\"."));
        }
        const auto action = c.string(button, at, u"flow_action");
        if (action)
            c.oneOf(at, u"flow_action", action->toLower(), {u"navigate", u"data_exchange"});
    } else if (type == u"OTP"_s) {
        otp(c, button, at);
    } else if (type == u"VOICE_CALL"_s) {
        // 2026 §1.3: created as {"type":"voice_call","text":…,"ttl_minutes":1440..43200}.
        const auto ttl = c.number(button, at, u"ttl_minutes");
        if (ttl && (*ttl < 1440 || *ttl > 43200 || *ttl != qint64(*ttl))) {
            c.error(JsonPointer::child(at, u"ttl_minutes"_s), u"outOfRange"_s,
                Tr::tr("\"ttl_minutes\" is a whole number from 1440 to 43200, not %1.").arg(*ttl));
        }
    }
}

QString button(Checker &c, const QJsonArray &buttons, const QString &buttonsAt, qsizetype index,
    const Context &context)
{
    const auto button = c.element(buttons, buttonsAt, index);
    if (!button)
        return {};
    const QString at = JsonPointer::child(buttonsAt, index);
    const auto type = c.string(*button, at, u"type", Presence::Required);
    if (!type)
        return {};
    const QString upper = type->toUpper();
    if (!knownTypes().contains(upper)) {
        c.warning(JsonPointer::child(at, u"type"_s), u"unknown"_s,
            Tr::tr("No source documents a \"%1\" button; it is kept as written.").arg(*type));
        return upper;
    }
    if (upper == u"COPY_CODE"_s || upper == u"REQUEST_CONTACT_INFO"_s) {
        if (button->contains(u"text"_s)) {
            c.warning(JsonPointer::child(at, u"text"_s), u"ignored"_s,
                Tr::tr("WhatsApp writes this button's label itself; the text is not shown."));
        }
    } else {
        c.text(*button, at, u"text", labelFromMeta(upper) ? Presence::Optional : Presence::Required,
            buttonTextLimit);
    }
    kindFields(c, *button, at, upper, context);
    return upper;
}

/// Reference §5.1: "≤10 quick replies; ≤2 URL; ≤1 phone; ≤1 copy code" (2026 §1.8 says
/// the same of copy code); an authentication template's one OTP button (Meta's page).
/// No source limits the other kinds beyond the total.
void perKind(Checker &c, const QString &at, const QList<QString> &types)
{
    static const QHash<QString, int> limits {{u"QUICK_REPLY"_s, 10}, {u"URL"_s, 2},
        {u"PHONE_NUMBER"_s, 1}, {u"COPY_CODE"_s, 1}, {u"OTP"_s, 1}};
    QHash<QString, int> seen;
    for (const QString &type : types) {
        if (limits.contains(type) && ++seen[type] == limits.value(type) + 1) {
            c.error(at, u"tooMany"_s,
                Tr::tr("A template has at most %1 %2 button(s).")
                    .arg(limits.value(type))
                    .arg(type));
        }
    }
}

/// Reference §5.1: "quick replies must be grouped together".
void grouping(Checker &c, const QString &at, const QList<QString> &types)
{
    int runs = 0;
    bool previous = false;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const bool quickReply = types.at(i) == u"QUICK_REPLY"_s;
        if (quickReply && (i == 0 || !previous))
            ++runs;
        previous = quickReply;
    }
    if (runs > 1) {
        c.error(at, u"notGrouped"_s,
            Tr::tr("Quick replies stand together, before or after the other buttons."));
    }
}

} // namespace

void buttons(Checker &c, const QJsonObject &component, const QString &at, const Context &context)
{
    const auto buttons = c.array(component, at, u"buttons", Presence::Required);
    if (!buttons)
        return;
    const QString buttonsAt = JsonPointer::child(at, u"buttons"_s);
    c.count(buttonsAt, buttons->size(), 1, context.inCard ? maxCardButtons : maxButtons);
    QList<QString> types;
    for (qsizetype i = 0; i < buttons->size(); ++i)
        types.append(button(c, *buttons, buttonsAt, i, context));
    perKind(c, buttonsAt, types);
    grouping(c, buttonsAt, types);
    c.knownFields(component, at, {u"type", u"buttons"});
}

} // namespace Wac::TemplateCreation::Parts
