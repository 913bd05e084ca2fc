// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace Wac {

/// The small pictures of WhatsApp's chat, drawn as lines so they are sharp at any scale.
enum class PreviewIcon
{
    Play,
    Mic,
    Headphones,
    Document,
    Pin,
    ExternalLink,
    Reply,
    List,
    Phone,
    Copy,
    Cart,
    SendLocation,
    Image,
    Video,
    Sticker,
    Person,
    Close,
    Radio,
    Flow,
    Address,
    Catalog,
    Plus,
    ContactCard, ///< a card with a person: the contact info request's button
    CallAllow, ///< a handset with a tick: allowing a business's calls
    TicksRead,
    TicksSent, ///< two grey ticks: delivered (and what a preview of a message to come shows)
    TickSent, ///< one grey tick: sent, not yet delivered
    Clock, ///< not yet sent: waiting for the server, or its answer
    Failed, ///< a cross: the message failed
};

void paintIcon(QPainter &painter, PreviewIcon icon, const QRectF &rect, const QColor &color);

} // namespace Wac
