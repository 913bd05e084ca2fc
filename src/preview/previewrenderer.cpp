// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/previewrenderer.h"

#include "core/waformatting.h"
#include "preview/mediaparts.h"
#include "preview/previewparts.h"
#include "preview/previewtr.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qreal topMargin = 10;
constexpr qreal bottomMargin = 14;

void addDateChip(PreviewScene &scene, const PreviewContext &ctx, qreal &y)
{
    TextStyle style = ctx.smallStyle(true);
    style.color = ctx.palette.secondary;
    const QString today = PreviewTr::tr("Today");
    const qreal w = QFontMetricsF(style.font).horizontalAdvance(today) + 20;
    SceneItem chip;
    chip.kind = SceneItem::Kind::Fill;
    chip.rect = QRectF((ctx.options.width - w) / 2, y, w, 22);
    chip.color = ctx.palette.bubbleIn;
    chip.radius = 7;
    scene.add(chip);
    placeText(scene, layoutText(today, style, w, u"date"_s), chip.rect.topLeft() + QPointF(10, 3));
    y += 22 + 10;
}

QString firstUrl(const QString &text)
{
    for (const WaFormat::Block &block : WaFormat::parse(text)) {
        for (const WaFormat::Span &span : block.spans) {
            if (span.styles & WaFormat::Link)
                return span.href;
        }
    }
    return {};
}

// A message with nothing in it yet (a new text): a note where its bubble will be, instead of an
// empty bubble that looks like a drawing fault.
void emptyHint(PreviewScene &scene, const PreviewContext &ctx, qreal &y)
{
    TextStyle style = ctx.smallStyle();
    style.font.setPixelSize(13);
    style.align = Qt::AlignHCenter;
    const qreal area = ctx.bubbleWidth() - 24;
    const LaidText hint = layoutText(
        PreviewTr::tr("Nothing to preview yet: type the message"), style, area, u"empty"_s);
    const qreal w = hint.width + 24;
    SceneItem chip;
    chip.kind = SceneItem::Kind::Fill;
    chip.rect = QRectF((ctx.options.width - w) / 2, y, w, hint.height + 12);
    chip.color = ctx.palette.bubbleIn;
    chip.radius = 7;
    scene.add(chip);
    placeText(scene, hint, QPointF((ctx.options.width - area) / 2, y + 6));
    y = chip.rect.bottom() + 10;
}

void text(PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const TextPayload payload = message.text();
    if (payload.body.trimmed().isEmpty()) {
        emptyHint(scene, ctx, y);
        return;
    }
    Bubble bubble(ctx);
    PreviewParts::addReplyQuote(bubble, ctx, message);
    const QString url = firstUrl(payload.body);
    if (payload.previewUrl.value_or(false) && !url.isEmpty())
        MediaParts::addLinkPreview(bubble, ctx, url);
    bubble.addText(payload.body, ctx.bodyStyle(), u"body"_s);
    y = bubble.place(scene, y);
}

void media(PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const MediaPayload payload = message.media();
    const MessageType type = message.type();
    Bubble bubble(ctx);
    PreviewParts::addReplyQuote(bubble, ctx, message);
    if (type == MessageType::Audio) {
        MediaParts::addVoiceNote(bubble, ctx, payload.voice.value_or(false));
    } else if (type == MessageType::Document) {
        MediaParts::addDocument(bubble, ctx,
            payload.filename.value_or(QString()).isEmpty() ? MediaParts::sourceOf(payload)
                                                           : *payload.filename);
    } else {
        const bool video = type == MessageType::Video;
        MediaParts::addMediaBox(bubble, ctx, video ? PreviewIcon::Video : PreviewIcon::Image,
            MediaParts::sourceOf(payload), video ? QImage() : MediaParts::pictureOf(ctx, payload));
    }
    const QString caption = payload.caption.value_or(QString());
    if (!caption.isEmpty() && type != MessageType::Audio)
        bubble.addText(caption, ctx.bodyStyle(), u"caption"_s);
    else
        bubble.setMetaOverMedia(type == MessageType::Image || type == MessageType::Video);
    y = bubble.place(scene, y);
}

// A sticker still to come: a faint frame with its kind and source.
void stickerPlaceholder(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, QRectF box)
{
    const qreal side = box.width();
    SceneItem frame;
    frame.kind = SceneItem::Kind::Fill;
    frame.rect = box;
    frame.color = ctx.palette.media;
    frame.color.setAlpha(120);
    frame.radius = 24;
    scene.add(frame);
    SceneItem icon;
    icon.kind = SceneItem::Kind::Icon;
    icon.icon = PreviewIcon::Sticker;
    icon.rect = QRectF(box.center() - QPointF(30, 30), QSizeF(60, 60));
    icon.color = ctx.palette.mediaIcon;
    scene.add(icon);
    placeText(scene,
        layoutText(
            MediaParts::sourceOf(message.media()), ctx.smallStyle(true), side - 16, u"sticker"_s),
        box.bottomLeft() + QPointF(8, -22));
}

// A sticker has no bubble: the picture itself, and the time in a chip beside it.
void sticker(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const qreal side = 150;
    const QRectF box(ctx.options.width - 18 - side, y, side, side);
    if (const QImage image = MediaParts::pictureOf(ctx, message.media()); !image.isNull()) {
        SceneItem picture;
        picture.kind = SceneItem::Kind::Picture;
        picture.image = image;
        picture.rect = box;
        scene.add(picture);
    } else {
        stickerPlaceholder(scene, ctx, message, box);
    }
    Bubble time(ctx);
    y = box.bottom() + 4;
    time.setBubbleColor(ctx.palette.bubbleIn);
    time.setTail(false);
    y = time.place(scene, y);
}

void location(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const LocationPayload payload = message.location();
    Bubble bubble(ctx);
    PreviewParts::addReplyQuote(bubble, ctx, message);
    MediaParts::addMap(bubble, ctx);
    if (payload.name && !payload.name->isEmpty()) {
        TextStyle name = ctx.bodyStyle();
        name.font = ctx.bold;
        name.formatted = false;
        bubble.addText(*payload.name, name, u"location.name"_s);
    }
    if (payload.address && !payload.address->isEmpty())
        bubble.addText(*payload.address, ctx.smallStyle(), u"location.address"_s);
    y = bubble.place(scene, y);
}

void contacts(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    Bubble bubble(ctx);
    PreviewParts::addReplyQuote(bubble, ctx, message);
    MediaParts::addContacts(bubble, ctx, message.contacts());
    y = bubble.place(scene, y);
}

void unknown(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    Bubble bubble(ctx);
    TextStyle style = ctx.bodyStyle();
    style.color = ctx.palette.secondary;
    style.formatted = false;
    bubble.addText(PreviewTr::tr("waconsole cannot draw \"%1\" messages yet.")
                       .arg(message.toJson().value(u"type").toString()),
        style, u"unknown"_s);
    y = bubble.place(scene, y);
}

// Every type in the enum, with no default: a new type stops the build here until it is drawn.
void drawMessage(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    using T = MessageType;
    switch (message.type()) {
    case T::Text:
        return text(scene, ctx, message, y);
    case T::Sticker:
        return sticker(scene, ctx, message, y);
    case T::Image:
    case T::Audio:
    case T::Video:
    case T::Document:
        return media(scene, ctx, message, y);
    case T::Location:
        return location(scene, ctx, message, y);
    case T::Contacts:
        return contacts(scene, ctx, message, y);
    case T::InteractiveButton:
    case T::InteractiveList:
    case T::InteractiveCtaUrl:
    case T::InteractiveFlow:
    case T::InteractiveLocationRequest:
    case T::InteractiveAddress:
    case T::InteractiveProduct:
    case T::InteractiveProductList:
    case T::InteractiveCatalog:
    case T::InteractiveVoiceCall:
    case T::InteractiveCallPermissionRequest:
    case T::InteractiveRequestContactInfo:
        return PreviewParts::interactive(scene, ctx, message, y);
    case T::Template:
        return PreviewParts::templateMessage(scene, ctx, message, y);
    case T::Reaction:
        return PreviewParts::reaction(scene, ctx, message, y);
    case T::MarkAsRead:
        return PreviewParts::markRead(scene, ctx, message, y);
    case T::InteractiveCarousel:
        return PreviewParts::carousel(scene, ctx, message, y);
    case T::InteractiveOrderDetails:
    case T::InteractiveOrderStatus:
        return PreviewParts::order(scene, ctx, message, y);
    case T::Pin:
        return PreviewParts::pin(scene, ctx, message, y);
    case T::Unknown:
        return unknown(scene, ctx, message, y);
    }
}

} // namespace

void PreviewParts::message(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    drawMessage(scene, ctx, message, y);
}

bool hasSheet(MessageType type)
{
    return type == MessageType::InteractiveList || type == MessageType::InteractiveProductList;
}

PreviewScene renderPreview(const OutgoingMessage &message, const PreviewOptions &options)
{
    const PreviewContext ctx(options);
    PreviewScene scene;
    SceneItem wallpaper;
    wallpaper.kind = SceneItem::Kind::Wallpaper;
    wallpaper.color = ctx.palette.wallpaper;
    wallpaper.border = ctx.palette.doodle;
    scene.add(wallpaper);
    qreal y = topMargin;
    addDateChip(scene, ctx, y);
    const MessageType type = message.type();
    drawMessage(scene, ctx, message, y);
    scene.size = QSizeF(options.width, std::max<qreal>(y + bottomMargin, options.minimumHeight));
    if (options.sheetOpen && hasSheet(type))
        PreviewParts::sheet(scene, ctx, message.interactive());
    scene.items.first().rect = QRectF(QPointF(0, 0), scene.size);
    return scene;
}

QImage renderPreviewImage(const OutgoingMessage &message, const PreviewOptions &options)
{
    return renderPreview(message, options).toImage(options.scale);
}

} // namespace Wac
