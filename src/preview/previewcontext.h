// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewoptions.h"
#include "preview/previewpalette.h"
#include "preview/textlayout.h"

namespace Wac {

/// What every part of a preview is drawn with: the options, the theme's colours, the fonts.
struct PreviewContext
{
    explicit PreviewContext(const PreviewOptions &options);

    PreviewOptions options;
    PreviewPalette palette;
    QFont body, bold, small, title;
    QString time;

    /// The widest a bubble may be, tail and margins aside.
    qreal bubbleWidth() const;
    TextStyle bodyStyle() const;
    TextStyle boldStyle() const;
    /// Small grey text: footers, descriptions, labels; one line when `oneLine`.
    TextStyle smallStyle(bool oneLine = false) const;
    /// A button's label in the link colour, one line, centred.
    TextStyle buttonStyle() const;
};

} // namespace Wac
