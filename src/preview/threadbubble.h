// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewicons.h"
#include "preview/previewoptions.h"

#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Wac {

/**
 * One message of a conversation as its thread draws it: the customer's, as received, on the
 * left; ours, as sent, on the right with its ticks. What it says comes from its JSON, so any
 * type the console sends or receives is drawn as the phone would.
 */
struct ThreadBubble
{
    /// Where a customer's media file is.
    enum class Media
    {
        None,
        Fetching,
        Fetched, ///< `picture` holds it when it is a picture
        Failed, ///< `mediaError` says why
        Elsewhere, ///< fetched, but not on this computer (another console's, or removed here)
    };

    bool inbound = true;
    QString time; ///< as the bubble shows it: "09:41"
    /// Theirs: the message object as received; ours: the request body as sent.
    QJsonObject json;
    QString type; ///< theirs: the `type` as received
    QString text; ///< theirs: their words (a body, a caption, a button's title)
    bool understood = true; ///< theirs: this build knows the type
    Media media = Media::None;
    QString mediaError;
    QImage picture;
    PreviewIcon ticks = PreviewIcon::Clock; ///< ours
    QString failure; ///< ours: why it failed, in the user's language, drawn under it
    /// The message it replies to, when that is known (drawn on top of the bubble).
    std::optional<PreviewOptions::Quote> quote;
    QStringList reactions; ///< the emoji on it, drawn under it
    QString day; ///< the first message of a day has the day's chip above it ("Today")
};

} // namespace Wac
