// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templatecheck.h"

#include "core/coretr.h"
#include "core/jsonpointer.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int hydratedBodyLimit = 1024;
const QString componentsAt = u"/template/components"_s;

struct Sent
{
    QJsonObject component;
    QString pointer; ///< /template/components/N
};

QList<Sent> sentComponents(const QJsonObject &templateObject, const QString &type)
{
    QList<Sent> out;
    const QJsonArray components = templateObject.value(u"components").toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject c = components.at(i).toObject();
        if (c.value(u"type").toString() == type)
            out.append({c, JsonPointer::child(componentsAt, i)});
    }
    return out;
}

QString parametersAt(const Sent &sent)
{
    return JsonPointer::child(sent.pointer, u"parameters"_s);
}

/// The part's name in the console's language (`part` is Graph's "header" or "body").
QString partLabel(const QString &part)
{
    return part == u"header"_s ? Tr::tr("header") : Tr::tr("body");
}

TemplateMismatch countMismatch(
    const QString &pointer, const QString &part, qsizetype given, qsizetype expected)
{
    return {132000, pointer,
        Tr::tr("The template's %1 has %2 variables; this send gives %3 values "
               "(Graph error 132000).")
            .arg(partLabel(part))
            .arg(expected)
            .arg(given),
        u"%1: number of localizable_params (%2) does not match the expected number of params "
        "(%3)"_s.arg(part)
            .arg(given)
            .arg(expected)};
}

TemplateMismatch formatMismatch(
    const QString &pointer, const QString &message, const QString &details)
{
    return {132012, pointer, message + u' ' + Tr::tr("(Graph error 132012)"), details};
}

void checkVariables(QList<TemplateMismatch> &out, const TemplateDefinition &d, const QString &part,
    const QStringList &variables, const QList<Sent> &sent)
{
    const QJsonArray parameters =
        sent.isEmpty() ? QJsonArray() : sent.first().component.value(u"parameters").toArray();
    const QString listAt = sent.isEmpty() ? componentsAt : parametersAt(sent.first());
    if (parameters.size() != variables.size()) {
        out.append(countMismatch(listAt, part, parameters.size(), variables.size()));
        return;
    }
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QJsonObject p = parameters.at(i).toObject();
        const QString at = JsonPointer::child(listAt, i);
        const QString type = p.value(u"type").toString();
        if (type != u"text"_s && type != u"currency"_s && type != u"date_time"_s) {
            out.append(formatMismatch(JsonPointer::child(at, u"type"_s),
                Tr::tr("A %1 variable takes text, currency or date_time, not \"%2\".")
                    .arg(partLabel(part), type),
                u"%1: parameter type %2 is not allowed for a text variable"_s.arg(part, type)));
            continue;
        }
        const bool hasName = p.contains(u"parameter_name");
        if (d.isNamed() != hasName) {
            out.append(formatMismatch(at,
                d.isNamed()
                    ? Tr::tr("This template uses named variables: the value needs its "
                             "\"parameter_name\".")
                    : Tr::tr("This template uses numbered variables: \"parameter_name\" must "
                             "not be given."),
                d.isNamed() ? u"%1: this template uses named parameters; every parameter needs "
                              "a parameter_name"_s.arg(part)
                            : u"%1: this template uses positional parameters; parameter_name is "
                              "not expected"_s.arg(part)));
        } else if (hasName && !variables.contains(p.value(u"parameter_name").toString())) {
            const QString name = p.value(u"parameter_name").toString();
            out.append(formatMismatch(JsonPointer::child(at, u"parameter_name"_s),
                Tr::tr("\"%1\" is not a variable of the template's %2; it has %3.")
                    .arg(name, partLabel(part), variables.join(u", "_s)),
                u"%1: parameter_name \"%2\" is not a variable of the template"_s.arg(part, name)));
        }
    }
}

void checkMediaHeader(
    QList<TemplateMismatch> &out, const TemplateDefinition &d, const QList<Sent> &sent)
{
    const QString expected = d.headerFormat == u"GIF"_s ? u"video"_s : d.headerFormat.toLower();
    const QJsonArray parameters =
        sent.isEmpty() ? QJsonArray() : sent.first().component.value(u"parameters").toArray();
    const QString received = parameters.size() == 1
        ? parameters.first().toObject().value(u"type").toString()
        : QString();
    if (received == expected)
        return;
    const QString at = sent.isEmpty() ? componentsAt
        : parameters.size() == 1      ? JsonPointer::child(parametersAt(sent.first()), 0)
                                      : parametersAt(sent.first());
    out.append(formatMismatch(at,
        Tr::tr("The template's header is %1: the send needs exactly one \"%2\" header value.")
            .arg(d.headerFormat, expected),
        u"header: Format mismatch, expected %1, received %2"_s.arg(
            d.headerFormat, received.isEmpty() ? u"UNKNOWN"_s : received.toUpper())));
}

void checkButtons(
    QList<TemplateMismatch> &out, const TemplateDefinition &d, const QList<Sent> &sent)
{
    QSet<int> given;
    for (const Sent &s : sent) {
        const QJsonValue raw = s.component.value(u"index");
        const int index = raw.isString() ? raw.toString().toInt() : raw.toInt();
        if (index >= d.buttons.size()) {
            out.append({132000, JsonPointer::child(s.pointer, u"index"_s),
                Tr::tr("Button index %1 does not exist: the template has %2 buttons "
                       "(Graph error 132000).")
                    .arg(index)
                    .arg(d.buttons.size()),
                u"button at index %1: the template has %2 buttons"_s.arg(index).arg(
                    d.buttons.size())});
            continue;
        }
        given.insert(index);
        const TemplateButtonDefinition &button = d.buttons.at(index);
        const QString subType = s.component.value(u"sub_type").toString();
        const QString expected = button.subType();
        if (expected.compare(subType, Qt::CaseInsensitive) != 0) { // pywa sends "CATALOG"
            out.append(formatMismatch(JsonPointer::child(s.pointer, u"sub_type"_s),
                expected.isEmpty()
                    ? Tr::tr("The button at index %1 (%2) takes no value; leave its component "
                             "out.")
                          .arg(index)
                          .arg(button.type)
                    : Tr::tr("The button at index %1 is %2: its component's sub_type is \"%3\", "
                             "not \"%4\".")
                          .arg(index)
                          .arg(button.type, expected, subType),
                u"button at index %1: the template's button is %2, the component says sub_type "
                "%3"_s.arg(index)
                    .arg(button.type, subType)));
        }
    }
    for (const TemplateButtonDefinition &button : d.buttons) {
        if (button.needsParameter() && !given.contains(button.index)) {
            out.append({132000, componentsAt,
                Tr::tr("Button %1 (%2) needs a value: add a button component with index %1 "
                       "and sub_type \"%3\" (Graph error 132000).")
                    .arg(button.index)
                    .arg(button.type, button.subType()),
                u"button %1: number of localizable_params (0) does not match the expected "
                "number of params (1)"_s.arg(button.index)});
        }
    }
}

QString valueText(const QJsonObject &p)
{
    const QString type = p.value(u"type").toString();
    if (type == u"text"_s)
        return p.value(u"text").toString();
    return p.value(type).toObject().value(u"fallback_value").toString();
}

void checkHydratedBody(
    QList<TemplateMismatch> &out, const TemplateDefinition &d, const QList<Sent> &sent)
{
    if (sent.isEmpty())
        return;
    const QJsonArray parameters = sent.first().component.value(u"parameters").toArray();
    // Named values fill their variable; numbered ones fill {{1}}, {{2}}, ... in order.
    const QString body = TemplateDefinition::substitute(
        d.bodyText, [&](const QString &variable) -> std::optional<QString> {
            for (qsizetype i = 0; i < parameters.size(); ++i) {
                const QJsonObject p = parameters.at(i).toObject();
                if (d.isNamed() ? p.value(u"parameter_name").toString() == variable
                                : variable.toInt() == i + 1)
                    return valueText(p);
            }
            return std::nullopt;
        });
    if (body.size() <= hydratedBodyLimit)
        return;
    out.append({132005, parametersAt(sent.first()),
        Tr::tr("With its values the body is %L1 characters; Graph allows %L2 (Graph error "
               "132005).")
            .arg(body.size())
            .arg(hydratedBodyLimit),
        u"body: the text with its parameters is longer than %1 characters"_s.arg(
            hydratedBodyLimit)});
}

} // namespace

Diagnostic TemplateMismatch::toDiagnostic() const
{
    return {isStatus() ? Severity::Warning : Severity::Error, pointer, u"template.%1"_s.arg(code),
        message};
}

namespace TemplateCheck {

std::optional<TemplateMismatch> status(
    const TemplateDefinition *d, const QString &name, const QString &language)
{
    if (!d) {
        return TemplateMismatch {132001, u"/template/name"_s,
            Tr::tr("The library has no template \"%1\" in %2: Graph would answer 132001 unless "
                   "it was created since the library was fetched.")
                .arg(name, language),
            u"template name (%1) does not exist in %2"_s.arg(name, language)};
    }
    if (d->status == u"PAUSED"_s) {
        return TemplateMismatch {132015, u"/template/name"_s,
            Tr::tr("Template \"%1\" is paused for low quality: Graph refuses it with error "
                   "132015 until it is unpaused.")
                .arg(name),
            u"Template %1 is paused due to low quality"_s.arg(name)};
    }
    if (d->status == u"DISABLED"_s) {
        return TemplateMismatch {132016, u"/template/name"_s,
            Tr::tr("Template \"%1\" is disabled: Graph refuses it with error 132016.").arg(name),
            u"Template %1 is disabled"_s.arg(name)};
    }
    if (!d->isApproved()) {
        return TemplateMismatch {132001, u"/template/name"_s,
            Tr::tr("Template \"%1\" (%2) is %3, not approved: Graph answers 132001 (the "
                   "template does not exist in this language) until it is approved.")
                .arg(name, language, d->status),
            u"template name (%1) does not exist in %2"_s.arg(name, language)};
    }
    return std::nullopt;
}

QList<TemplateMismatch> parameters(const TemplateDefinition &d, const QJsonObject &templateObject)
{
    QList<TemplateMismatch> out;
    const QList<Sent> header = sentComponents(templateObject, u"header"_s);
    if (d.hasMediaHeader() || d.headerFormat == u"LOCATION"_s)
        checkMediaHeader(out, d, header);
    else
        checkVariables(out, d, u"header"_s, d.headerVariables, header);
    const QList<Sent> body = sentComponents(templateObject, u"body"_s);
    checkVariables(out, d, u"body"_s, d.bodyVariables, body);
    checkButtons(out, d, sentComponents(templateObject, u"button"_s));
    if (out.isEmpty())
        checkHydratedBody(out, d, body);
    return out;
}

QString graphTitle(int code)
{
    switch (code) {
    case 132000:
        return u"Number of parameters does not match the expected number of params"_s;
    case 132001:
        return u"Template name does not exist in the translation"_s;
    case 132005:
        return u"Template Hydrated Text Too Long"_s;
    case 132012:
        return u"Parameter format does not match format in the created template"_s;
    case 132015:
        return u"Template is Paused"_s;
    case 132016:
        return u"Template is Disabled"_s;
    default:
        return QString();
    }
}

} // namespace TemplateCheck

} // namespace Wac
