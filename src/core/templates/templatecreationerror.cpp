// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templatecreationerror.h"

#include "core/coretr.h"
#include "core/jsonpointer.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wac::TemplateCreationError {

namespace {

// "Message template already exists": the name (with its language) is taken.
constexpr int alreadyExistsSubcode = 2388024;

QJsonObject errorOf(const QJsonObject &graphError)
{
    const QJsonValue inner = graphError.value(u"error");
    return inner.isObject() ? inner.toObject() : graphError;
}

/// The texts Graph may name the field in, the most specific first.
QStringList textsOf(const QJsonObject &error)
{
    QStringList texts;
    for (const QString &text : {error.value(u"error_user_msg").toString(),
             error.value(u"error_data").toObject().value(u"details").toString(),
             error.value(u"message").toString(), error.value(u"error_user_title").toString()}) {
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts;
}

/// `Param components[1]['buttons'][0]['text']` → `/components/1/buttons/0/text`. Graph writes
/// keys quoted ('key' or "key") or bare, indexes bare.
std::optional<QString> paramPath(const QString &text)
{
    static const QRegularExpression param(
        uR"(\bParam\s+([A-Za-z_][A-Za-z0-9_]*)((?:\[[^\]]*\])*))"_s);
    const QRegularExpressionMatch match = param.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString pointer = JsonPointer::child(QString(), match.captured(1));
    static const QRegularExpression segment(uR"re(\[\s*(?:'([^']*)'|"([^"]*)"|([^\]]*?))\s*\])re"_s);
    auto it = segment.globalMatch(match.captured(2));
    while (it.hasNext()) {
        const QRegularExpressionMatch s = it.next();
        const QString key = s.captured(1) + s.captured(2) + s.captured(3);
        pointer = JsonPointer::child(pointer, key);
    }
    return pointer;
}

/// `pointer` cut back to where `definition` still has something: an index Graph counted past
/// the submitted components is no field the form can show. A missing last member stays: it
/// is where the value Graph wants would go.
QString withinDefinition(const QString &pointer, const QJsonObject &definition)
{
    QStringList tokens = JsonPointer::split(pointer);
    const auto build = [](const QStringList &parts) {
        QString out;
        for (const QString &part : parts)
            out = JsonPointer::child(out, part);
        return out;
    };
    while (!tokens.isEmpty()) {
        const QStringList parent = tokens.mid(0, tokens.size() - 1);
        if (!JsonPointer::resolve(definition, build(tokens)).isUndefined())
            return build(tokens);
        if (JsonPointer::resolve(definition, build(parent)).isObject())
            return build(tokens);
        tokens = parent;
    }
    return QString();
}

/// The component a text speaks of (the first one it names), as its place in `definition`;
/// `/components` when the definition has none of that kind (where it would go).
std::optional<QString> namedComponent(const QString &text, const QJsonObject &definition)
{
    static const QRegularExpression word(
        uR"(\b(HEADER|BODY|FOOTER|BUTTONS?|CAROUSEL|LIMITED_TIME_OFFER)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = word.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString type = match.captured(1).toUpper();
    if (type == u"BUTTON"_s)
        type = u"BUTTONS"_s;
    const QJsonArray components = definition.value(u"components").toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (components.at(i).toObject().value(u"type").toString().toUpper() == type)
            return JsonPointer::child(u"/components"_s, i);
    }
    return u"/components"_s;
}

std::optional<QString> namedIdentity(const QString &text)
{
    static const QRegularExpression word(uR"(\b(name|language|category|parameter[_ ]format)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = word.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString key = match.captured(1).toLower();
    key.replace(u' ', u'_');
    return JsonPointer::child(QString(), key);
}

} // namespace

QString pointer(const QJsonObject &graphError, const QJsonObject &definition)
{
    const QJsonObject error = errorOf(graphError);
    if (error.value(u"error_subcode").toInt() == alreadyExistsSubcode)
        return u"/name"_s;
    const QStringList texts = textsOf(error);
    for (const QString &text : texts) {
        if (const auto path = paramPath(text))
            return withinDefinition(*path, definition);
    }
    // Text by text, the most specific first: a title's words never outrank the message's.
    for (const QString &text : texts) {
        if (const auto component = namedComponent(text, definition))
            return *component;
        if (const auto identity = namedIdentity(text))
            return *identity;
    }
    return QString();
}

Diagnostic diagnostic(const QJsonObject &graphError, const QJsonObject &definition)
{
    const QJsonObject error = errorOf(graphError);
    Diagnostic d;
    d.severity = Severity::Error;
    d.pointer = pointer(graphError, definition);
    const int code = error.value(u"code").toInt();
    const int subcode = error.value(u"error_subcode").toInt();
    d.code = subcode != 0 ? u"graph.%1.%2"_s.arg(code).arg(subcode) : u"graph.%1"_s.arg(code);
    const QString title = error.value(u"error_user_title").toString();
    QString words = error.value(u"error_user_msg").toString();
    if (words.isEmpty())
        words = error.value(u"message").toString();
    if (title.isEmpty() || title == words)
        d.message = words.isEmpty() ? Tr::tr("Graph refused the template.") : words;
    else if (words.isEmpty())
        d.message = title;
    else
        d.message = Tr::tr("%1: %2", "Graph's error title: its message").arg(title, words);
    return d;
}

} // namespace Wac::TemplateCreationError
