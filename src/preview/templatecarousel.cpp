// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templatedefinition.h"
#include "preview/mediaparts.h"
#include "preview/previewparts.h"
#include "preview/previewtr.h"
#include "preview/templatevalues.h"

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

namespace {

constexpr qreal cardGap = 8;
constexpr qreal cardShare = 0.7; ///< of the screen's width: the next card shows its edge

PreviewIcon cardButtonIcon(const QString &type)
{
    if (type == u"URL"_s)
        return PreviewIcon::ExternalLink;
    if (type == u"PHONE_NUMBER"_s)
        return PreviewIcon::Phone;
    if (type == u"SPM"_s)
        return PreviewIcon::Cart;
    return PreviewIcon::Reply;
}

// One card as a bubble of its own, at the left edge; its time and ticks are the message's,
// drawn once under the text bubble above.
PreviewScene cardScene(const PreviewContext &ctx, const TemplateCardDefinition &card,
    const QList<TemplateComponent> &sent, qreal y)
{
    // Laid out from the left edge, coloured as the message it belongs to.
    Bubble bubble(ctx, false);
    bubble.setTail(false);
    bubble.setShowsMeta(false);
    bubble.setBubbleColor(ctx.palette.bubbleOut);
    const QList<TemplateParameter> header = TemplateValues::parametersOf(sent, u"header"_s);
    const std::optional<TemplateParameter> first =
        header.isEmpty() ? std::nullopt : std::optional(header.first());
    if (card.isProduct()) {
        const QString id =
            first ? first->object.value(u"product_retailer_id").toString() : QString();
        MediaParts::addProduct(bubble, ctx, id.isEmpty() ? PreviewTr::tr("No product yet") : id);
    } else {
        const bool video = card.headerFormat == u"VIDEO"_s;
        MediaParts::addMediaBox(bubble, ctx, video ? PreviewIcon::Video : PreviewIcon::Image,
            first ? MediaParts::sourceOf(first->media) : PreviewTr::tr("No media yet"),
            first && !video ? MediaParts::pictureOf(ctx, first->media) : QImage());
    }
    if (!card.bodyText.isEmpty()) {
        bubble.addText(TemplateValues::substitute(
                           card.bodyText, TemplateValues::parametersOf(sent, u"body"_s)),
            ctx.bodyStyle(), u"card.body"_s);
    }
    for (const TemplateButtonDefinition &button : card.buttons) {
        bubble.addInlineButton(cardButtonIcon(button.type),
            button.text.isEmpty() && button.type == u"SPM"_s ? PreviewTr::tr("View") : button.text);
    }
    PreviewScene scene;
    bubble.place(scene, y);
    scene.items.removeIf(
        [](const SceneItem &item) { return item.role == u"time"_s || item.role == u"ticks"_s; });
    for (SceneItem &item : scene.items) {
        if (item.kind == SceneItem::Kind::Bubble)
            item.role = u"card"_s;
    }
    return scene;
}

} // namespace

void templateCarousel(PreviewScene &scene, const PreviewContext &ctx, const QJsonObject &definition,
    const QJsonObject &templateObject, qreal &y)
{
    const TemplateDefinition d = TemplateDefinition::fromJson(definition);
    if (d.cards.isEmpty())
        return;
    // As many cards as the send has (a product carousel sends more than it was approved
    // with, each like the last), or the definition's own before any is filled.
    const QList<QList<TemplateComponent>> sent = TemplateValues::cardsOf(templateObject);
    const qsizetype count = sent.isEmpty() ? d.cards.size() : sent.size();
    PreviewOptions narrow = ctx.options;
    narrow.bubbleMaxWidth = int(ctx.options.width * cardShare);
    const PreviewContext cardCtx(narrow);
    qreal dx = 0;
    qreal bottom = y;
    for (qsizetype i = 0; i < count; ++i) {
        const PreviewScene card = cardScene(
            cardCtx, d.cards.value(std::min(i, d.cards.size() - 1)), sent.value(i), y + cardGap);
        qreal left = 0;
        qreal right = 0;
        for (SceneItem item : card.items) {
            if (item.kind == SceneItem::Kind::Bubble) {
                left = item.rect.left();
                right = item.rect.right() + dx;
                bottom = std::max(bottom, item.rect.bottom());
            }
            item.rect.translate(dx, 0);
            scene.add(item);
        }
        // The cards past the screen's edge are there to be swiped to, not drawn.
        if (right >= ctx.options.width)
            break;
        dx = right + cardGap - left;
    }
    y = bottom;
}

} // namespace Wac::PreviewParts
