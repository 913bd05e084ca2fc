// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templatedefinition.h"
#include "preview/mediaparts.h"
#include "preview/previewparts.h"
#include "preview/previewtr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

namespace {

/// What a parameter puts in place of its variable.
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

QString highlighted(const QString &value)
{
    return highlightStart + value + highlightEnd;
}

/// `text` with {{1}} / {{name}} replaced by the parameters' values, which are highlighted.
QString substitute(const QString &text, const QList<TemplateParameter> &parameters)
{
    return TemplateDefinition::substitute(
        text, [&parameters](const QString &key) -> std::optional<QString> {
            bool positional = false;
            const int index = key.toInt(&positional);
            for (qsizetype i = 0; i < parameters.size(); ++i) {
                const TemplateParameter &p = parameters.at(i);
                if (positional ? i == index - 1 : p.parameterName == key)
                    return highlighted(valueOf(p));
            }
            return std::nullopt;
        });
}

QList<TemplateParameter> parametersOf(const TemplatePayload &t, const QString &type)
{
    for (const TemplateComponent &c : t.components) {
        if (c.type == type)
            return c.parameters;
    }
    return {};
}

PreviewIcon buttonIcon(const QString &type)
{
    if (type == u"URL"_s)
        return PreviewIcon::ExternalLink;
    if (type == u"PHONE_NUMBER"_s || type == u"VOICE_CALL"_s)
        return PreviewIcon::Phone;
    if (type == u"COPY_CODE"_s || type == u"OTP"_s)
        return PreviewIcon::Copy;
    if (type == u"FLOW"_s)
        return PreviewIcon::Flow;
    if (type == u"CATALOG"_s)
        return PreviewIcon::Catalog;
    if (type == u"MPM"_s)
        return PreviewIcon::Cart;
    return PreviewIcon::Reply;
}

void addHeader(Bubble &bubble, const PreviewContext &ctx, const QJsonObject &component,
    const TemplatePayload &t)
{
    const QString format = component.value(u"format").toString();
    const QList<TemplateParameter> params = parametersOf(t, u"header"_s);
    const std::optional<TemplateParameter> first =
        params.isEmpty() ? std::nullopt : std::optional<TemplateParameter>(params.first());
    if (format == u"TEXT"_s) {
        TextStyle style = ctx.boldStyle();
        style.formatted = true;
        style.font = ctx.title;
        bubble.addText(substitute(component.value(u"text").toString(), params), style, u"header"_s);
    } else if (format == u"IMAGE"_s || format == u"VIDEO"_s) {
        const bool video = format == u"VIDEO"_s;
        MediaParts::addMediaBox(bubble, ctx, video ? PreviewIcon::Video : PreviewIcon::Image,
            first ? MediaParts::sourceOf(first->media) : PreviewTr::tr("No media yet"),
            first && !video ? MediaParts::pictureOf(ctx, first->media) : QImage());
    } else if (format == u"DOCUMENT"_s) {
        const QString name = first
            ? first->media.filename.value_or(MediaParts::sourceOf(first->media))
            : PreviewTr::tr("No document yet");
        MediaParts::addDocument(bubble, ctx, name);
    } else if (format == u"LOCATION"_s) {
        MediaParts::addMap(bubble, ctx);
        if (first && first->location.name)
            bubble.addText(*first->location.name, ctx.boldStyle(), u"location.name"_s);
        if (first && first->location.address)
            bubble.addText(*first->location.address, ctx.smallStyle(), u"location.address"_s);
    }
}

void withDefinition(Bubble &bubble, const PreviewContext &ctx, const QJsonObject &definition,
    const TemplatePayload &t)
{
    for (const QJsonValue &value : definition.value(u"components").toArray()) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(u"type").toString().toUpper();
        if (type == u"HEADER"_s) {
            addHeader(bubble, ctx, component, t);
        } else if (type == u"BODY"_s) {
            bubble.addText(
                substitute(component.value(u"text").toString(), parametersOf(t, u"body"_s)),
                ctx.bodyStyle(), u"body"_s);
        } else if (type == u"FOOTER"_s) {
            bubble.addText(component.value(u"text").toString(), ctx.smallStyle(), u"footer"_s);
        } else if (type == u"BUTTONS"_s) {
            for (const QJsonValue &b : component.value(u"buttons").toArray()) {
                const QJsonObject button = b.toObject();
                bubble.addButtonBelow(buttonIcon(button.value(u"type").toString().toUpper()),
                    button.value(u"text").toString());
            }
        }
    }
}

// Without the template's text, what the message fills in, component by component.
void withoutDefinition(Bubble &bubble, const PreviewContext &ctx, const TemplatePayload &t)
{
    TextStyle name = ctx.boldStyle();
    bubble.addText(
        PreviewTr::tr("Template %1 (%2)").arg(t.name, t.languageCode), name, u"template.name"_s);
    bubble.addText(PreviewTr::tr("Its text is not known here: the values it fills in are below."),
        ctx.smallStyle(), u"template.note"_s);
    for (const TemplateComponent &c : t.components) {
        QString title = c.type;
        if (c.type == u"header"_s) {
            title = PreviewTr::tr("Header");
        } else if (c.type == u"body"_s) {
            title = PreviewTr::tr("Body");
        } else if (c.type == u"button"_s) {
            title = PreviewTr::tr("Button %1 (%2)")
                        .arg(c.index ? QString::number(*c.index) : u"?"_s,
                            c.subType.value_or(QString()));
        }
        TextStyle label = ctx.smallStyle();
        label.font = ctx.bold;
        label.font.setPixelSize(12);
        bubble.addText(title, label, u"template.component"_s);
        QStringList lines;
        for (qsizetype i = 0; i < c.parameters.size(); ++i) {
            const TemplateParameter &p = c.parameters.at(i);
            const QString key = p.parameterName ? *p.parameterName : QString::number(i + 1);
            lines.append(u"{{"_s + key + u"}} "_s + highlighted(valueOf(p)));
        }
        if (!lines.isEmpty()) {
            TextStyle values = ctx.bodyStyle();
            values.formatted = false;
            bubble.addText(lines.join(u'\n'), values, u"param"_s);
        }
    }
}

} // namespace

void templateMessage(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const TemplatePayload t = message.templatePayload();
    Bubble bubble(ctx);
    addReplyQuote(bubble, ctx, message);
    if (ctx.options.templateDefinition)
        withDefinition(bubble, ctx, *ctx.options.templateDefinition, t);
    else
        withoutDefinition(bubble, ctx, t);
    y = bubble.place(scene, y);
}

} // namespace Wac::PreviewParts
