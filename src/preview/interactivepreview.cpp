// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/mediaparts.h"
#include "preview/previewparts.h"
#include "preview/previewtr.h"

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

namespace {

void addHeader(Bubble &bubble, const PreviewContext &ctx, const InteractivePayload &payload)
{
    if (!payload.header)
        return;
    const InteractiveHeader &header = *payload.header;
    if (header.type == u"text"_s) {
        if (header.text && !header.text->isEmpty())
            bubble.addText(*header.text, ctx.boldStyle(), u"header"_s);
    } else if (header.type == u"document"_s) {
        const QString name = header.media.filename.value_or(QString());
        MediaParts::addDocument(
            bubble, ctx, name.isEmpty() ? MediaParts::sourceOf(header.media) : name);
    } else if (header.type == u"image"_s || header.type == u"video"_s) {
        const bool video = header.type == u"video"_s;
        MediaParts::addMediaBox(bubble, ctx, video ? PreviewIcon::Video : PreviewIcon::Image,
            MediaParts::sourceOf(header.media),
            video ? QImage() : MediaParts::pictureOf(ctx, header.media));
    }
}

void addBodyAndFooter(Bubble &bubble, const PreviewContext &ctx, const InteractivePayload &payload)
{
    if (payload.body && !payload.body->isEmpty())
        bubble.addText(*payload.body, ctx.bodyStyle(), u"body"_s);
    if (payload.footer && !payload.footer->isEmpty())
        bubble.addText(*payload.footer, ctx.smallStyle(), u"footer"_s);
}

} // namespace

QString shortId(const QString &wamid)
{
    return wamid.size() > 18 ? wamid.left(16) + u'…' : wamid;
}

void addReplyQuote(Bubble &bubble, const PreviewContext &ctx, const OutgoingMessage &message)
{
    const std::optional<QString> replyTo = message.replyTo();
    if (!replyTo || replyTo->isEmpty())
        return;
    // A message the console received quotes the customer's own words, as their phone shows.
    if (const auto quote = ctx.options.quotes.constFind(*replyTo);
        quote != ctx.options.quotes.cend()) {
        bubble.addQuote(quote->who.isEmpty() ? PreviewTr::tr("Customer") : quote->who,
            quote->text.isEmpty() ? PreviewTr::tr("Message %1").arg(shortId(*replyTo))
                                  : quote->text);
        return;
    }
    bubble.addQuote(PreviewTr::tr("Customer"), PreviewTr::tr("Message %1").arg(shortId(*replyTo)));
}

void interactive(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const InteractivePayload p = message.interactive();
    const MessageType type = message.type();
    Bubble bubble(ctx);
    addReplyQuote(bubble, ctx, message);
    if (type == MessageType::InteractiveProduct) {
        MediaParts::addProduct(bubble, ctx, p.productRetailerId);
    } else if (type == MessageType::InteractiveCatalog) {
        MediaParts::addProduct(bubble, ctx,
            p.thumbnailProductRetailerId.value_or(PreviewTr::tr("The catalog's first product")));
    } else if (type == MessageType::InteractiveCallPermissionRequest) {
        addCallPermissionCard(bubble, ctx); // it has no header of its own
    } else {
        addHeader(bubble, ctx, p);
    }
    addBodyAndFooter(bubble, ctx, p);
    using T = MessageType;
    switch (type) {
    case T::InteractiveButton:
        for (const ReplyButton &button : p.buttons)
            bubble.addButtonBelow(PreviewIcon::Reply, button.title);
        break;
    case T::InteractiveList:
        bubble.addInlineButton(PreviewIcon::List, p.listButton, u"open-sheet"_s);
        break;
    case T::InteractiveCtaUrl:
        bubble.addInlineButton(PreviewIcon::ExternalLink, p.ctaDisplayText);
        break;
    case T::InteractiveFlow:
        bubble.addInlineButton(PreviewIcon::Flow, p.flow.flowCta);
        break;
    case T::InteractiveLocationRequest:
        bubble.addInlineButton(PreviewIcon::SendLocation, PreviewTr::tr("Send location"));
        break;
    case T::InteractiveAddress:
        bubble.addInlineButton(PreviewIcon::Address, PreviewTr::tr("Provide address"));
        break;
    case T::InteractiveProduct:
        bubble.addInlineButton(PreviewIcon::Cart, PreviewTr::tr("View"));
        break;
    case T::InteractiveProductList:
        bubble.addInlineButton(PreviewIcon::Cart, PreviewTr::tr("View items"), u"open-sheet"_s);
        break;
    case T::InteractiveCatalog:
        bubble.addInlineButton(PreviewIcon::Catalog, PreviewTr::tr("View catalog"));
        break;
    case T::Text:
    case T::Image:
    case T::Audio:
    case T::Video:
    case T::Document:
    case T::Sticker:
    case T::Location:
    case T::Contacts:
    case T::InteractiveCarousel: // drawn by carouselpreview.cpp
        break;
    case T::InteractiveVoiceCall:
    case T::InteractiveCallPermissionRequest:
    case T::InteractiveRequestContactInfo:
        addCallButtons(bubble, type, p);
        break;
    case T::InteractiveOrderDetails:
    case T::InteractiveOrderStatus: // drawn by orderpreview.cpp, never sent here
        break;
    case T::Template:
    case T::Reaction:
    case T::Pin:
    case T::MarkAsRead:
    case T::Unknown: // drawn by previewrenderer.cpp, never sent here
        break;
    }
    y = bubble.place(scene, y);
}

} // namespace Wac::PreviewParts
