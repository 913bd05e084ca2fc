// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewicons.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wac {

enum class PreviewTheme
{
    Light,
    Dark
};

/// How a message is drawn: the phone's theme and width, the pixel density, and state the
/// message itself does not hold.
struct PreviewOptions
{
    PreviewTheme theme = PreviewTheme::Light;
    int width = 360; ///< the phone screen's width in logical pixels
    /// The widest a bubble is drawn (0: 80% of the width, as on a phone); a conversation's
    /// thread on a wide pane keeps its bubbles and pictures to a phone's size.
    int bubbleMaxWidth = 0;
    qreal scale = 1; ///< device pixels per logical pixel (2 for a HiDPI image)
    bool sheetOpen = false; ///< a list's or product list's bottom sheet is open
    int carouselCard = 0; ///< the carousel's card at the front, swiped to (0: the first)
    int minimumHeight = 200; ///< the chat fills at least this much (a window's pane)
    QString time; ///< the time in the bubbles ("09:41"); empty: now
    /// The template's definition (as `message_templates` returns it), when one is known: the
    /// template is then drawn as sent, with its parameters substituted.
    std::optional<QJsonObject> templateDefinition;
    /// Pictures the preview cannot fetch (a local file just uploaded), by media ID: an image or
    /// sticker with one of these IDs is drawn with its picture instead of a placeholder.
    QHash<QString, QImage> mediaImages;
    /// The ticks our bubbles carry: a message to come shows two grey ones; a conversation's
    /// thread gives each of its messages its own.
    PreviewIcon ticks = PreviewIcon::TicksSent;

    /// A message a reply quotes, as its bubble shows it on top.
    struct Quote
    {
        QString who; ///< the customer's name, or "You"
        QString text; ///< their words
    };

    /// The messages a reply may quote, by WAMID (the customers' messages the console received):
    /// a reply to one of them quotes its words instead of its WAMID.
    QHash<QString, Quote> quotes;
};

} // namespace Wac
