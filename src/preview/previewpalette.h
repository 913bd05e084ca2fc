// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewoptions.h"

#include <QColor>

namespace Wac {

/// WhatsApp's chat colours in each theme.
struct PreviewPalette
{
    QColor wallpaper, doodle;
    QColor bubbleOut, bubbleIn, quoteBackground, quoteBar;
    QColor text, secondary, meta, link, button;
    QColor tickRead, tickSent;
    QColor divider, media, mediaIcon, card;
    QColor sheet, sheetText, sheetSecondary, dim;
    QColor highlight, highlightText, warning;

    static PreviewPalette of(PreviewTheme theme);
};

} // namespace Wac
