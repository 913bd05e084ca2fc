// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/variableformat.h"

#include "core/templates/componentplace.h"
#include "core/templates/templatedefinition.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac::VariableFormat {

namespace {

QJsonArray toArray(const QStringList &strings)
{
    QJsonArray out;
    for (const QString &s : strings)
        out.append(s);
    return out;
}

/// The component's text with its variables renamed, and its examples moved with them.
QJsonObject renamed(QJsonObject component, bool named, const QStringList &variables,
    const QStringList &examples, bool header)
{
    QHash<QString, QString> to;
    QStringList newNames;
    // Text order, so that names become numbers as a reader counts them.
    const QStringList inText = TemplateDefinition::variablesIn(component.value(u"text").toString());
    for (const QString &old : inText) {
        const QString fresh = named
            ? (old.front().isDigit() ? u"var_"_s + old : old)
            : (old.front().isDigit() ? old : QString::number(newNames.size() + 1));
        to.insert(old, fresh);
        newNames.append(fresh);
    }
    component.insert(u"text"_s,
        TemplateDefinition::substitute(
            component.value(u"text").toString(), [&to](const QString &v) -> std::optional<QString> {
                return u"{{"_s + to.value(v, v) + u"}}"_s;
            }));
    QStringList newExamples;
    for (const QString &old : inText)
        newExamples.append(examples.value(variables.indexOf(old)));
    if (!named) {
        // Numbered examples are given in number order.
        QStringList ordered(newNames.size());
        for (qsizetype i = 0; i < newNames.size(); ++i)
            ordered[qBound(0, newNames.at(i).toInt() - 1, int(ordered.size()) - 1)] =
                newExamples.at(i);
        newExamples = ordered;
        std::sort(newNames.begin(), newNames.end(),
            [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    }
    const QJsonObject example = withExamples(component.value(u"example").toObject(),
        header ? u"header_text"_s : u"body_text"_s,
        header ? u"header_text_named_params"_s : u"body_text_named_params"_s, !header, named,
        newNames, newExamples);
    if (example.isEmpty())
        component.remove(u"example"_s);
    else
        component.insert(u"example"_s, example);
    return component;
}

} // namespace

QJsonObject withExamples(QJsonObject example, const QString &positionalKey, const QString &namedKey,
    bool nested, bool named, const QStringList &variables, const QStringList &examples)
{
    example.remove(positionalKey);
    example.remove(namedKey);
    if (variables.isEmpty())
        return example;
    if (named) {
        QJsonArray params;
        for (qsizetype i = 0; i < variables.size(); ++i)
            params.append(QJsonObject {
                {u"param_name"_s, variables.at(i)}, {u"example"_s, examples.value(i)}});
        example.insert(namedKey, params);
    } else {
        QStringList values;
        for (qsizetype i = 0; i < variables.size(); ++i)
            values.append(examples.value(i));
        // The QJsonValue keeps the row nested: clang reads `QJsonArray {array}` as a copy.
        example.insert(positionalKey,
            nested ? QJsonValue(QJsonArray {QJsonValue(toArray(values))})
                   : QJsonValue(toArray(values)));
    }
    return example;
}

QJsonObject converted(const QJsonObject &definition, bool named)
{
    const TemplateDefinition d = TemplateDefinition::fromJson(definition);
    QJsonObject out = definition;
    out.insert(u"parameter_format"_s, named ? u"NAMED"_s : u"POSITIONAL"_s);
    const QJsonObject header = ComponentPlace::find(definition, u"HEADER");
    if (header.value(u"format").toString().toUpper() == u"TEXT"_s)
        ComponentPlace::put(
            out, u"HEADER", renamed(header, named, d.headerVariables, d.headerExamples, true));
    const QJsonObject body = ComponentPlace::find(definition, u"BODY");
    if (!body.isEmpty())
        ComponentPlace::put(
            out, u"BODY", renamed(body, named, d.bodyVariables, d.bodyExamples, false));
    return out;
}

} // namespace Wac::VariableFormat
