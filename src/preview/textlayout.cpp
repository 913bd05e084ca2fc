// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/textlayout.h"

#include "core/waformatting.h"

#include <QFontDatabase>
#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qreal quoteIndent = 11;
constexpr qreal markerGap = 6;

struct Paragraph
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
};

QTextCharFormat formatFor(int styles, const TextStyle &style)
{
    QTextCharFormat format;
    if (styles & WaFormat::Bold)
        format.setFontWeight(QFont::Bold);
    if (styles & WaFormat::Italic)
        format.setFontItalic(true);
    if (styles & WaFormat::Strike)
        format.setFontStrikeOut(true);
    if (styles & (WaFormat::Monospace | WaFormat::Code)) {
        format.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
        if (styles & WaFormat::Code)
            format.setBackground(QColor(127, 127, 127, 40));
    }
    if (styles & WaFormat::Link)
        format.setForeground(style.link);
    return format;
}

// Spans become one string with format ranges; the highlight markers become ranges of their own.
Paragraph paragraphOf(const QList<WaFormat::Span> &spans, const TextStyle &style)
{
    Paragraph p;
    bool highlighted = false;
    for (const WaFormat::Span &span : spans) {
        const QTextCharFormat base = formatFor(span.styles, style);
        for (const QChar c : span.text) {
            if (c == highlightStart || c == highlightEnd) {
                highlighted = c == highlightStart;
                continue;
            }
            QTextCharFormat format = base;
            if (highlighted) {
                format.setBackground(style.highlight);
                format.setForeground(style.highlightText);
            }
            const qsizetype at = p.text.size();
            p.text += c;
            if (!p.formats.isEmpty() && p.formats.last().format == format
                && p.formats.last().start + p.formats.last().length == at) {
                ++p.formats.last().length;
            } else {
                p.formats.append({int(at), 1, format});
            }
        }
    }
    return p;
}

struct Placed
{
    std::shared_ptr<QTextLayout> layout;
    qreal height = 0;
    qreal width = 0;
    qreal lastRight = 0;
};

Placed lay(const Paragraph &p, const TextStyle &style, qreal width)
{
    auto layout = std::make_shared<QTextLayout>(p.text, style.font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const bool rtl = p.text.isRightToLeft();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(rtl ? Qt::AlignRight : style.align);
    layout->setTextOption(option);
    layout->setFormats(p.formats);
    layout->setCacheEnabled(true);
    Placed placed;
    placed.layout = layout;
    layout->beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        placed.width = std::max(placed.width, line.naturalTextWidth());
        placed.lastRight = rtl ? width : line.naturalTextWidth();
    }
    layout->endLayout();
    placed.height = p.text.isEmpty() ? QFontMetricsF(style.font).height() : y;
    return placed;
}

SceneItem textItem(const Placed &placed, QPointF at, qreal width, const TextStyle &style,
    const QString &text, const QString &role)
{
    SceneItem item;
    item.kind = SceneItem::Kind::Text;
    item.rect = QRectF(at, QSizeF(width, placed.height));
    item.color = style.color;
    item.layout = placed.layout;
    item.text = text;
    item.role = role;
    return item;
}

QString withoutMarkers(QString text)
{
    text.remove(highlightStart);
    text.remove(highlightEnd);
    return text;
}

} // namespace

LaidText layoutText(const QString &text, const TextStyle &style, qreal width, const QString &role)
{
    LaidText out;
    QList<WaFormat::Block> blocks;
    if (style.formatted) {
        blocks = WaFormat::parse(text);
    } else {
        if (style.maxLines == 1) {
            const QString shown =
                QFontMetricsF(style.font)
                    .elidedText(withoutMarkers(text).simplified(), Qt::ElideRight, width);
            blocks.append(
                {WaFormat::BlockKind::Paragraph, QString(), {{shown, WaFormat::Plain, {}}}});
        } else {
            for (const QString &line : text.split(u'\n'))
                blocks.append(
                    {WaFormat::BlockKind::Paragraph, QString(), {{line, WaFormat::Plain, {}}}});
        }
    }
    qreal y = 0;
    for (const WaFormat::Block &block : blocks) {
        const Paragraph paragraph = paragraphOf(block.spans, style);
        qreal indent = 0;
        if (block.kind == WaFormat::BlockKind::Quote) {
            indent = quoteIndent;
        } else if (!block.marker.isEmpty()) {
            const Placed marker = lay({block.marker, {}}, style, width);
            indent = marker.width + markerGap;
            out.items.append(
                textItem(marker, QPointF(0, y), indent, style, block.marker, role + u".marker"_s));
        }
        const qreal available = std::max<qreal>(width - indent, 24);
        const Placed placed = lay(paragraph, style, available);
        if (block.kind == WaFormat::BlockKind::Quote) {
            SceneItem bar;
            bar.kind = SceneItem::Kind::Fill;
            bar.rect = QRectF(0, y + 1, 3, placed.height - 2);
            bar.color = QColor(style.color.red(), style.color.green(), style.color.blue(), 90);
            bar.radius = 1.5;
            out.items.append(bar);
        }
        out.items.append(
            textItem(placed, QPointF(indent, y), available, style, paragraph.text, role));
        out.width = std::max(out.width, indent + placed.width);
        out.lastLineRight = indent + placed.lastRight;
        y += placed.height;
    }
    out.height = y;
    return out;
}

void placeText(PreviewScene &scene, const LaidText &text, const QPointF &at)
{
    for (SceneItem item : text.items) {
        item.rect.translate(at);
        scene.add(std::move(item));
    }
}

} // namespace Wac
