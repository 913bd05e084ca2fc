// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templatecreation.h"

#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/templates/templatecreationparts.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::TemplateCreation {

namespace {

using Parts::Context;

constexpr qsizetype nameLimit = 512; // reference §2.15 (M-tpl, D)

const QString componentsAt = u"/components"_s;

void name(Checker &c, const QJsonObject &definition)
{
    const auto name = c.text(definition, {}, u"name", Presence::Required, nameLimit);
    // Reference §2.15: "lowercase alphanumerics + _" (M-tpl, D).
    static const QRegularExpression format(u"^[a-z0-9_]+$"_s);
    if (name && !name->isEmpty() && !format.match(*name).hasMatch()) {
        c.error(u"/name"_s, u"format"_s,
            Tr::tr("\"name\" may hold only lowercase letters, digits and _, not \"%1\".")
                .arg(*name));
    }
}

void language(Checker &c, const QJsonObject &definition)
{
    const auto language = c.string(definition, {}, u"language", Presence::Required);
    // Reference §2.15: "en or en_US style"; Meta's codes are 2–3 letters with an optional
    // region (ru, fil, pt_BR, zh_HK).
    static const QRegularExpression format(u"^[a-z]{2,3}(_[A-Z]{2})?$"_s);
    if (language && !format.match(*language).hasMatch()) {
        c.error(u"/language"_s, u"format"_s,
            Tr::tr("\"language\" must be a language code like en, en_US or pt_BR, not \"%1\".")
                .arg(*language));
    }
}

/// `key` read as an upper-case word from `allowed`; Meta's examples write these in either
/// case ("marketing", "named": cloud-api-2026.md §1.6, §1.8), so any case is accepted.
QString keyword(Checker &c, const QJsonObject &definition, QStringView key, Presence presence,
    const QStringList &allowed)
{
    const auto value = c.string(definition, {}, key, presence);
    if (!value)
        return {};
    const QString upper = value->toUpper();
    if (!allowed.contains(upper))
        c.oneOf({}, key, *value, allowed);
    return upper;
}

Context identity(Checker &c, const QJsonObject &definition)
{
    name(c, definition);
    language(c, definition);
    Context context;
    // Reference §5.1: the three categories and the two parameter formats (POSITIONAL default).
    context.category = keyword(c, definition, u"category", Presence::Required,
        {u"AUTHENTICATION"_s, u"MARKETING"_s, u"UTILITY"_s});
    context.named = keyword(c, definition, u"parameter_format", Presence::Optional,
                        {u"POSITIONAL"_s, u"NAMED"_s})
        == u"NAMED"_s;
    c.boolean(definition, {}, u"allow_category_change");
    // The creation fields and the ones GET returns (reference §5.1), so that a template read
    // from the library can be checked as it is.
    c.knownFields(definition, {},
        {u"name", u"language", u"category", u"parameter_format", u"components",
            u"allow_category_change", u"message_send_ttl_seconds", u"id", u"status",
            u"rejected_reason", u"quality_score", u"previous_category", u"correct_category",
            u"sub_category", u"library_template_name", u"cta_url_link_tracking_opted_out"});
    return context;
}

/// The component types of cloud-api-reference.md §5.1 and cloud-api-2026.md §1.4, §1.14.
const QStringList &knownTypes()
{
    static const QStringList types {u"HEADER"_s, u"BODY"_s, u"FOOTER"_s, u"BUTTONS"_s,
        u"CAROUSEL"_s, u"LIMITED_TIME_OFFER"_s, u"CALL_PERMISSION_REQUEST"_s, u"ORDER_STATUS"_s};
    return types;
}

void component(Checker &c, const QJsonObject &component, const QString &at, const QString &type,
    const Context &context)
{
    if (type == u"HEADER"_s)
        Parts::header(c, component, at, context);
    else if (type == u"BODY"_s)
        Parts::body(c, component, at, context);
    else if (type == u"FOOTER"_s)
        Parts::footer(c, component, at, context);
    else if (type == u"BUTTONS"_s)
        Parts::buttons(c, component, at, context);
    else if (type == u"CAROUSEL"_s)
        Parts::carousel(c, component, at, context);
    else if (type == u"LIMITED_TIME_OFFER"_s)
        Parts::offer(c, component, at, context);
}

/// Each component's upper-cased type by its index; "" where it has none.
QList<QString> typesOf(Checker &c, const QJsonArray &components)
{
    QList<QString> types;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString at = JsonPointer::child(componentsAt, i);
        const auto component = c.element(components, componentsAt, i);
        const auto type = component ? c.string(*component, at, u"type", Presence::Required)
                                    : std::optional<QString>();
        types.append(type ? type->toUpper() : QString());
    }
    return types;
}

void counts(Checker &c, const QList<QString> &types)
{
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString &type = types.at(i);
        if (type.isEmpty())
            continue;
        const QString at = JsonPointer::child(JsonPointer::child(componentsAt, i), u"type"_s);
        if (!knownTypes().contains(type)) {
            c.warning(at, u"unknown"_s,
                Tr::tr("No source documents a \"%1\" component; it is kept as written.").arg(type));
        } else if (++seen[type] == 2) {
            // Reference §5.1: a template has one component of each kind.
            c.error(
                at, u"duplicate"_s, Tr::tr("A template has at most one %1 component.").arg(type));
        }
    }
    // Every creation example of Meta's has a BODY, authentication ones included (§5.1, §1.6,
    // §1.7): it is the message itself.
    if (!seen.contains(u"BODY"_s) && !types.isEmpty()) {
        c.error(componentsAt, u"bodyRequired"_s, Tr::tr("A template needs a BODY component."));
    }
}

} // namespace

QList<Diagnostic> check(const QJsonObject &definition)
{
    QList<Diagnostic> out;
    Checker c(out);
    Context context = identity(c, definition);
    const auto components = c.array(definition, {}, u"components", Presence::Required);
    if (!components)
        return out;
    if (components->isEmpty()) {
        c.error(componentsAt, u"tooFew"_s, Tr::tr("A template needs a BODY component."));
        return out;
    }
    const QList<QString> types = typesOf(c, *components);
    context.offer = types.contains(u"LIMITED_TIME_OFFER"_s);
    counts(c, types);
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (!types.at(i).isEmpty()) {
            component(c, components->at(i).toObject(), JsonPointer::child(componentsAt, i),
                types.at(i), context);
        }
    }
    Parts::combinations(c, *components, types, context);
    return out;
}

} // namespace Wac::TemplateCreation
