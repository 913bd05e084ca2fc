// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The calling kinds and the contact info request, as WhatsApp draws them: a button inside the
// bubble that calls the business, a permission card with the customer's two choices, and
// WhatsApp's own "Share contact info" button.
#include "preview/previewparts.h"
#include "preview/previewtr.h"

#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

namespace {

constexpr qreal cardPad = 9;
constexpr qreal badgeSize = 38;
constexpr qreal textLeft = cardPad + badgeSize + 11;

SceneItem fill(const QRectF &rect, const QColor &color, qreal radius)
{
    SceneItem item;
    item.kind = SceneItem::Kind::Fill;
    item.rect = rect;
    item.color = color;
    item.radius = radius;
    return item;
}

SceneItem icon(PreviewIcon kind, const QRectF &rect, const QColor &color)
{
    SceneItem item;
    item.kind = SceneItem::Kind::Icon;
    item.icon = kind;
    item.rect = rect;
    item.color = color;
    return item;
}

} // namespace

void addCallPermissionCard(Bubble &bubble, const PreviewContext &ctx)
{
    const QString title = PreviewTr::tr("Call permission request");
    const QString subtitle = PreviewTr::tr("Allow this business to call you on WhatsApp");
    TextStyle titleStyle = ctx.boldStyle();
    titleStyle.formatted = false;
    titleStyle.maxLines = 1;
    TextStyle subtitleStyle = ctx.smallStyle();
    subtitleStyle.maxLines = 2;
    const qreal natural = textLeft + cardPad
        + std::max(QFontMetricsF(titleStyle.font).horizontalAdvance(title),
            QFontMetricsF(subtitleStyle.font).horizontalAdvance(subtitle));
    // Its height follows the text: the subtitle takes two lines in a narrow bubble.
    bubble.addPart(std::min(natural, ctx.bubbleWidth()),
        [ctx, title, subtitle, titleStyle, subtitleStyle](
            PreviewScene &scene, QPointF at, qreal width) {
            const qreal textWidth = width - textLeft - cardPad;
            const LaidText top = layoutText(title, titleStyle, textWidth, u"call.title"_s);
            const LaidText under =
                layoutText(subtitle, subtitleStyle, textWidth, u"call.subtitle"_s);
            const qreal textHeight = top.height + 2 + under.height;
            const qreal height = std::max(badgeSize, textHeight) + 2 * cardPad;
            scene.add(fill(QRectF(at, QSizeF(width, height)), ctx.palette.card, 6));
            const QRectF badge(
                at.x() + cardPad, at.y() + (height - badgeSize) / 2, badgeSize, badgeSize);
            QColor tint = ctx.palette.button;
            tint.setAlphaF(0.16f);
            scene.add(fill(badge, tint, badgeSize / 2));
            scene.add(icon(PreviewIcon::Phone, badge.adjusted(9, 9, -9, -9), ctx.palette.button));
            const qreal y = at.y() + (height - textHeight) / 2;
            placeText(scene, top, QPointF(at.x() + textLeft, y));
            placeText(scene, under, QPointF(at.x() + textLeft, y + top.height + 2));
            return height;
        });
}

void addCallButtons(Bubble &bubble, MessageType type, const InteractivePayload &payload)
{
    if (type == MessageType::InteractiveVoiceCall) {
        // Without a text of its own the button reads as WhatsApp's default.
        const QString text = payload.voiceCall.displayText.value_or(QString());
        bubble.addInlineButton(
            PreviewIcon::Phone, text.trimmed().isEmpty() ? PreviewTr::tr("Call Now") : text);
    } else if (type == MessageType::InteractiveCallPermissionRequest) {
        bubble.addInlineButton(PreviewIcon::CallAllow, PreviewTr::tr("Allow"));
        bubble.addInlineButton(PreviewIcon::Close, PreviewTr::tr("Decline"));
    } else if (type == MessageType::InteractiveRequestContactInfo) {
        // Its text cannot be set: WhatsApp writes it in the customer's language.
        bubble.addInlineButton(PreviewIcon::ContactCard, PreviewTr::tr("Share contact info"));
    }
}

} // namespace Wac::PreviewParts
