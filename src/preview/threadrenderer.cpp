// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/threadrenderer.h"

#include "core/outgoingmessage.h"
#include "preview/emojifont.h"
#include "preview/previewparts.h"

#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qreal rowGap = 3; ///< above and below each message: bubbles of a thread nearly touch
constexpr qreal sideMargin = 18;

// The emoji on a message, in a small badge over the bubble's bottom edge near its left end,
// as the phone puts it (clear of the time and ticks on the right).
void reactionsBadge(PreviewScene &scene, const PreviewContext &ctx, const QStringList &emoji,
    bool inbound, qreal &y)
{
    qreal left = inbound ? sideMargin : ctx.options.width - sideMargin - 60;
    for (auto it = scene.items.crbegin(); it != scene.items.crend(); ++it) {
        if (it->kind == SceneItem::Kind::Bubble) {
            left = it->rect.left();
            break;
        }
    }
    TextStyle label = ctx.bodyStyle();
    label.formatted = false;
    label.align = Qt::AlignHCenter;
    label.maxLines = 1;
    label.font = EmojiFont::forEmoji(label.font);
    label.font.setPixelSize(15);
    const QString shown = emoji.join(QString());
    const qreal textWidth = QFontMetricsF(label.font).horizontalAdvance(shown) + 4;
    const qreal width = std::max<qreal>(34, textWidth + 16);
    SceneItem badge;
    badge.kind = SceneItem::Kind::Fill;
    badge.rect = QRectF(left + 8, y - 5, width, 26);
    badge.color = ctx.palette.bubbleIn;
    badge.border = ctx.palette.wallpaper;
    badge.radius = 13;
    scene.add(badge);
    placeText(scene, layoutText(shown, label, width, u"reaction"_s),
        badge.rect.topLeft() + QPointF(0, 3));
    y = badge.rect.bottom();
}

// Why one of ours failed, under its bubble on our side, in the warning colour.
void failureLine(PreviewScene &scene, const PreviewContext &ctx, const QString &text, qreal &y)
{
    TextStyle style = ctx.smallStyle();
    style.color = ctx.palette.warning;
    style.align = Qt::AlignRight;
    const qreal width = ctx.bubbleWidth();
    const LaidText laid = layoutText(text, style, width, u"failure"_s);
    placeText(scene, laid, QPointF(ctx.options.width - sideMargin - width, y + 3));
    y += laid.height + 3;
}

} // namespace

PreviewScene renderThreadBubble(const ThreadBubble &bubble, const PreviewOptions &options)
{
    PreviewOptions o = options;
    o.time = bubble.time.isEmpty() ? u" "_s : bubble.time;
    o.ticks = bubble.ticks;
    OutgoingMessage ours;
    if (!bubble.inbound) {
        ours = OutgoingMessage::fromJson(bubble.json);
        // Ours quotes what it replies to the way a preview does: through the options.
        if (const std::optional<QString> replyTo = ours.replyTo(); replyTo && bubble.quote)
            o.quotes.insert(*replyTo, *bubble.quote);
    }
    const PreviewContext ctx(o);
    PreviewScene scene;
    qreal y = rowGap;
    if (!bubble.day.isEmpty()) {
        y += 6;
        PreviewParts::notice(scene, ctx, bubble.day, y);
        y += 8;
    }
    if (bubble.inbound)
        PreviewParts::inbound(scene, ctx, bubble, y);
    else
        PreviewParts::message(scene, ctx, ours, y);
    if (!bubble.reactions.isEmpty())
        reactionsBadge(scene, ctx, bubble.reactions, bubble.inbound, y);
    if (!bubble.inbound && !bubble.failure.isEmpty())
        failureLine(scene, ctx, bubble.failure, y);
    scene.size = QSizeF(options.width, y + rowGap);
    return scene;
}

PreviewScene renderThreadNotice(const QString &text, const PreviewOptions &options)
{
    const PreviewContext ctx(options);
    PreviewScene scene;
    qreal y = rowGap + 3;
    PreviewParts::notice(scene, ctx, text, y);
    scene.size = QSizeF(options.width, y + rowGap + 3);
    return scene;
}

} // namespace Wac
