// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/mediaparts.h"
#include "preview/previewparts.h"
#include "preview/previewtr.h"

#include <QFontMetricsF>

#include <algorithm>

using namespace Qt::StringLiterals;

// The carousel as the WhatsApp app draws it: the bubble with the message body, then a strip of
// cards to swipe sideways, the front card whole and its neighbours' edges showing.
namespace Wac::PreviewParts {

namespace {

constexpr qreal cardShare = 0.7; ///< a card's width, of the screen's
constexpr qreal cardGap = 8;
constexpr qreal peek = 36; ///< of the next card: the strip reads as one to swipe
constexpr qreal screenMargin = 8;
constexpr qreal cardRadius = 10;
constexpr qreal pad = 10;
constexpr qreal inset = 4; ///< the media's margin inside the card
constexpr qreal mediaShare = 0.62; ///< the media's height, of the card's width
constexpr qreal rowHeight = 40;
constexpr qreal iconSide = 17;
constexpr qreal arrowSide = 30;

QRectF centered(QPointF center, qreal side)
{
    return {center.x() - side / 2, center.y() - side / 2, side, side};
}

/// One button row of a card: its icon and label.
struct Row
{
    PreviewIcon icon;
    QString text;
};

QList<Row> rowsOf(const CarouselCard &card)
{
    if (card.isProduct())
        return {{PreviewIcon::Cart, PreviewTr::tr("View")}};
    if (card.buttons == CarouselCard::Buttons::Url)
        return {{PreviewIcon::ExternalLink, card.displayText}};
    QList<Row> rows;
    for (const QuickReply &reply : card.quickReplies)
        rows.append({PreviewIcon::Reply, reply.title});
    return rows;
}

/// What a card shows under its media: its body, or a product's retailer id.
QString textOf(const CarouselCard &card)
{
    return card.isProduct() ? card.productRetailerId : card.body.value_or(QString());
}

/// The sizes every card shares: cards in a strip are as tall as the tallest.
struct Strip
{
    qreal cardWidth = 0;
    qreal mediaHeight = 0;
    qreal textHeight = 0;
    int rows = 0;

    qreal height() const
    {
        return mediaHeight + (textHeight > 0 ? textHeight + 2 * pad - inset : 0) + rows * rowHeight;
    }
};

TextStyle cardTextStyle(const PreviewContext &ctx, const CarouselCard &card)
{
    return card.isProduct() ? ctx.boldStyle() : ctx.bodyStyle();
}

Strip measure(const PreviewContext &ctx, const QList<CarouselCard> &cards)
{
    Strip strip;
    strip.cardWidth = std::round(ctx.options.width * cardShare);
    strip.mediaHeight = std::round(strip.cardWidth * mediaShare);
    for (const CarouselCard &card : cards) {
        const QString text = textOf(card);
        if (!text.isEmpty()) {
            const LaidText laid = layoutText(
                text, cardTextStyle(ctx, card), strip.cardWidth - 2 * pad, u"card.body"_s);
            strip.textHeight = std::max(strip.textHeight, laid.height);
        }
        strip.rows = std::max(strip.rows, int(rowsOf(card).size()));
    }
    return strip;
}

void media(PreviewScene &scene, const PreviewContext &ctx, const CarouselCard &card, QRectF box)
{
    scene.add(SceneItem::filled(box, ctx.palette.media, 6));
    const InteractiveHeader header = card.header.value_or(InteractiveHeader());
    if (card.isProduct()) {
        scene.add(SceneItem::iconAt(
            PreviewIcon::Cart, centered(box.center(), 44), ctx.palette.mediaIcon));
        return;
    }
    const QImage picture =
        header.type == u"video"_s ? QImage() : MediaParts::pictureOf(ctx, header.media);
    if (!picture.isNull()) {
        SceneItem item;
        item.kind = SceneItem::Kind::Picture;
        item.image = picture;
        item.rect = box;
        item.radius = 6;
        scene.add(item);
        return;
    }
    if (header.type == u"video"_s) {
        scene.add(SceneItem::filled(centered(box.center(), 52), QColor(0, 0, 0, 110), 26));
        scene.add(SceneItem::iconAt(
            PreviewIcon::Play, centered(box.center() + QPointF(2, 0), 28), Qt::white));
    } else {
        scene.add(SceneItem::iconAt(
            PreviewIcon::Image, centered(box.center(), 44), ctx.palette.mediaIcon));
    }
    TextStyle label = ctx.smallStyle(true);
    label.color = ctx.palette.mediaIcon;
    placeText(scene,
        layoutText(MediaParts::sourceOf(header.media), label, box.width() - 16, u"media"_s),
        box.topLeft() + QPointF(8, 6));
}

void placeRow(PreviewScene &scene, const PreviewContext &ctx, const Row &row, QRectF area)
{
    scene.add(
        SceneItem::filled(QRectF(area.left(), area.top(), area.width(), 1), ctx.palette.divider));
    TextStyle style = ctx.buttonStyle();
    const qreal textWidth = std::min(QFontMetricsF(style.font).horizontalAdvance(row.text) + 6,
        area.width() - iconSide - 2 * pad - 6);
    const LaidText label = layoutText(row.text, style, textWidth, u"button"_s);
    const qreal left = area.center().x() - (iconSide + 6 + textWidth) / 2;
    scene.add(SceneItem::iconAt(row.icon,
        QRectF(left, area.center().y() - iconSide / 2, iconSide, iconSide), ctx.palette.button));
    placeText(scene, label, QPointF(left + iconSide + 6, area.center().y() - label.height / 2));
}

void wholeCard(PreviewScene &scene, const PreviewContext &ctx, const CarouselCard &card,
    const Strip &strip, QPointF at)
{
    const QRectF rect(at, QSizeF(strip.cardWidth, strip.height()));
    scene.add(SceneItem::filled(rect, ctx.palette.bubbleOut, cardRadius));
    media(scene, ctx, card,
        QRectF(at + QPointF(inset, inset),
            QSizeF(strip.cardWidth - 2 * inset, strip.mediaHeight - inset)));
    qreal y = at.y() + strip.mediaHeight;
    if (strip.textHeight > 0) {
        if (const QString text = textOf(card); !text.isEmpty()) {
            placeText(scene,
                layoutText(
                    text, cardTextStyle(ctx, card), strip.cardWidth - 2 * pad, u"card.body"_s),
                QPointF(at.x() + pad, y + pad - inset));
        }
        y += strip.textHeight + 2 * pad - inset;
    }
    for (const Row &row : rowsOf(card)) {
        placeRow(scene, ctx, row, QRectF(at.x(), y, strip.cardWidth, rowHeight));
        y += rowHeight;
    }
}

/// A neighbour's edge, `from` to `to` across the screen: its shape and media, no words.
void cardEdge(PreviewScene &scene, const PreviewContext &ctx, const Strip &strip, qreal top,
    qreal from, qreal to)
{
    if (to - from < 4)
        return;
    scene.add(SceneItem::filled(
        QRectF(from, top, to - from, strip.height()), ctx.palette.bubbleOut, cardRadius));
    scene.add(SceneItem::filled(
        QRectF(from + inset, top + inset, to - from - 2 * inset, strip.mediaHeight - inset),
        ctx.palette.media, 6));
}

void arrow(PreviewScene &scene, const PreviewContext &ctx, QPointF center, bool next)
{
    const QString action = next ? u"carousel-next"_s : u"carousel-previous"_s;
    scene.add(SceneItem::filled(
        centered(center, arrowSide), QColor(0, 0, 0, 120), arrowSide / 2, action));
    TextStyle style = ctx.boldStyle();
    style.color = Qt::white;
    style.formatted = false;
    style.align = Qt::AlignHCenter;
    style.font.setPixelSize(20);
    const LaidText glyph =
        layoutText(next ? u"›"_s : u"‹"_s, style, arrowSide, u"carousel.arrow"_s);
    placeText(scene, glyph, QPointF(center.x() - arrowSide / 2, center.y() - glyph.height / 2 - 1));
}

QList<CarouselCard> inIndexOrder(QList<CarouselCard> cards)
{
    // card_index orders the cards left to right (§1.1); a card without one keeps its place.
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (!cards[i].cardIndex)
            cards[i].cardIndex = double(i);
    }
    std::stable_sort(cards.begin(), cards.end(),
        [](const CarouselCard &a, const CarouselCard &b) { return *a.cardIndex < *b.cardIndex; });
    return cards;
}

} // namespace

void carousel(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const InteractivePayload p = message.interactive();
    Bubble bubble(ctx);
    addReplyQuote(bubble, ctx, message);
    if (p.body && !p.body->isEmpty())
        bubble.addText(*p.body, ctx.bodyStyle(), u"body"_s);
    y = bubble.place(scene, y) + 6;
    const QList<CarouselCard> cards = inIndexOrder(p.cards);
    if (cards.isEmpty())
        return;
    const Strip strip = measure(ctx, cards);
    const int front = std::clamp(ctx.options.carouselCard, 0, int(cards.size()) - 1);
    const qreal width = ctx.options.width;
    const qreal left = width - screenMargin - strip.cardWidth - cardGap - peek;
    wholeCard(scene, ctx, cards.at(front), strip, QPointF(left, y));
    if (front > 0)
        cardEdge(scene, ctx, strip, y, 0, left - cardGap);
    if (front + 1 < cards.size())
        cardEdge(scene, ctx, strip, y, left + strip.cardWidth + cardGap, width);
    const qreal middle = y + strip.mediaHeight / 2;
    if (front > 0)
        arrow(scene, ctx, QPointF(left + inset + arrowSide / 2 + 4, middle), false);
    if (front + 1 < cards.size())
        arrow(
            scene, ctx, QPointF(left + strip.cardWidth - inset - arrowSide / 2 - 4, middle), true);
    y += strip.height() + 4;
}

} // namespace Wac::PreviewParts
