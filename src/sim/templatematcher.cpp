// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/templatematcher.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

constexpr int hydratedBodyLimit = 1024;

HttpReply mismatch(int code, const QString &title, const QString &details)
{
    return HttpReply::graphError(400, code, title, details);
}

HttpReply countMismatch(const QString &component, qsizetype given, qsizetype expected)
{
    return mismatch(132000, u"Number of parameters does not match the expected number of params"_s,
        u"%1: number of localizable_params (%2) does not match the expected number of params (%3)"_s
            .arg(component)
            .arg(given)
            .arg(expected));
}

HttpReply formatMismatch(const QString &details)
{
    return mismatch(
        132012, u"Parameter format does not match format in the created template"_s, details);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    QStringList names;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

QJsonObject definitionPart(const QJsonObject &tpl, const QString &type)
{
    for (const QJsonValue &value : tpl.value(u"components").toArray()) {
        if (value.toObject().value(u"type").toString() == type)
            return value.toObject();
    }
    return {};
}

QJsonArray sentParameters(const QJsonObject &payload, const QString &type)
{
    for (const QJsonValue &value : payload.value(u"components").toArray()) {
        if (value.toObject().value(u"type").toString() == type)
            return value.toObject().value(u"parameters").toArray();
    }
    return {};
}

std::optional<HttpReply> checkText(
    const QString &component, const QStringList &variables, const QJsonArray &sent, bool named)
{
    if (sent.size() != variables.size())
        return countMismatch(component, sent.size(), variables.size());
    for (const QJsonValue &value : sent) {
        const QJsonObject parameter = value.toObject();
        const bool hasName = parameter.contains(u"parameter_name");
        if (named != hasName) {
            return formatMismatch(named
                    ? u"%1: this template uses named parameters; every parameter needs a "
                      "parameter_name"_s.arg(component)
                    : u"%1: this template uses positional parameters; parameter_name is not "
                      "expected"_s.arg(component));
        }
        if (named && !variables.contains(parameter.value(u"parameter_name").toString())) {
            return formatMismatch(
                u"%1: parameter_name \"%2\" is not a variable of the template"_s.arg(
                    component, parameter.value(u"parameter_name").toString()));
        }
    }
    return std::nullopt;
}

std::optional<HttpReply> checkHeader(const QJsonObject &tpl, const QJsonObject &payload, bool named)
{
    const QJsonObject header = definitionPart(tpl, u"HEADER"_s);
    const QJsonArray sent = sentParameters(payload, u"header"_s);
    const QString format = header.value(u"format").toString();
    if (header.isEmpty() || format == u"TEXT"_s)
        return checkText(u"header"_s, placeholders(header.value(u"text").toString()), sent, named);
    const QString expected = format.toLower();
    const QString received =
        sent.isEmpty() ? u"UNKNOWN"_s : sent.at(0).toObject().value(u"type").toString().toUpper();
    if (sent.size() != 1 || received.toLower() != expected) {
        return formatMismatch(
            u"header: Format mismatch, expected %1, received %2"_s.arg(format, received));
    }
    return std::nullopt;
}

QString buttonSubType(const QString &definitionType)
{
    if (definitionType == u"OTP"_s)
        return u"url"_s; // one-time passwords are sent as a url button with the code
    return definitionType.toLower();
}

std::optional<HttpReply> checkButtons(const QJsonObject &tpl, const QJsonObject &payload)
{
    const QJsonArray buttons = definitionPart(tpl, u"BUTTONS"_s).value(u"buttons").toArray();
    QSet<int> given;
    for (const QJsonValue &value : payload.value(u"components").toArray()) {
        const QJsonObject component = value.toObject();
        if (component.value(u"type").toString() != u"button"_s)
            continue;
        const QJsonValue rawIndex = component.value(u"index");
        const int index = rawIndex.isString() ? rawIndex.toString().toInt() : rawIndex.toInt();
        if (index >= buttons.size()) {
            return mismatch(132000,
                u"Number of parameters does not match the expected number of params"_s,
                u"button at index %1: the template has %2 buttons"_s.arg(index).arg(
                    buttons.size()));
        }
        const QString type = buttons.at(index).toObject().value(u"type").toString();
        const QString subType = component.value(u"sub_type").toString();
        if (buttonSubType(type) != subType) {
            return formatMismatch(u"button at index %1: the template's button is %2, the component "
                                  "says sub_type %3"_s.arg(index)
                                      .arg(type, subType));
        }
        given.insert(index);
    }
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QJsonObject button = buttons.at(i).toObject();
        const bool needsValue = button.value(u"type").toString() == u"OTP"_s
            || (button.value(u"type").toString() == u"URL"_s
                && !placeholders(button.value(u"url").toString()).isEmpty());
        if (needsValue && !given.contains(int(i)))
            return countMismatch(u"button at index %1"_s.arg(i), 0, 1);
    }
    return std::nullopt;
}

qsizetype hydratedLength(const QJsonObject &tpl, const QJsonObject &payload)
{
    QString body = definitionPart(tpl, u"BODY"_s).value(u"text").toString();
    const QStringList variables = placeholders(body);
    const QJsonArray sent = sentParameters(payload, u"body"_s);
    for (qsizetype i = 0; i < sent.size() && i < variables.size(); ++i) {
        const QJsonObject p = sent.at(i).toObject();
        const QString value = p.value(u"text").toString(
            p.value(p.value(u"type").toString()).toObject().value(u"fallback_value").toString());
        body.replace(u"{{"_s + variables.at(i) + u"}}"_s, value);
    }
    return body.size();
}

} // namespace

std::optional<HttpReply> TemplateMatcher::check(const QJsonObject &payload) const
{
    const QString name = payload.value(u"name").toString();
    const QString language = payload.value(u"language").toObject().value(u"code").toString();
    const auto tpl = m_store.find(name, language);
    const QString status = tpl ? tpl->value(u"status").toString() : QString();
    if (status == u"PAUSED"_s)
        return mismatch(132015, u"Template is Paused"_s,
            u"Template %1 is paused due to low quality"_s.arg(name));
    if (status == u"DISABLED"_s)
        return mismatch(132016, u"Template is Disabled"_s, u"Template %1 is disabled"_s.arg(name));
    if (!tpl || status != u"APPROVED"_s) {
        return HttpReply::graphError(404, 132001,
            u"Template name does not exist in the translation"_s,
            u"template name (%1) does not exist in %2"_s.arg(name, language));
    }
    const bool named = tpl->value(u"parameter_format").toString() == u"NAMED"_s;
    if (auto error = checkHeader(*tpl, payload, named))
        return error;
    const QString body = definitionPart(*tpl, u"BODY"_s).value(u"text").toString();
    if (auto error =
            checkText(u"body"_s, placeholders(body), sentParameters(payload, u"body"_s), named))
        return error;
    if (auto error = checkButtons(*tpl, payload))
        return error;
    if (hydratedLength(*tpl, payload) > hydratedBodyLimit) {
        return mismatch(132005, u"Template Hydrated Text Too Long"_s,
            u"body: the text with its parameters is longer than %1 characters"_s.arg(
                hydratedBodyLimit));
    }
    return std::nullopt;
}

QString TemplateMatcher::category(const QJsonObject &payload) const
{
    const auto tpl = m_store.find(payload.value(u"name").toString(),
        payload.value(u"language").toObject().value(u"code").toString());
    return tpl ? tpl->value(u"category").toString().toLower() : u"utility"_s;
}

QString TemplateMatcher::messageStatus(const QJsonObject &payload) const
{
    const auto tpl = m_store.find(payload.value(u"name").toString(),
        payload.value(u"language").toObject().value(u"code").toString());
    return tpl ? tpl->value(u"sim_message_status").toString() : QString();
}

} // namespace Wac::Sim
