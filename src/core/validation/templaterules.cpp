// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/validation/templaterules.h"

#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/rules.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

void nameAndLanguage(Checker &c, const QJsonObject &tpl, const QString &at)
{
    if (const auto name = c.text(tpl, at, u"name", Presence::Required, 512)) {
        const auto allowed = [](QChar ch) {
            return (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_';
        };
        if (!name->isEmpty() && !std::all_of(name->cbegin(), name->cend(), allowed)) {
            c.error(u"/template/name"_s, u"invalidFormat"_s,
                Tr::tr("Template names hold only lowercase letters, digits and underscores; "
                       "\"%1\" does not.")
                    .arg(*name));
        }
    }
    const auto language = c.object(tpl, at, u"language", Presence::Required);
    if (!language)
        return;
    const QString langAt = u"/template/language"_s;
    if (const auto code = c.text(*language, langAt, u"code", Presence::Required, 16)) {
        static const QRegularExpression pattern(u"^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$"_s);
        if (!code->isEmpty() && !pattern.match(*code).hasMatch()) {
            c.error(u"/template/language/code"_s, u"invalidFormat"_s,
                Tr::tr("\"code\" is \"%1\"; a template language code looks like en or en_US.")
                    .arg(*code));
        }
    }
    if (const auto policy = c.string(*language, langAt, u"policy"))
        c.oneOf(langAt, u"policy", *policy, {u"deterministic"});
    c.knownFields(*language, langAt, {u"code", u"policy"});
}

void component(
    Checker &c, const QJsonObject &component, const QString &at, bool bodyOnly, TemplateSend &send)
{
    const auto type = c.string(component, at, u"type", Presence::Required);
    if (!type)
        return;
    if (!c.oneOf(at, u"type", *type,
            {u"header", u"body", u"footer", u"button", u"carousel", u"limited_time_offer",
                u"tap_target_configuration", u"call_permission_request", u"order_status"}))
        return;
    ParameterContext context;
    context.bodyIsOnlyComponent = bodyOnly;
    context.limitedTimeOffer = send.limitedTimeOffer;
    if (*type == u"header"_s) {
        context.component = ParameterContext::Component::Header;
        templateParameters(c, component, at, context, 0, 1);
    } else if (*type == u"body"_s) {
        templateParameters(c, component, at, context, 0, 1000);
    } else if (*type == u"footer"_s) {
        c.notAllowed(
            component, at, u"parameters", Tr::tr("a template footer takes no parameters."));
    } else if (*type == u"button"_s) {
        templateButton(c, component, at, context, send);
        return;
    } else if (*type == u"carousel"_s) {
        templateCarousel(c, component, at);
        return;
    } else if (*type == u"limited_time_offer"_s) {
        limitedTimeOffer(c, component, at);
    } else if (*type == u"tap_target_configuration"_s) {
        tapTargetConfiguration(c, component, at);
    } else if (*type == u"order_status"_s) {
        orderStatusComponent(c, component, at);
    } else {
        // call_permission_request: the approved template carries the request; Meta's send
        // example leaves the component out, the .NET SDK sends it bare. Both are fine.
        c.notAllowed(component, at, u"parameters",
            Tr::tr("a call_permission_request component takes no parameters."));
    }
    c.knownFields(component, at, {u"type", u"parameters"});
}

// What the send holds across its components, read in one pass before they are checked.
TemplateSend scan(const QJsonArray &components, bool &order)
{
    TemplateSend send;
    order = false;
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(u"type").toString();
        const QString subType = component.value(u"sub_type").toString();
        send.limitedTimeOffer |= type == u"limited_time_offer"_s;
        send.copyCode |=
            type == u"button"_s && subType.compare(u"copy_code"_s, Qt::CaseInsensitive) == 0;
        order |= type == u"order_status"_s
            || subType.compare(u"order_details"_s, Qt::CaseInsensitive) == 0;
    }
    return send;
}

// Meta's order templates (order_details button, order_status component) send the language
// with policy "deterministic"; without it Graph may pick a fallback language's layout.
void orderPolicy(Checker &c, const QJsonObject &tpl)
{
    const QJsonValue language = tpl.value(u"language");
    if (language.isObject() && !language.toObject().contains(u"policy")) {
        c.warning(u"/template/language/policy"_s, u"missing"_s,
            Tr::tr("Meta's order templates send \"policy\": \"deterministic\" in the "
                   "language."));
    }
}

} // namespace

void templateMessage(Checker &c, const QJsonObject &message)
{
    const auto tpl = c.object(message, {}, u"template", Presence::Required);
    if (!tpl)
        return;
    const QString at = u"/template"_s;
    nameAndLanguage(c, *tpl, at);
    c.knownFields(*tpl, at, {u"name", u"language", u"components"});
    const auto components = c.array(*tpl, at, u"components");
    if (!components)
        return;
    const QString listAt = u"/template/components"_s;
    const bool bodyOnly = components->size() == 1
        && components->at(0).toObject().value(u"type").toString() == u"body"_s;
    bool order = false;
    TemplateSend send = scan(*components, order);
    for (qsizetype i = 0; i < components->size(); ++i) {
        if (const auto element = c.element(*components, listAt, i))
            component(c, *element, JsonPointer::child(listAt, i), bodyOnly, send);
    }
    if (order)
        orderPolicy(c, *tpl);
}

} // namespace Wac::Rules
