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

constexpr int maxButtonIndex = 9;

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

// Each button component names its position in the template's BUTTONS array, 0 to 9. The seed
// examples write it as a string ("0"), SDKs as a number: both are accepted as written.
void buttonIndex(Checker &c, const QJsonObject &component, const QString &at, QSet<int> &seen)
{
    const QString indexAt = JsonPointer::child(at, u"index"_s);
    const QJsonValue value = component.value(u"index");
    if (value.isUndefined()) {
        c.error(indexAt, u"required"_s, Tr::tr("A button component needs its \"index\"."));
        return;
    }
    bool ok = false;
    int index = -1;
    if (value.isDouble()) {
        const double d = value.toDouble();
        ok = d == double(int(d));
        index = int(d);
    } else if (value.isString()) {
        index = value.toString().toInt(&ok);
    }
    if (!ok || index < 0 || index > maxButtonIndex) {
        c.error(indexAt, u"invalid"_s,
            Tr::tr("\"index\" must be a whole number from 0 to %1 (the button's position).")
                .arg(maxButtonIndex));
        return;
    }
    if (seen.contains(index)) {
        c.error(indexAt, u"duplicate"_s,
            Tr::tr("Button index %1 is used by more than one component.").arg(index));
    }
    seen.insert(index);
}

void parameters(Checker &c, const QJsonObject &component, const QString &at,
    const ParameterContext &context, qsizetype minCount, qsizetype maxCount)
{
    const auto list = c.array(
        component, at, u"parameters", minCount > 0 ? Presence::Required : Presence::Optional);
    if (!list)
        return;
    const QString listAt = JsonPointer::child(at, u"parameters"_s);
    c.count(listAt, list->size(), minCount, maxCount);
    qsizetype named = 0;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const auto parameter = c.element(*list, listAt, i);
        if (!parameter)
            continue;
        named += parameter->contains(u"parameter_name") ? 1 : 0;
        templateParameter(c, *parameter, JsonPointer::child(listAt, i), context);
    }
    if (named > 0 && named < list->size()) {
        c.error(listAt, u"mixedNaming"_s,
            Tr::tr("Either every parameter of a component has a \"parameter_name\" (named "
                   "template) or none has (positional template)."));
    }
}

void component(Checker &c, const QJsonObject &component, const QString &at, bool bodyOnly,
    QSet<int> &buttonIndexes)
{
    const auto type = c.string(component, at, u"type", Presence::Required);
    if (!type)
        return;
    if (!c.oneOf(at, u"type", *type,
            {u"header", u"body", u"footer", u"button", u"carousel", u"limited_time_offer"}))
        return;
    ParameterContext context;
    context.bodyIsOnlyComponent = bodyOnly;
    if (*type == u"carousel"_s || *type == u"limited_time_offer"_s) {
        c.warning(JsonPointer::child(at, u"type"_s), u"notChecked"_s,
            Tr::tr("\"%1\" components are sent as written; waconsole does not check them.")
                .arg(*type));
        return;
    }
    if (*type == u"header"_s) {
        context.component = ParameterContext::Component::Header;
        parameters(c, component, at, context, 0, 1);
    } else if (*type == u"body"_s) {
        parameters(c, component, at, context, 0, 1000);
    } else if (*type == u"footer"_s) {
        c.notAllowed(
            component, at, u"parameters", Tr::tr("a template footer takes no parameters."));
    } else {
        context.component = ParameterContext::Component::Button;
        buttonIndex(c, component, at, buttonIndexes);
        const auto subType = c.string(component, at, u"sub_type", Presence::Required);
        if (subType
            && c.oneOf(at, u"sub_type", *subType,
                {u"quick_reply", u"url", u"copy_code", u"flow", u"catalog", u"mpm",
                    u"voice_call"})) {
            context.buttonSubType = *subType;
            const bool call = *subType == u"voice_call"_s;
            parameters(c, component, at, context, call ? 0 : 1, call ? 2 : 1);
        }
    }
    c.knownFields(component, at, {u"type", u"sub_type", u"index", u"parameters"});
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
    QSet<int> buttonIndexes;
    for (qsizetype i = 0; i < components->size(); ++i) {
        if (const auto element = c.element(*components, listAt, i))
            component(c, *element, JsonPointer::child(listAt, i), bodyOnly, buttonIndexes);
    }
}

} // namespace Wac::Rules
