// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templatedefinition.h"
#include "preview/mediaparts.h"
#include "preview/previewparts.h"
#include "preview/previewtr.h"
#include "preview/templatefeatures.h"
#include "preview/templatevalues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

namespace {

using TemplateValues::parametersOf;
using TemplateValues::substitute;

QString highlighted(const QString &value)
{
    return highlightStart + value + highlightEnd;
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
    if (type == u"MPM"_s || type == u"ORDER_DETAILS"_s)
        return PreviewIcon::Cart;
    return PreviewIcon::Reply;
}

void addHeader(Bubble &bubble, const PreviewContext &ctx, const QJsonObject &component,
    const TemplatePayload &t)
{
    // Meta's creation examples write "image"; a header without a format is text.
    const QString format = component.value(u"format").toString(u"TEXT"_s).toUpper();
    const QList<TemplateParameter> params = parametersOf(t.components, u"header"_s);
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

// A copy-code button's text cannot be chosen: WhatsApp writes it.
QString buttonText(const QJsonObject &button, bool offer)
{
    const QString text = button.value(u"text").toString();
    if (!text.isEmpty() || button.value(u"type").toString().toUpper() != u"COPY_CODE"_s)
        return text;
    return offer ? PreviewTr::tr("Copy offer code") : PreviewTr::tr("Copy code");
}

// A catalog or multi-product template opens with its thumbnail product.
void addThumbnail(Bubble &bubble, const PreviewContext &ctx, const TemplateDefinition &d,
    const TemplatePayload &t)
{
    for (const TemplateButtonDefinition &b : d.buttons) {
        if (b.type != u"CATALOG"_s && b.type != u"MPM"_s)
            continue;
        const std::optional<TemplateParameter> p =
            TemplateValues::buttonParameter(t.components, b.subType());
        const QString id =
            p ? p->object.value(u"thumbnail_product_retailer_id").toString() : QString();
        int items = 0;
        for (const QJsonValue &section : p ? p->object.value(u"sections").toArray() : QJsonArray())
            items += int(section[u"product_items"].toArray().size());
        TemplateFeatures::addThumbnail(bubble, ctx, id,
            b.type == u"CATALOG"_s ? PreviewTr::tr("Browse the catalog on WhatsApp")
                : items == 1       ? PreviewTr::tr("1 item to choose from")
                                   : PreviewTr::tr("%1 items to choose from").arg(items));
        return;
    }
}

void addOffer(Bubble &bubble, const PreviewContext &ctx, const TemplateDefinition &d,
    const TemplatePayload &t)
{
    std::optional<qint64> expires;
    for (const TemplateComponent &c : t.components) {
        const QJsonValue ms = c.type == u"limited_time_offer"_s && !c.parameters.isEmpty()
            ? c.parameters.first().object.value(u"expiration_time_ms")
            : QJsonValue();
        if (ms.isDouble())
            expires = qint64(ms.toDouble());
    }
    const std::optional<TemplateParameter> code =
        TemplateValues::buttonParameter(t.components, u"copy_code"_s);
    TemplateFeatures::addOffer(bubble, ctx, d.offerText, d.offerExpires ? expires : std::nullopt,
        code ? code->couponCode.value_or(QString()) : QString());
}

void withDefinition(Bubble &bubble, const PreviewContext &ctx, const QJsonObject &definition,
    const TemplatePayload &t)
{
    const TemplateDefinition d = TemplateDefinition::fromJson(definition);
    addThumbnail(bubble, ctx, d, t);
    for (const QJsonValue &value : definition.value(u"components").toArray()) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(u"type").toString().toUpper();
        if (type == u"HEADER"_s) {
            addHeader(bubble, ctx, component, t);
        } else if (type == u"BODY"_s) {
            bubble.addText(substitute(component.value(u"text").toString(),
                               parametersOf(t.components, u"body"_s)),
                ctx.bodyStyle(), u"body"_s);
        } else if (type == u"FOOTER"_s) {
            bubble.addText(component.value(u"text").toString(), ctx.smallStyle(), u"footer"_s);
        } else if (type == u"LIMITED_TIME_OFFER"_s) {
            addOffer(bubble, ctx, d, t);
        } else if (type == u"CALL_PERMISSION_REQUEST"_s) {
            TemplateFeatures::addCallPermission(bubble, ctx);
        } else if (type == u"ORDER_STATUS"_s) {
            const QList<TemplateParameter> status = parametersOf(t.components, u"order_status"_s);
            addOrderStatusCard(bubble, ctx,
                OrderStatusParameters::fromJson(
                    status.isEmpty() ? QJsonObject() : status.first().object));
        } else if (type == u"BUTTONS"_s) {
            for (const QJsonValue &b : component.value(u"buttons").toArray()) {
                const QJsonObject button = b.toObject();
                bubble.addButtonBelow(buttonIcon(button.value(u"type").toString().toUpper()),
                    buttonText(button, d.hasOffer));
            }
        }
    }
    TemplateFeatures::addTapTarget(
        bubble, ctx, parametersOf(t.components, u"tap_target_configuration"_s));
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
            lines.append(u"{{"_s + key + u"}} "_s + highlighted(TemplateValues::valueOf(p)));
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
    if (ctx.options.templateDefinition) {
        templateCarousel(scene, ctx, *ctx.options.templateDefinition,
            message.toJson().value(u"template").toObject(), y);
    }
}

} // namespace Wac::PreviewParts
