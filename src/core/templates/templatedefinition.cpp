// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templatedefinition.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    return pattern;
}

// Numbered variables are sent in number order, whatever order the text uses them in
// ("{{2}} … {{1}}" still takes the value of {{1}} first).
QStringList inSendOrder(QStringList variables, bool named)
{
    if (!named) {
        std::stable_sort(variables.begin(), variables.end(),
            [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    }
    return variables;
}

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &value : array)
        out.append(value.toString());
    return out;
}

// Examples are stored positionally (`[["Pablo", "#1042"]]`) or by name
// (`[{"param_name": "first_name", "example": "Pablo"}]`); both end up parallel to `variables`.
QStringList examplesFor(const QJsonObject &example, const QString &positionalKey,
    const QString &namedKey, const QStringList &variables)
{
    QStringList out(variables.size());
    const QJsonValue positional = example.value(positionalKey);
    const QStringList given = positional.isArray() && positional.toArray().first().isArray()
        ? strings(positional.toArray().first().toArray())
        : strings(positional.toArray());
    for (qsizetype i = 0; i < given.size() && i < out.size(); ++i)
        out[i] = given.at(i);
    for (const QJsonValue &value : example.value(namedKey).toArray()) {
        const QJsonObject named = value.toObject();
        const qsizetype at = variables.indexOf(named.value(u"param_name").toString());
        if (at >= 0)
            out[at] = named.value(u"example").toString();
    }
    return out;
}

TemplateButtonDefinition buttonFrom(const QJsonObject &json, int index)
{
    TemplateButtonDefinition b;
    b.index = index;
    b.type = json.value(u"type").toString().toUpper();
    b.text = json.value(u"text").toString();
    b.url = json.value(u"url").toString();
    const QJsonValue example = json.value(u"example");
    b.example = example.isArray() ? example.toArray().first().toString() : example.toString();
    b.otpType = json.value(u"otp_type").toString();
    return b;
}

QList<TemplateButtonDefinition> buttonsOf(const QJsonObject &component)
{
    QList<TemplateButtonDefinition> out;
    const QJsonArray buttons = component.value(u"buttons").toArray();
    for (qsizetype i = 0; i < buttons.size(); ++i)
        out.append(buttonFrom(buttons.at(i).toObject(), int(i)));
    return out;
}

TemplateCardDefinition cardFrom(const QJsonObject &json, bool named)
{
    TemplateCardDefinition card;
    for (const QJsonValue &value : json.value(u"components").toArray()) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(u"type").toString().toUpper();
        const QJsonObject example = component.value(u"example").toObject();
        if (type == u"HEADER"_s) {
            card.headerFormat = component.value(u"format").toString().toUpper();
            card.headerExampleMedia = example.value(u"header_handle").toArray().first().toString();
        } else if (type == u"BODY"_s) {
            card.bodyText = component.value(u"text").toString();
            card.bodyVariables = inSendOrder(TemplateDefinition::variablesIn(card.bodyText), named);
            card.bodyExamples = examplesFor(
                example, u"body_text"_s, u"body_text_named_params"_s, card.bodyVariables);
        } else if (type == u"BUTTONS"_s) {
            card.buttons = buttonsOf(component);
        }
    }
    return card;
}

} // namespace

QString TemplateButtonDefinition::subType() const
{
    if (type == u"URL"_s)
        return TemplateDefinition::variablesIn(url).isEmpty() ? QString() : u"url"_s;
    if (type == u"OTP"_s)
        return u"url"_s; // one-time passwords go out as a url button carrying the code
    if (type == u"PHONE_NUMBER"_s)
        return QString();
    return type.toLower(); // quick_reply, copy_code, flow, catalog, mpm, voice_call
}

bool TemplateButtonDefinition::needsParameter() const
{
    return type == u"OTP"_s || type == u"COPY_CODE"_s
        || (type == u"URL"_s && !TemplateDefinition::variablesIn(url).isEmpty());
}

QStringList TemplateDefinition::variablesIn(const QString &text)
{
    QStringList names;
    for (auto it = variablePattern().globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    // A variable used twice is still one parameter.
    names.removeDuplicates();
    return names;
}

QString TemplateDefinition::substitute(const QString &text,
    const std::function<std::optional<QString>(const QString &variable)> &value)
{
    QString out;
    qsizetype last = 0;
    for (auto it = variablePattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += value(m.captured(1)).value_or(m.captured(0));
        last = m.capturedEnd();
    }
    return out + QStringView(text).mid(last);
}

bool TemplateDefinition::hasMediaHeader() const
{
    return headerFormat == u"IMAGE"_s || headerFormat == u"VIDEO"_s || headerFormat == u"DOCUMENT"_s
        || headerFormat == u"GIF"_s;
}

TemplateDefinition TemplateDefinition::withCardCount(int count) const
{
    if (!cardsRepeat() || count < 1)
        return *this;
    TemplateDefinition out = *this;
    const TemplateCardDefinition last = cards.constLast();
    out.cards = cards.mid(0, count);
    while (out.cards.size() < count)
        out.cards.append(last);
    return out;
}

TemplateDefinition TemplateDefinition::fromJson(const QJsonObject &json)
{
    TemplateDefinition d;
    d.json = json;
    d.id = json.value(u"id").toString();
    d.name = json.value(u"name").toString();
    d.language = json.value(u"language").toString();
    d.status = json.value(u"status").toString().toUpper();
    d.category = json.value(u"category").toString().toUpper();
    d.parameterFormat = json.value(u"parameter_format").toString(u"POSITIONAL"_s).toUpper();
    for (const QJsonValue &value : json.value(u"components").toArray()) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(u"type").toString().toUpper();
        const QJsonObject example = component.value(u"example").toObject();
        if (type == u"HEADER"_s) {
            d.headerFormat = component.value(u"format").toString(u"TEXT"_s).toUpper();
            d.headerText = component.value(u"text").toString();
            d.headerVariables = inSendOrder(variablesIn(d.headerText), d.isNamed());
            d.headerExamples = examplesFor(
                example, u"header_text"_s, u"header_text_named_params"_s, d.headerVariables);
            d.headerExampleMedia = example.value(u"header_handle").toArray().first().toString();
        } else if (type == u"BODY"_s) {
            d.bodyText = component.value(u"text").toString();
            d.bodyVariables = inSendOrder(variablesIn(d.bodyText), d.isNamed());
            d.bodyExamples =
                examplesFor(example, u"body_text"_s, u"body_text_named_params"_s, d.bodyVariables);
        } else if (type == u"FOOTER"_s) {
            d.footerText = component.value(u"text").toString();
        } else if (type == u"BUTTONS"_s) {
            d.buttons = buttonsOf(component);
        } else if (type == u"CAROUSEL"_s) {
            for (const QJsonValue &card : component.value(u"cards").toArray())
                d.cards.append(cardFrom(card.toObject(), d.isNamed()));
        } else if (type == u"LIMITED_TIME_OFFER"_s) {
            const QJsonObject offer = component.value(u"limited_time_offer").toObject();
            d.hasOffer = true;
            d.offerText = offer.value(u"text").toString();
            d.offerExpires = offer.value(u"has_expiration").toBool();
        } else if (type == u"CALL_PERMISSION_REQUEST"_s) {
            d.callPermissionRequest = true;
        } else if (type == u"ORDER_STATUS"_s) {
            d.orderStatus = true;
        }
    }
    return d;
}

} // namespace Wac
