// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/textlayout.h"

#include "core/waformatting.h"
#include "preview/emojifont.h"

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

void appendRun(Paragraph &p, const QString &run, const QTextCharFormat &format)
{
    if (run.isEmpty())
        return;
    const int at = int(p.text.size());
    p.text += run;
    QTextLayout::FormatRange *last = p.formats.isEmpty() ? nullptr : &p.formats.last();
    if (last && last->start + last->length == at && last->format == format)
        last->length += int(run.size());
    else
        p.formats.append({at, int(run.size()), format});
}

// Spans become one string with format ranges; the highlight markers become ranges of their own.
// Runs between markers are appended whole: a long highlighted value costs one range, not one
// format per character.
Paragraph paragraphOf(const QList<WaFormat::Span> &spans, const TextStyle &style)
{
    Paragraph p;
    bool highlighted = false;
    for (const WaFormat::Span &span : spans) {
        const QTextCharFormat plain = formatFor(span.styles, style);
        QTextCharFormat marked = plain;
        marked.setBackground(style.highlight);
        marked.setForeground(style.highlightText);
        qsizetype from = 0;
        for (qsizetype i = 0; i <= span.text.size(); ++i) {
            const bool end = i == span.text.size();
            if (!end && span.text.at(i) != highlightStart && span.text.at(i) != highlightEnd)
                continue;
            appendRun(p, span.text.mid(from, i - from), highlighted ? marked : plain);
            if (!end)
                highlighted = span.text.at(i) == highlightStart;
            from = i + 1;
        }
    }
    return p;
}

// More letters, digits and marks in a row from `at` than fit on any line of a bubble.
bool longRunAt(const QString &text, qsizetype at)
{
    constexpr qsizetype longerThanAnyLine = 256;
    qsizetype run = 0;
    for (qsizetype i = at; i < text.size() && run <= longerThanAnyLine; ++i, ++run) {
        const QChar c = text.at(i);
        if (!c.isLetterOrNumber() && !c.isMark())
            break;
    }
    return run > longerThanAnyLine;
}

// Emoji in colour wherever they stand: their own font over whatever format covers them.
QList<QTextLayout::FormatRange> withColourEmoji(const Paragraph &p, const TextStyle &style)
{
    QList<QTextLayout::FormatRange> formats = p.formats;
    const QList<EmojiFont::Run> runs = EmojiFont::colourRuns(p.text);
    if (runs.isEmpty())
        return formats;
    QTextCharFormat emoji;
    emoji.setFontFamilies(EmojiFont::forEmoji(style.font).families());
    for (const EmojiFont::Run &run : runs)
        formats.append({run.start, run.length, emoji});
    return formats;
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
    layout->setFormats(withColourEmoji(p, style));
    layout->setCacheEnabled(true);
    Placed placed;
    placed.layout = layout;
    layout->beginLayout();
    qreal y = 0;
    qsizetype next = 0;
    while (true) {
        // Qt looks for a word boundary to the end of the word on every line it breaks inside
        // that word, so its cost grows with the square of the word's length (4 ms for 4096
        // letters). A line that starts with more letters than any line can hold breaks anywhere
        // anyway: say so, and the result is the same, in linear time.
        option.setWrapMode(longRunAt(p.text, next) ? QTextOption::WrapAnywhere
                                                   : QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        placed.width = std::max(placed.width, line.naturalTextWidth());
        placed.lastRight = rtl ? width : line.naturalTextWidth();
        next = line.textStart() + line.textLength();
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
