// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Messages about a customer's message: a reaction on it, and mark as read.
#include "preview/emojifont.h"
#include "preview/previewparts.h"
#include "preview/previewtr.h"

#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

namespace {

// The emoji under the message it reacts to, or, taken back, the words saying so.
void reactionBadge(PreviewScene &scene, const PreviewContext &ctx, const QString &emoji, qreal &y)
{
    TextStyle label = ctx.bodyStyle();
    label.formatted = false;
    label.align = Qt::AlignHCenter;
    label.maxLines = 1;
    QString shown = emoji;
    qreal top = 3;
    if (shown.isEmpty()) {
        // Taken back: said in words, on one line, in a badge as wide as the words.
        shown = PreviewTr::tr("Reaction removed");
        label.font = ctx.small;
        label.font.setItalic(true);
        label.color = ctx.palette.secondary;
        top = 6;
    } else {
        label.font = EmojiFont::forEmoji(label.font);
        label.font.setPixelSize(17);
    }
    // A little slack: elision measures glyph bounds, which can pass the advance.
    const qreal textWidth = QFontMetricsF(label.font).horizontalAdvance(shown) + 4;
    SceneItem badge;
    badge.kind = SceneItem::Kind::Fill;
    badge.rect = QRectF(30, y - 6, std::max<qreal>(38, textWidth + 20), 28);
    badge.color = ctx.palette.bubbleIn;
    badge.border = ctx.palette.wallpaper;
    badge.radius = 13;
    scene.add(badge);
    placeText(scene, layoutText(shown, label, badge.rect.width(), u"reaction"_s),
        badge.rect.topLeft() + QPointF(0, top));
    y += 24;
}

} // namespace

void reaction(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const ReactionPayload payload = message.reaction();
    Bubble quoted(ctx, false);
    TextStyle style = ctx.bodyStyle();
    // A message the console received is drawn with the customer's words.
    const auto known = ctx.options.quotes.constFind(payload.messageId);
    if (known != ctx.options.quotes.cend() && !known->text.isEmpty()) {
        style.formatted = false;
        quoted.addText(known->text, style, u"reaction.target"_s);
    } else {
        style.font.setItalic(true);
        style.color = ctx.palette.secondary;
        quoted.addText(PreviewTr::tr("The customer's message %1")
                           .arg(PreviewParts::shortId(payload.messageId)),
            style, u"reaction.target"_s);
    }
    y = quoted.place(scene, y);
    reactionBadge(scene, ctx, payload.emoji, y);
}

// Mark as read is seen on the customer's phone: their message gets blue ticks.
void markRead(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const MarkReadPayload payload = message.markRead();
    Bubble theirs(ctx);
    TextStyle style = ctx.bodyStyle();
    style.font.setItalic(true);
    style.color = ctx.palette.secondary;
    theirs.addText(PreviewTr::tr("The customer's message %1, as they see it")
                       .arg(PreviewParts::shortId(payload.messageId)),
        style, u"read.target"_s);
    theirs.setTicks(PreviewIcon::TicksRead);
    y = theirs.place(scene, y) + 8;
    if (payload.typingIndicator) {
        Bubble typing(ctx, false);
        TextStyle dots = ctx.bodyStyle();
        dots.color = ctx.palette.secondary;
        dots.formatted = false;
        typing.addText(PreviewTr::tr("typing…"), dots, u"typing"_s);
        y = typing.place(scene, y);
    }
}

} // namespace Wac::PreviewParts
