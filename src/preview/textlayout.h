// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewscene.h"

#include <QFont>

namespace Wac {

/// Marks a substituted template value in a text to lay out: it is drawn highlighted.
inline constexpr QChar highlightStart = QChar(0xE000);
inline constexpr QChar highlightEnd = QChar(0xE001);

struct TextStyle
{
    QFont font;
    QColor color;
    QColor link;
    QColor highlight;
    QColor highlightText;
    bool formatted = true; ///< WhatsApp's markup applies (message text, not button titles)
    int maxLines = 0; ///< 0: as many as it takes; 1: one line, elided
    Qt::Alignment align = Qt::AlignLeft;
};

/// Text laid out at a width, as scene items relative to (0, 0).
struct LaidText
{
    QList<SceneItem> items;
    qreal width = 0; ///< the widest line
    qreal height = 0;
    qreal lastLineRight = 0; ///< where the last line's text ends
};

/**
 * Lays `text` out at `width`: WhatsApp's formatting (bold, italic, strikethrough, monospace,
 * code, quotes, lists, links), right-to-left paragraphs aligned right, long words and URLs
 * broken anywhere rather than cut. Emoji come from the system's colour emoji font.
 */
LaidText layoutText(const QString &text, const TextStyle &style, qreal width, const QString &role);

/// Adds `text`'s items to `scene` with their origin at `at`.
void placeText(PreviewScene &scene, const LaidText &text, const QPointF &at);

} // namespace Wac
