// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/templatevalues.h"

#include "core/templates/templatedefinition.h"
#include "preview/mediaparts.h"
#include "preview/previewtr.h"
#include "preview/textlayout.h"

using namespace Qt::StringLiterals;

namespace Wac::TemplateValues {

QString valueOf(const TemplateParameter &p)
{
    if (p.type == u"text"_s)
        return p.text.value_or(QString());
    if (p.type == u"currency"_s || p.type == u"date_time"_s)
        return p.fallbackValue;
    if (p.type == u"payload"_s)
        return p.payload.value_or(QString());
    if (p.type == u"coupon_code"_s)
        return p.couponCode.value_or(QString());
    if (p.type == u"image"_s || p.type == u"video"_s || p.type == u"document"_s)
        return MediaParts::sourceOf(p.media);
    if (p.type == u"location"_s)
        return p.location.name.value_or(PreviewTr::tr("Location"));
    return p.type;
}

QString substitute(const QString &text, const QList<TemplateParameter> &parameters)
{
    return TemplateDefinition::substitute(
        text, [&parameters](const QString &key) -> std::optional<QString> {
            bool positional = false;
            const int index = key.toInt(&positional);
            for (qsizetype i = 0; i < parameters.size(); ++i) {
                const TemplateParameter &p = parameters.at(i);
                if (positional ? i == index - 1 : p.parameterName == key)
                    return highlightStart + valueOf(p) + highlightEnd;
            }
            return std::nullopt;
        });
}

QList<TemplateParameter> parametersOf(
    const QList<TemplateComponent> &components, const QString &type)
{
    for (const TemplateComponent &c : components) {
        if (c.type == type)
            return c.parameters;
    }
    return {};
}

std::optional<TemplateParameter> buttonParameter(
    const QList<TemplateComponent> &components, const QString &subType)
{
    for (const TemplateComponent &c : components) {
        if (c.type == u"button"_s && !c.parameters.isEmpty()
            && c.subType.value_or(QString()).compare(subType, Qt::CaseInsensitive) == 0)
            return c.parameters.first();
    }
    return std::nullopt;
}

QList<QList<TemplateComponent>> cardsOf(const QJsonObject &templateObject)
{
    QList<QList<TemplateComponent>> out;
    for (const QJsonValue &c : templateObject.value(u"components").toArray()) {
        if (c[u"type"].toString() != u"carousel"_s)
            continue;
        for (const QJsonValue &card : c[u"cards"].toArray()) {
            QList<TemplateComponent> components;
            for (const QJsonValue &component : card[u"components"].toArray())
                components.append(TemplateComponent::fromJson(component.toObject()));
            out.append(components);
        }
    }
    return out;
}

} // namespace Wac::TemplateValues
