// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A customer's message in a thread, drawn by the type it came as (reference §6.3): their words,
// their media as fetched (or why not yet), a place, cards, the reply a button or a list row
// gave, and, for a type this build does not know, a bubble that says so.
#include "core/coretr.h"
#include "core/outgoingmessage.h"
#include "preview/mediaparts.h"
#include "preview/previewparts.h"
#include "preview/previewtr.h"

#include <QFontMetricsF>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

namespace {

TextStyle noteStyle(const PreviewContext &ctx)
{
    TextStyle style = ctx.bodyStyle();
    style.font.setItalic(true);
    style.color = ctx.palette.secondary;
    style.formatted = false;
    return style;
}

// Under a media part: the file is still being fetched, or why it could not be.
void addMediaState(Bubble &bubble, const PreviewContext &ctx, const ThreadBubble &b)
{
    TextStyle style = ctx.smallStyle();
    if (b.media == ThreadBubble::Media::Fetching) {
        bubble.addText(Tr::tr("fetching…"), style, u"media.state"_s);
    } else if (b.media == ThreadBubble::Media::Elsewhere) {
        bubble.addText(
            Tr::tr("not on this computer: right-click to fetch it here"), style, u"media.state"_s);
    } else if (b.media == ThreadBubble::Media::Failed) {
        style.color = ctx.palette.warning;
        bubble.addText(
            Tr::tr("could not be fetched: %1").arg(b.mediaError), style, u"media.state"_s);
    }
}

void addMedia(Bubble &bubble, const PreviewContext &ctx, const ThreadBubble &b)
{
    const QJsonObject part = b.json.value(b.type).toObject();
    const QString mime = part.value(u"mime_type").toString();
    const QString caption = part.value(u"caption").toString();
    if (b.type == u"audio"_s) {
        MediaParts::addVoiceNote(bubble, ctx, part.value(u"voice").toBool());
    } else if (b.type == u"document"_s) {
        const QString name = part.value(u"filename").toString();
        MediaParts::addDocument(bubble, ctx, name.isEmpty() ? mime : name);
    } else {
        const bool video = b.type == u"video"_s;
        MediaParts::addMediaBox(bubble, ctx,
            video ? PreviewIcon::Video
                  : (b.type == u"sticker"_s ? PreviewIcon::Sticker : PreviewIcon::Image),
            mime, b.picture);
    }
    addMediaState(bubble, ctx, b);
    if (!caption.isEmpty())
        bubble.addText(caption, ctx.bodyStyle(), u"caption"_s);
    else if (b.media == ThreadBubble::Media::Fetched || b.media == ThreadBubble::Media::None)
        bubble.setMetaOverMedia(b.type == u"image"_s || b.type == u"video"_s);
}

void addLocation(Bubble &bubble, const PreviewContext &ctx, const QJsonObject &part)
{
    MediaParts::addMap(bubble, ctx);
    const QString name = part.value(u"name").toString();
    const QString address = part.value(u"address").toString();
    TextStyle bold = ctx.bodyStyle();
    bold.font = ctx.bold;
    bold.formatted = false;
    if (!name.isEmpty())
        bubble.addText(name, bold, u"location.name"_s);
    if (!address.isEmpty())
        bubble.addText(address, ctx.smallStyle(), u"location.address"_s);
    if (name.isEmpty() && address.isEmpty()) {
        bubble.addText(u"%1, %2"_s.arg(part.value(u"latitude").toDouble())
                           .arg(part.value(u"longitude").toDouble()),
            ctx.smallStyle(), u"location.address"_s);
    }
}

// A tap on a button or a list row, a flow's answer, a call permission: what they chose.
void addInteractive(Bubble &bubble, const PreviewContext &ctx, const ThreadBubble &b)
{
    const QJsonObject part = b.json.value(u"interactive").toObject();
    const QString kind = part.value(u"type").toString();
    const QJsonObject reply = part.value(kind).toObject();
    if (kind == u"nfm_reply"_s)
        bubble.addText(Tr::tr("Form answered"), ctx.smallStyle(), u"reply.kind"_s);
    else if (kind == u"call_permission_reply"_s)
        bubble.addText(Tr::tr("Call permission"), ctx.smallStyle(), u"reply.kind"_s);
    TextStyle style = ctx.bodyStyle();
    style.formatted = false;
    bubble.addText(b.text, style, u"body"_s);
    if (const QString description = reply.value(u"description").toString(); !description.isEmpty())
        bubble.addText(description, ctx.smallStyle(), u"reply.description"_s);
}

void addOrder(Bubble &bubble, const PreviewContext &ctx, const ThreadBubble &b)
{
    const QJsonArray items = b.json[u"order"_s][u"product_items"_s].toArray();
    TextStyle bold = ctx.bodyStyle();
    bold.font = ctx.bold;
    bold.formatted = false;
    bubble.addText(
        PreviewTr::tr("Order · %n item(s)", nullptr, int(items.size())), bold, u"order"_s);
    if (!b.text.isEmpty())
        bubble.addText(b.text, ctx.bodyStyle(), u"body"_s);
}

// Types the console knows and draws as their words, or as a note saying what they are.
void addOther(Bubble &bubble, const PreviewContext &ctx, const ThreadBubble &b)
{
    if (b.type == u"revoke"_s) {
        bubble.addText(PreviewTr::tr("This message was deleted"), noteStyle(ctx), u"revoked"_s);
        return;
    }
    if (b.type == u"unsupported"_s) {
        const QJsonObject error = b.json.value(u"errors").toArray().first().toObject();
        const QString why =
            error[u"error_data"_s][u"details"_s].toString(error.value(u"title").toString());
        bubble.addText(why.isEmpty() ? Tr::tr("A message WhatsApp does not pass on to the API")
                                     : Tr::tr("A message WhatsApp does not pass on: %1").arg(why),
            noteStyle(ctx), u"unsupported"_s);
        return;
    }
    bubble.addText(b.text, ctx.bodyStyle(), u"body"_s);
    if (b.type == u"edit"_s)
        bubble.addText(Tr::tr("edited"), ctx.smallStyle(), u"edited"_s);
}

void addContent(Bubble &bubble, const PreviewContext &ctx, const ThreadBubble &b)
{
    static const QStringList media = {
        u"image"_s, u"video"_s, u"audio"_s, u"document"_s, u"sticker"_s};
    if (!b.understood) {
        bubble.addText(Tr::tr("A \"%1\" message, not understood by this version: its raw JSON "
                              "shows it whole.")
                           .arg(b.type),
            noteStyle(ctx), u"unknown"_s);
    } else if (b.type == u"text"_s) {
        bubble.addText(b.text, ctx.bodyStyle(), u"body"_s);
    } else if (media.contains(b.type)) {
        addMedia(bubble, ctx, b);
    } else if (b.type == u"location"_s) {
        addLocation(bubble, ctx, b.json.value(u"location").toObject());
    } else if (b.type == u"contacts"_s) {
        const OutgoingMessage cards = OutgoingMessage::fromJson(
            {{u"type"_s, u"contacts"_s}, {u"contacts"_s, b.json.value(u"contacts")}});
        MediaParts::addContacts(bubble, ctx, cards.contacts());
    } else if (b.type == u"interactive"_s) {
        addInteractive(bubble, ctx, b);
    } else if (b.type == u"order"_s) {
        addOrder(bubble, ctx, b);
    } else {
        addOther(bubble, ctx, b);
    }
}

} // namespace

void notice(PreviewScene &scene, const PreviewContext &ctx, const QString &text, qreal &y)
{
    TextStyle style = ctx.smallStyle();
    style.align = Qt::AlignHCenter;
    const qreal area = ctx.bubbleWidth() - 20;
    const LaidText laid = layoutText(text, style, area, u"notice"_s);
    const qreal w = laid.width + 20;
    SceneItem chip;
    chip.kind = SceneItem::Kind::Fill;
    chip.rect = QRectF((ctx.options.width - w) / 2, y, w, laid.height + 8);
    chip.color = ctx.palette.bubbleIn;
    chip.radius = 7;
    scene.add(chip);
    placeText(scene, laid, QPointF((ctx.options.width - area) / 2, y + 4));
    y = chip.rect.bottom();
}

void inbound(PreviewScene &scene, const PreviewContext &ctx, const ThreadBubble &b, qreal &y)
{
    // What is no message of theirs to answer is a line across the chat, as the phone shows it.
    if (b.understood && (b.type == u"system"_s || b.type == u"request_welcome"_s)) {
        notice(scene, ctx,
            b.text.isEmpty() ? PreviewTr::tr("The customer opened the chat") : b.text, y);
        return;
    }
    if (b.understood && b.type == u"reaction"_s) {
        notice(scene, ctx,
            b.text.isEmpty() ? Tr::tr("The customer took a reaction back")
                             : Tr::tr("The customer reacted %1 to a message").arg(b.text),
            y);
        return;
    }
    Bubble bubble(ctx, false);
    if (b.quote)
        bubble.addQuote(b.quote->who, b.quote->text);
    addContent(bubble, ctx, b);
    y = bubble.place(scene, y);
}

} // namespace Wac::PreviewParts
