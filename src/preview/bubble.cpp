// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/bubble.h"

#include "preview/previewcut.h"

#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qreal padX = 8;
constexpr qreal padY = 6;
constexpr qreal gap = 4;
constexpr qreal cornerRadius = 8;
constexpr qreal sideMargin = 18; ///< from the screen's edge, the tail included
constexpr qreal metaHeight = 15;
constexpr qreal buttonHeight = 38;
constexpr qreal belowHeight = 38;
constexpr qreal belowGap = 3;
constexpr qreal iconSize = 17;

// A centred label with its icon before it, as buttons have.
void placeLabel(PreviewScene &scene, const PreviewContext &ctx, QRectF area, PreviewIcon kind,
    const QString &text, const QString &action)
{
    TextStyle style = ctx.buttonStyle();
    // A little slack: elision measures glyph bounds, which can pass the advance.
    const qreal textWidth = std::min(
        QFontMetricsF(style.font).horizontalAdvance(text) + 6, area.width() - iconSize - 16);
    const LaidText label = layoutText(text, style, textWidth, u"button"_s);
    const qreal total = iconSize + 6 + textWidth;
    const qreal left = area.center().x() - total / 2;
    scene.add(SceneItem::iconAt(kind,
        QRectF(left, area.center().y() - iconSize / 2, iconSize, iconSize), ctx.palette.button));
    placeText(scene, label, QPointF(left + iconSize + 6, area.center().y() - label.height / 2));
    SceneItem hit;
    hit.kind = SceneItem::Kind::Fill;
    hit.rect = area;
    hit.color = Qt::transparent;
    hit.action = action;
    scene.add(hit);
}

// What the ticks say, for tests and screen readers: "pending", "sent", "delivered", "read",
// "failed".
QString tickName(PreviewIcon ticks)
{
    switch (ticks) {
    case PreviewIcon::TicksRead:
        return u"read"_s;
    case PreviewIcon::TickSent:
        return u"sent"_s;
    case PreviewIcon::Clock:
        return u"pending"_s;
    case PreviewIcon::Failed:
        return u"failed"_s;
    default:
        break;
    }
    return u"delivered"_s; // two grey ticks (a preview of a message to come shows them too)
}

} // namespace

Bubble::Bubble(const PreviewContext &context, bool outgoing)
    : m_context(context)
    , m_outgoing(outgoing)
    , m_color(outgoing ? context.palette.bubbleOut : context.palette.bubbleIn)
    , m_ticks(context.options.ticks)
{ }

qreal Bubble::innerWidth() const
{
    return m_context.bubbleWidth() - 2 * padX;
}

qreal Bubble::metaWidth() const
{
    return QFontMetricsF(m_context.small).horizontalAdvance(m_context.time) + (m_outgoing ? 21 : 0);
}

void Bubble::addText(const QString &text, const TextStyle &style, const QString &role)
{
    const PreviewCut cut = PreviewCut::of(text);
    Part part;
    part.text = true;
    part.content = cut.shown;
    part.style = style;
    part.role = role;
    part.measured = layoutText(cut.shown, style, innerWidth(), role);
    part.natural = part.measured.width;
    m_parts.append(part);
    if (cut.cut)
        addText(PreviewCut::note(), m_context.smallStyle(), role + u".cut"_s);
}

void Bubble::addBlock(qreal height, const Draw &draw, qreal naturalWidth)
{
    addPart(naturalWidth > 0 ? naturalWidth : innerWidth(),
        [height, draw](PreviewScene &scene, QPointF at, qreal width) {
            draw(scene, at, width);
            return height;
        });
}

void Bubble::addPart(qreal naturalWidth, const Paint &paint)
{
    Part part;
    part.natural = naturalWidth;
    part.paint = paint;
    m_parts.append(part);
}

void Bubble::addQuote(const QString &who, const QString &text)
{
    const PreviewContext &ctx = m_context;
    TextStyle name = ctx.smallStyle(true);
    name.font = ctx.bold;
    name.font.setPixelSize(13);
    name.color = ctx.palette.quoteBar;
    TextStyle quoted = ctx.smallStyle(true);
    const qreal natural = std::max(QFontMetricsF(name.font).horizontalAdvance(who),
                              QFontMetricsF(quoted.font).horizontalAdvance(text))
        + 20;
    addPart(std::min(natural, innerWidth()),
        [ctx, who, text, name, quoted](PreviewScene &scene, QPointF at, qreal width) {
            const LaidText whoText = layoutText(who, name, width - 16, u"quote.name"_s);
            const LaidText body = layoutText(text, quoted, width - 16, u"quote"_s);
            const qreal h = whoText.height + body.height + 12;
            scene.add(
                SceneItem::filled(QRectF(at, QSizeF(width, h)), ctx.palette.quoteBackground, 6));
            scene.add(SceneItem::filled(QRectF(at, QSizeF(4, h)), ctx.palette.quoteBar, 2));
            placeText(scene, whoText, at + QPointF(11, 5));
            placeText(scene, body, at + QPointF(11, 6 + whoText.height));
            return h;
        });
}

void Bubble::addInlineButton(PreviewIcon kind, const QString &text, const QString &action)
{
    m_inline.append({kind, text, action});
}

void Bubble::addButtonBelow(PreviewIcon kind, const QString &text)
{
    m_below.append({kind, text, {}});
}

qreal Bubble::place(PreviewScene &scene, qreal y)
{
    qreal inner = metaWidth();
    for (const Part &part : std::as_const(m_parts))
        inner = std::max(inner, part.natural);
    for (const QList<Below> *buttons : {&m_inline, &m_below}) {
        for (const Below &b : *buttons) {
            // Room for the label as placeLabel() lays it out: icon, gap, text and its slack.
            inner = std::max(
                inner, QFontMetricsF(m_context.bold).horizontalAdvance(b.text) + iconSize + 24);
        }
    }
    inner = std::min(std::max<qreal>(inner, 56), innerWidth());
    const qreal width = inner + 2 * padX;
    const qreal x = m_outgoing ? m_context.options.width - sideMargin - width : sideMargin;

    // The parts go into a scene of their own first: the bubble behind them needs their height.
    PreviewScene content;
    qreal cy = padY;
    qreal lastRight = -1;
    bool lastIsBlock = false;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        const Part &part = m_parts.at(i);
        if (i > 0)
            cy += gap;
        if (part.text) {
            // A bubble at least as wide as the text's widest line breaks it where the first
            // layout did; only right-to-left text, aligned to the width, is laid out again.
            const LaidText laid = inner >= part.measured.width && !part.content.isRightToLeft()
                ? part.measured
                : layoutText(part.content, part.style, inner, part.role);
            placeText(content, laid, QPointF(x + padX, y + cy));
            cy += laid.height;
            lastRight = laid.lastLineRight;
            lastIsBlock = false;
        } else {
            cy += part.paint(content, QPointF(x + padX, y + cy), inner);
            lastRight = -1;
            lastIsBlock = true;
        }
    }
    const bool metaOver = m_metaOverMedia && lastIsBlock;
    const bool metaInline = !metaOver && lastRight >= 0 && lastRight + metaWidth() + 8 <= inner;
    if (m_showsMeta && !metaOver && !metaInline)
        cy += metaHeight - 2;
    const qreal metaBottom = cy + (metaOver ? -4 : 3);
    // Buttons inside the bubble come after the time, each under a divider edge to edge.
    cy += padY;
    for (const Below &b : std::as_const(m_inline)) {
        content.add(SceneItem::filled(QRectF(x, y + cy, width, 1), m_context.palette.divider));
        placeLabel(content, m_context, QRectF(x + padX, y + cy, inner, buttonHeight), b.icon,
            b.text, b.action);
        cy += buttonHeight;
    }
    const qreal height = cy;

    SceneItem bubble;
    bubble.kind = SceneItem::Kind::Bubble;
    bubble.rect = QRectF(x, y, width, height);
    bubble.color = m_color;
    bubble.radius = cornerRadius;
    bubble.tail = m_tail;
    bubble.outgoing = m_outgoing;
    scene.add(bubble);
    scene.items += content.items;
    if (m_showsMeta)
        placeMeta(scene, QPointF(x + width - padX, y + metaBottom), metaOver);

    qreal bottom = y + height;
    for (const Below &b : std::as_const(m_below)) {
        bottom += belowGap;
        const QRectF chip(x, bottom, width, belowHeight);
        scene.add(SceneItem::filled(chip, m_color, cornerRadius));
        placeLabel(scene, m_context, chip, b.icon, b.text, b.action);
        bottom += belowHeight;
    }
    return bottom;
}

void Bubble::placeMeta(PreviewScene &scene, QPointF bottomRight, bool overMedia) const
{
    TextStyle style = m_context.smallStyle(true);
    style.font.setPixelSize(11);
    style.color = overMedia ? QColor(Qt::white) : m_context.palette.meta;
    const qreal ticksWidth = m_outgoing ? 18 : 0;
    // The time, or in a team's thread the agent's name and the time: as wide as it is, within
    // the bubble (a fixed width cut "Marta · 11:42" to "Marta · 11:…").
    const qreal textWidth = qMin(
        QFontMetricsF(style.font).horizontalAdvance(m_context.time) + 1, innerWidth() - ticksWidth);
    const LaidText time = layoutText(m_context.time, style, textWidth, u"time"_s);
    const QPointF origin(bottomRight.x() - ticksWidth - textWidth, bottomRight.y() - time.height);
    if (overMedia) {
        scene.add(SceneItem::filled(
            QRectF(origin - QPointF(5, 1), QSizeF(textWidth + ticksWidth + 9, time.height + 2)),
            QColor(0, 0, 0, 90), 8));
    }
    placeText(scene, time, origin);
    if (m_outgoing) {
        const QColor color = m_ticks == PreviewIcon::TicksRead ? m_context.palette.tickRead
            : m_ticks == PreviewIcon::Failed                   ? m_context.palette.warning
            : overMedia                                        ? QColor(Qt::white)
                                                               : m_context.palette.tickSent;
        SceneItem ticks;
        ticks.kind = SceneItem::Kind::Icon;
        ticks.icon = m_ticks;
        ticks.rect = QRectF(bottomRight.x() - 17, bottomRight.y() - 14, 17, 15);
        ticks.color = color;
        ticks.text = tickName(m_ticks);
        ticks.role = u"ticks"_s;
        scene.add(ticks);
    }
}

} // namespace Wac
