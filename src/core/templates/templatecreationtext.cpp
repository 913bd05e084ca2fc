// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/templates/templatecreationparts.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Wac::TemplateCreation::Parts {

namespace {

constexpr qsizetype headerTextLimit = 60; // reference §5.1
constexpr qsizetype footerLimit = 60; // reference §5.1

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([^{}]*?)\\s*\\}\\}"_s);
    return pattern;
}

/// Header text that Meta's WhatsApp Manager refuses but no page of Meta's states: only
/// third-party guidance (BSP help pages) names newlines, emoji and formatting, so: warnings.
void headerTextStyle(Checker &c, const QString &at, const QString &text)
{
    if (text.contains(u'\n')) {
        c.warning(at, u"newline"_s,
            Tr::tr("Header text with a line break is refused at review by most accounts."));
    }
    static const QRegularExpression emoji(u"[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}]"_s);
    if (emoji.match(text).hasMatch())
        c.warning(at, u"emoji"_s, Tr::tr("Header text with emoji is refused at review."));
    static const QRegularExpression markers(u"[*_~]"_s);
    if (markers.match(QString(text).remove(variablePattern())).hasMatch()) {
        c.warning(at, u"formatting"_s,
            Tr::tr("Header text is not formatted: *, _ and ~ are shown as written."));
    }
}

void headerExample(Checker &c, const QJsonObject &header, const QString &at,
    const QString &variable, const Context &context)
{
    const QString exampleAt = JsonPointer::child(at, u"example"_s);
    const QJsonObject example = header.value(u"example"_s).toObject();
    const QString key = context.named ? u"header_text_named_params"_s : u"header_text"_s;
    if (!example.contains(key) && example.contains(u"body_text"_s)) {
        // Meta's own call-permission example gives its header "body_text" (2026 §1.4): a
        // documentation slip Graph evidently accepts, so a warning.
        c.warning(JsonPointer::child(exampleAt, u"body_text"_s), u"misnamed"_s,
            Tr::tr("A header's example is \"%1\"; \"body_text\" is the body's.").arg(key));
        return;
    }
    const auto object = c.object(header, at, u"example", Presence::Required);
    if (!object)
        return;
    const auto values = c.array(*object, exampleAt, key, Presence::Required);
    if (!values)
        return;
    const QString valuesAt = JsonPointer::child(exampleAt, key);
    if (!c.count(valuesAt, values->size(), 1, 1))
        return;
    if (!context.named) {
        if (!values->at(0).isString() || values->at(0).toString().isEmpty()) {
            c.error(JsonPointer::child(valuesAt, 0), u"required"_s,
                Tr::tr("The header's variable needs an example text."));
        }
        return;
    }
    const auto entry = c.element(*values, valuesAt, 0);
    if (!entry)
        return;
    const QString entryAt = JsonPointer::child(valuesAt, 0);
    const auto name = c.string(*entry, entryAt, u"param_name", Presence::Required);
    c.text(*entry, entryAt, u"example", Presence::Required, headerTextLimit);
    if (name && *name != variable) {
        c.error(JsonPointer::child(entryAt, u"param_name"_s), u"mismatch"_s,
            Tr::tr("The example is for \"%1\", but the header's variable is {{%2}}.")
                .arg(*name, variable));
    }
}

void textHeader(Checker &c, const QJsonObject &header, const QString &at, const Context &context)
{
    const auto text = c.text(header, at, u"text", Presence::Required, headerTextLimit);
    if (!text)
        return;
    const QString textAt = JsonPointer::child(at, u"text"_s);
    const QStringList variables = variablesOf(*text);
    if (variables.size() > 1) {
        // Reference §5.1: "TEXT, ≤60, ≤1 variable".
        c.error(textAt, u"tooManyVariables"_s,
            Tr::tr("Header text may hold one variable; it holds %1.").arg(variables.size()));
    } else if (variables.size() == 1 && variableName(c, textAt, variables.first(), context.named)) {
        if (!context.named && variables.first() != u"1"_s) {
            c.error(textAt, u"numbering"_s,
                Tr::tr("The header's variable is {{1}}, not {{%1}}.").arg(variables.first()));
        }
        headerExample(c, header, at, variables.first(), context);
    }
    headerTextStyle(c, textAt, *text);
}

} // namespace

QStringList variablesOf(const QString &text)
{
    QStringList variables;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext())
        variables.append(it.next().captured(1));
    return variables;
}

bool variableName(Checker &c, const QString &at, const QString &variable, bool named)
{
    static const QRegularExpression number(u"^[0-9]+$"_s);
    // Reference §2.15 and §10 #11: lowercase letters and _ (Meta's page now allows digits
    // after the first character).
    static const QRegularExpression name(u"^[a-z_][a-z0-9_]*$"_s);
    const bool isNumber = number.match(variable).hasMatch();
    if (!named && !isNumber) {
        c.error(at, u"namedVariable"_s,
            Tr::tr("{{%1}} is a named variable, but \"parameter_format\" is POSITIONAL: "
                   "number the variables {{1}}, {{2}}, … or make the format NAMED.")
                .arg(variable));
        return false;
    }
    if (named && isNumber) {
        c.error(at, u"positionalVariable"_s,
            Tr::tr("{{%1}} is a numbered variable, but \"parameter_format\" is NAMED.")
                .arg(variable));
        return false;
    }
    if (named && !name.match(variable).hasMatch()) {
        c.error(at, u"variableName"_s,
            Tr::tr("{{%1}} is not a valid name: lowercase letters, digits and _, not starting "
                   "with a digit.")
                .arg(variable));
        return false;
    }
    return true;
}

void numbering(Checker &c, const QString &at, const QStringList &variables)
{
    QSet<int> numbers;
    for (const QString &variable : variables)
        numbers.insert(variable.toInt());
    // Reference §5.2: positional variables follow {{1}}..{{n}}; Graph refuses a gap.
    for (int n = 1; n <= numbers.size(); ++n) {
        if (!numbers.contains(n)) {
            c.error(at, u"numbering"_s,
                Tr::tr("Variables are numbered from {{1}} without gaps: {{%1}} is missing.")
                    .arg(n));
            return;
        }
    }
}

void header(Checker &c, const QJsonObject &header, const QString &at, const Context &context)
{
    std::optional<QString> format = c.string(header, at, u"format");
    if (!format && !header.contains(u"format"_s)) {
        if (!header.contains(u"text"_s)) {
            c.string(header, at, u"format", Presence::Required);
            return;
        }
        // Meta's call-permission example has a text header without a format (2026 §1.4).
        c.warning(JsonPointer::child(at, u"format"_s), u"assumed"_s,
            Tr::tr("The header has text but no \"format\": TEXT is assumed."));
        format = u"TEXT"_s;
    }
    if (!format)
        return;
    const QString upper = format->toUpper();
    const QStringList allowed = context.inCard
        ? QStringList {u"IMAGE"_s, u"VIDEO"_s, u"PRODUCT"_s} // 2026 §1.6
        : QStringList {u"TEXT"_s, u"IMAGE"_s, u"VIDEO"_s, u"GIF"_s, u"DOCUMENT"_s, u"LOCATION"_s,
            u"PRODUCT"_s}; // reference §5.1
    if (!allowed.contains(upper)) {
        c.oneOf(at, u"format", *format, allowed);
        return;
    }
    if (upper == u"TEXT"_s) {
        textHeader(c, header, at, context);
    } else if (upper != u"LOCATION"_s && upper != u"PRODUCT"_s) {
        // Reference §5.1: a media header is approved from a sample uploaded with the
        // resumable upload API, its handle in example.header_handle.
        const QString exampleAt = JsonPointer::child(at, u"example"_s);
        const auto example = c.object(header, at, u"example", Presence::Required);
        const auto handles = example
            ? c.array(*example, exampleAt, u"header_handle", Presence::Required)
            : std::nullopt;
        const QString handlesAt = JsonPointer::child(exampleAt, u"header_handle"_s);
        if (handles && c.count(handlesAt, handles->size(), 1, 1)
            && handles->at(0).toString().isEmpty()) {
            c.error(JsonPointer::child(handlesAt, 0), u"required"_s,
                Tr::tr("A %1 header needs the handle of an uploaded sample.").arg(upper));
        }
    }
    c.knownFields(header, at, {u"type", u"format", u"text", u"example"});
}

void footer(Checker &c, const QJsonObject &footer, const QString &at, const Context &context)
{
    if (context.offer) {
        // 2026 §1.7: "MARKETING category only; no footer."
        c.error(JsonPointer::child(at, u"type"_s), u"notInOffer"_s,
            Tr::tr("A limited-time offer template has no footer."));
    }
    const bool authentication = context.authentication();
    const auto text = c.text(
        footer, at, u"text", authentication ? Presence::Optional : Presence::Required, footerLimit);
    if (text && !variablesOf(*text).isEmpty()) {
        c.error(JsonPointer::child(at, u"text"_s), u"variables"_s,
            Tr::tr("Footer text holds no variables."));
    }
    if (authentication) {
        const auto minutes = c.number(footer, at, u"code_expiration_minutes");
        if (minutes && (*minutes < 1 || *minutes > 90 || *minutes != int(*minutes))) {
            c.error(JsonPointer::child(at, u"code_expiration_minutes"_s), u"outOfRange"_s,
                Tr::tr("\"code_expiration_minutes\" is a whole number from 1 to 90, not %1.")
                    .arg(*minutes));
        }
    } else {
        c.notAllowed(footer, at, u"code_expiration_minutes",
            Tr::tr("only an AUTHENTICATION template's footer has it."));
    }
    c.knownFields(footer, at, {u"type", u"text", u"code_expiration_minutes"});
}

} // namespace Wac::TemplateCreation::Parts
