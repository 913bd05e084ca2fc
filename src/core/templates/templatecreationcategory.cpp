// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/templates/templatecreationparts.h"

using namespace Qt::StringLiterals;

namespace Wac::TemplateCreation::Parts {

namespace {

const QString componentsAt = u"/components"_s;

QString typeAt(qsizetype component)
{
    return JsonPointer::child(JsonPointer::child(componentsAt, component), u"type"_s);
}

/// Buttons only some categories have. `documented` tells an error (a source says so) from a
/// warning (the kind is shown only in marketing examples).
void marketingOnly(
    Checker &c, const QString &at, const QString &what, bool documented, const Context &context)
{
    if (context.marketing() || context.category.isEmpty())
        return;
    const QString message =
        Tr::tr("%1 belongs in a MARKETING template, not %2.").arg(what, context.category);
    if (documented)
        c.error(at, u"marketingOnly"_s, message);
    else
        c.warning(at, u"marketingOnly"_s, message);
}

/// The button rules that depend on the category (Meta's authentication page; 2026 §1.5,
/// §1.9).
void buttonKinds(Checker &c, const QJsonArray &buttons, const QString &buttonsAt,
    const Context &context, int &otpButtons)
{
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QString type = buttons.at(i).toObject().value(u"type"_s).toString().toUpper();
        const QString at = JsonPointer::child(JsonPointer::child(buttonsAt, i), u"type"_s);
        if (type == u"OTP"_s) {
            ++otpButtons;
            if (!context.authentication() && !context.category.isEmpty()) {
                c.error(at, u"authenticationOnly"_s,
                    Tr::tr("An OTP button belongs in an AUTHENTICATION template."));
            }
        } else if (context.authentication() && !type.isEmpty()) {
            c.error(at, u"notInAuthentication"_s,
                Tr::tr("An AUTHENTICATION template has only its OTP button, not %1.").arg(type));
        } else if (type == u"CATALOG"_s || type == u"MPM"_s) {
            marketingOnly(c, at, Tr::tr("A %1 button").arg(type), false, context);
        }
    }
}

void authenticationComponent(Checker &c, qsizetype index, const QString &type)
{
    // Meta's authentication page: a body (Meta's text), an optional footer and the OTP
    // button; the 2026 pages add call permission (§1.4) and the others for marketing or
    // utility only. A header is not among the parts Meta lists.
    if (type == u"HEADER"_s) {
        c.warning(typeAt(index), u"notInAuthentication"_s,
            Tr::tr("Meta's authentication templates have no header."));
    } else if (type == u"CAROUSEL"_s || type == u"LIMITED_TIME_OFFER"_s
        || type == u"CALL_PERMISSION_REQUEST"_s) {
        c.error(typeAt(index), u"notInAuthentication"_s,
            Tr::tr("An AUTHENTICATION template has no %1 component.").arg(type));
    }
}

void carouselCompanions(Checker &c, const QList<QString> &types)
{
    // 2026 §1.6: Meta's carousel templates are a body and the cards; the cards carry the
    // headers and buttons. No page says a main header or footer is refused, so a warning.
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString &type = types.at(i);
        if (type == u"HEADER"_s || type == u"FOOTER"_s || type == u"BUTTONS"_s) {
            c.warning(typeAt(i), u"withCarousel"_s,
                Tr::tr("A carousel template has its headers and buttons on its cards; Meta's "
                       "examples have no %1 beside them.")
                    .arg(type));
        }
    }
}

} // namespace

void combinations(
    Checker &c, const QJsonArray &components, const QList<QString> &types, const Context &context)
{
    int otpButtons = 0;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString &type = types.at(i);
        if (context.authentication())
            authenticationComponent(c, i, type);
        if (type == u"BUTTONS"_s) {
            const QString at =
                JsonPointer::child(JsonPointer::child(componentsAt, i), u"buttons"_s);
            buttonKinds(c, components.at(i).toObject().value(u"buttons"_s).toArray(), at, context,
                otpButtons);
        } else if (type == u"LIMITED_TIME_OFFER"_s) {
            // 2026 §1.7: "MARKETING category only".
            marketingOnly(c, typeAt(i), Tr::tr("A limited-time offer"), true, context);
        } else if (type == u"CAROUSEL"_s) {
            // 2026 §1.6: Meta's carousel pages are under marketing messages, no rule stated.
            marketingOnly(c, typeAt(i), Tr::tr("A carousel"), false, context);
        }
    }
    if (types.contains(u"CAROUSEL"_s))
        carouselCompanions(c, types);
    if (context.authentication() && otpButtons == 0) {
        c.error(componentsAt, u"otpRequired"_s,
            Tr::tr("An AUTHENTICATION template needs a BUTTONS component with one OTP button."));
    }
}

} // namespace Wac::TemplateCreation::Parts
