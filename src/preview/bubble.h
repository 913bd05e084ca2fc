// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewcontext.h"

#include <functional>

namespace Wac {

/**
 * One message bubble, built top to bottom from parts (a quoted message, media, text, cards,
 * a button inside the bubble) with the time and ticks at the bottom right, and the buttons that
 * hang under it. place() sizes it to its widest part and puts it on the sender's side.
 */
class Bubble
{
public:
    /// Draws a part into `scene` at `at`, `width` wide; returns its height.
    using Paint = std::function<qreal(PreviewScene &scene, QPointF at, qreal width)>;
    /// Draws a part of fixed height into `scene` at `at`, `width` wide.
    using Draw = std::function<void(PreviewScene &scene, QPointF at, qreal width)>;

    explicit Bubble(const PreviewContext &context, bool outgoing = true);

    void addText(const QString &text, const TextStyle &style, const QString &role);
    /// A part of fixed height that fills the bubble's width (media, a map, a card).
    void addBlock(qreal height, const Draw &draw, qreal naturalWidth = 0);
    /// A part whose width and height `paint` decides; `naturalWidth` is what it would like.
    void addPart(qreal naturalWidth, const Paint &paint);
    void addQuote(const QString &who, const QString &text);
    /// A button inside the bubble under a divider (a list's, a call to action's).
    void addInlineButton(PreviewIcon icon, const QString &text, const QString &action = {});
    /// A button hanging under the bubble (reply buttons, a template's buttons).
    void addButtonBelow(PreviewIcon icon, const QString &text);

    void setTicks(PreviewIcon ticks) { m_ticks = ticks; }

    /// The time goes over the last part (media without a caption) instead of under it.
    void setMetaOverMedia(bool over) { m_metaOverMedia = over; }

    void setBubbleColor(const QColor &color) { m_color = color; }

    void setTail(bool tail) { m_tail = tail; }

    /// Without the time and ticks: a carousel card, whose message shows them once above.
    void setShowsMeta(bool shows) { m_showsMeta = shows; }

    /// Lays the bubble out with its top at `y`; returns the y under it.
    qreal place(PreviewScene &scene, qreal y);

private:
    struct Part
    {
        qreal natural = 0;
        bool text = false;
        LaidText
            measured; ///< laid out at the widest inner width: reused when the bubble is that wide
        QString content;
        TextStyle style;
        QString role;
        Paint paint;
    };

    struct Below
    {
        PreviewIcon icon;
        QString text;
        QString action;
    };

    qreal innerWidth() const;
    qreal metaWidth() const;
    void placeMeta(PreviewScene &scene, QPointF bottomRight, bool overMedia) const;

    const PreviewContext &m_context;
    bool m_outgoing;
    QColor m_color;
    QList<Part> m_parts;
    QList<Below> m_inline; ///< under a divider, below the time
    QList<Below> m_below;
    PreviewIcon m_ticks;
    bool m_metaOverMedia = false;
    bool m_tail = true;
    bool m_showsMeta = true;
};

} // namespace Wac
