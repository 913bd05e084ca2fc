// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/outgoingmessage.h"
#include "preview/bubble.h"
#include "preview/threadbubble.h"

// The renderer's pieces, one per family of types; each adds its bubbles under `y` and moves
// `y` below them.
namespace Wac::PreviewParts {

/// `message` as a preview draws it, whatever its type: its bubbles and nothing around them.
void message(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y);
/// A customer's message of a thread, by the type it came as (inboundpreview.cpp).
void inbound(PreviewScene &scene, const PreviewContext &ctx, const ThreadBubble &bubble, qreal &y);
/// A centred chip across the chat: a date, a system notice.
void notice(PreviewScene &scene, const PreviewContext &ctx, const QString &text, qreal &y);

void interactive(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y);
/// The carousel's bubble and its strip of cards, scrolled to `options.carouselCard`.
void carousel(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y);
/// order_details and order_status (orderpreview.cpp).
void order(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y);
/// A pin or unpin: the line the group chat shows (pinpreview.cpp).
void pin(PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y);
void templateMessage(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y);
/// A template carousel's cards side by side under its bubble, the first whole and the next
/// one's edge at the screen's side, as WhatsApp shows them before a swipe (templatecarousel.cpp).
void templateCarousel(PreviewScene &scene, const PreviewContext &ctx, const QJsonObject &definition,
    const QJsonObject &templateObject, qreal &y);
/// The customer's message the reaction goes on, and the emoji badge under it.
void reaction(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y);
/// The customer's message with blue ticks, as their phone shows it once read.
void markRead(
    PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y);
/// The opened sheet of a list or product list, over everything drawn so far.
void sheet(PreviewScene &scene, const PreviewContext &ctx, const InteractivePayload &payload);

/// An order's status as a card (icon, status, order reference, description): the
/// order_status message's and a template's order_status component's.
void addOrderStatusCard(Bubble &bubble, const PreviewContext &ctx, const OrderStatusParameters &s);
/// The top of a call permission request: a phone in a round badge and what the card asks.
void addCallPermissionCard(Bubble &bubble, const PreviewContext &ctx);
/// The buttons inside the bubble of a voice call, call permission or contact info request.
void addCallButtons(Bubble &bubble, MessageType type, const InteractivePayload &payload);

/// The quoted message on top of a reply, when `message` is one.
void addReplyQuote(Bubble &bubble, const PreviewContext &ctx, const OutgoingMessage &message);
/// A WAMID cut short for a label: "wamid.HBgLMTY1…".
QString shortId(const QString &wamid);

} // namespace Wac::PreviewParts
