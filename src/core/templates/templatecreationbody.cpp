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

constexpr qsizetype bodyLimit = 1024; // reference §5.1; 2026 §1.6 and §1.8 say the same
constexpr qsizetype offerBodyLimit = 600; // 2026 §1.7
constexpr qsizetype cardBodyLimit = 160; // Meta's carousel page; the 2026 notes omit it
constexpr int newlineRun = 4; // third-party: "must not have four consecutive newlines"

void positionalExamples(
    Checker &c, const QJsonObject &example, const QString &exampleAt, int variables)
{
    // Reference §5.1: example.body_text = [["v1","v2"]], one value per variable.
    const auto rows = c.array(example, exampleAt, u"body_text", Presence::Required);
    if (!rows)
        return;
    const QString rowsAt = JsonPointer::child(exampleAt, u"body_text"_s);
    if (!c.count(rowsAt, rows->size(), 1, 1))
        return;
    const QString rowAt = JsonPointer::child(rowsAt, 0);
    if (!rows->at(0).isArray()) {
        c.error(rowAt, u"wrongType"_s, Tr::tr("\"body_text\" holds one array of examples."));
        return;
    }
    const QJsonArray row = rows->at(0).toArray();
    if (row.size() != variables) {
        c.error(rowAt, u"exampleCount"_s,
            Tr::tr("The body has %1 variables, but %2 examples.").arg(variables).arg(row.size()));
    }
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (!row.at(i).isString() || row.at(i).toString().trimmed().isEmpty()) {
            c.error(JsonPointer::child(rowAt, i), u"required"_s,
                Tr::tr("The example of {{%1}} must be a non-empty text.").arg(i + 1));
        }
    }
}

void namedExamples(
    Checker &c, const QJsonObject &example, const QString &exampleAt, const QStringList &names)
{
    // Reference §5.1: body_text_named_params = [{"param_name":…,"example":…}].
    const auto entries = c.array(example, exampleAt, u"body_text_named_params", Presence::Required);
    if (!entries)
        return;
    const QString entriesAt = JsonPointer::child(exampleAt, u"body_text_named_params"_s);
    QSet<QString> given;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const auto entry = c.element(*entries, entriesAt, i);
        if (!entry)
            continue;
        const QString entryAt = JsonPointer::child(entriesAt, i);
        const auto name = c.string(*entry, entryAt, u"param_name", Presence::Required);
        c.text(*entry, entryAt, u"example", Presence::Required, bodyLimit);
        if (!name)
            continue;
        given.insert(*name);
        if (!names.contains(*name)) {
            c.warning(JsonPointer::child(entryAt, u"param_name"_s), u"unused"_s,
                Tr::tr("The body has no variable {{%1}}.").arg(*name));
        }
    }
    for (const QString &name : names) {
        if (!given.contains(name)) {
            c.error(entriesAt, u"exampleMissing"_s, Tr::tr("{{%1}} needs an example.").arg(name));
        }
    }
}

void examples(Checker &c, const QJsonObject &body, const QString &at, const QStringList &variables,
    const Context &context)
{
    const auto example = c.object(body, at, u"example", Presence::Required);
    if (!example)
        return;
    const QString exampleAt = JsonPointer::child(at, u"example"_s);
    if (context.named) {
        QStringList names = variables;
        names.removeDuplicates();
        namedExamples(c, *example, exampleAt, names);
    } else {
        positionalExamples(c, *example, exampleAt,
            int(QSet<QString>(variables.cbegin(), variables.cend()).size()));
    }
}

/// Where a body's variables stand. Meta refuses a body that starts or ends with one ("(#100)
/// … variables can't be at the start or end"); the rest is third-party guidance (BSP help
/// pages on rejections), so warnings.
void placement(Checker &c, const QString &at, const QString &text, int variables)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression start(u"^\\{\\{[^{}]*\\}\\}"_s);
    static const QRegularExpression end(u"\\{\\{[^{}]*\\}\\}$"_s);
    if (start.match(trimmed).hasMatch()) {
        c.error(at, u"variableAtStart"_s,
            Tr::tr("The body cannot start with a variable: put some text before it."));
    }
    if (end.match(trimmed).hasMatch()) {
        c.error(at, u"variableAtEnd"_s,
            Tr::tr("The body cannot end with a variable: put some text after it."));
    }
    static const QRegularExpression adjacent(u"\\}\\}\\s*\\{\\{"_s);
    if (adjacent.match(text).hasMatch()) {
        c.warning(at, u"adjacentVariables"_s,
            Tr::tr("Two variables side by side are often rejected: put words between them."));
    }
    if (text.contains(QString(newlineRun, u'\n'))) {
        c.warning(at, u"newlines"_s,
            Tr::tr("%1 line breaks in a row are refused at review.").arg(newlineRun));
    }
    // Third-party rule of thumb (BSP help pages): 2n+1 words of text for n variables.
    static const QRegularExpression variable(u"\\{\\{[^{}]*\\}\\}"_s);
    // A word has a letter or a digit: the punctuation left between variables is not text.
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    qsizetype words = 0;
    for (auto it = word.globalMatch(QString(text).remove(variable)); it.hasNext(); it.next())
        ++words;
    if (variables > 0 && words < 2 * variables + 1) {
        c.warning(at, u"tooManyVariables"_s,
            Tr::tr("%1 variables in %2 words of text: Meta rejects bodies that are mostly "
                   "variables (about 2 words per variable, plus one).")
                .arg(variables)
                .arg(words));
    }
}

qsizetype limitFor(const Context &context)
{
    if (context.inCard)
        return cardBodyLimit;
    return context.offer ? offerBodyLimit : bodyLimit;
}

} // namespace

void body(Checker &c, const QJsonObject &body, const QString &at, const Context &context)
{
    const bool authentication = context.authentication();
    c.knownFields(body, at, {u"type", u"text", u"example", u"add_security_recommendation"});
    if (authentication) {
        // Meta writes an authentication template's text itself; GET returns it, so a text is
        // read but not checked as the business's own.
        c.boolean(body, at, u"add_security_recommendation");
        c.text(body, at, u"text", Presence::Optional, bodyLimit);
        return;
    }
    c.notAllowed(body, at, u"add_security_recommendation",
        Tr::tr("only an AUTHENTICATION template's body has it."));
    const auto text = c.text(body, at, u"text", Presence::Required, limitFor(context),
        context.inCard ? Severity::Warning : Severity::Error);
    if (!text)
        return;
    const QString textAt = JsonPointer::child(at, u"text"_s);
    const QStringList variables = variablesOf(*text);
    bool wellFormed = true;
    for (const QString &variable : variables)
        wellFormed = variableName(c, textAt, variable, context.named) && wellFormed;
    if (!wellFormed)
        return;
    if (!context.named)
        numbering(c, textAt, variables);
    if (!variables.isEmpty())
        examples(c, body, at, variables, context);
    placement(c, textAt, *text, int(variables.size()));
}

} // namespace Wac::TemplateCreation::Parts
