// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/waformatting.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::WaFormat {

namespace {

constexpr QChar bullet = QChar(0x2022);

bool isEdge(const QString &line, qsizetype at)
{
    if (at < 0 || at >= line.size())
        return true;
    const QChar c = line.at(at);
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

// One line's styles, a flag set per character, and which characters are markers to hide.
struct Marked
{
    QList<int> styles;
    QList<bool> hidden;
};

void markPairs(const QString &line, Marked &marked, QChar marker, int style)
{
    qsizetype i = 0;
    while (i < line.size()) {
        const bool opens = line.at(i) == marker && !marked.hidden.at(i)
            && !(marked.styles.at(i) & (Code | Monospace)) && isEdge(line, i - 1)
            && i + 1 < line.size() && !line.at(i + 1).isSpace() && line.at(i + 1) != marker;
        if (!opens) {
            ++i;
            continue;
        }
        qsizetype close = -1;
        for (qsizetype j = i + 2; j < line.size(); ++j) {
            if (line.at(j) == marker && !line.at(j - 1).isSpace() && isEdge(line, j + 1)
                && !(marked.styles.at(j) & (Code | Monospace))) {
                close = j;
                break;
            }
        }
        if (close < 0) {
            ++i;
            continue;
        }
        marked.hidden[i] = marked.hidden[close] = true;
        for (qsizetype k = i + 1; k < close; ++k)
            marked.styles[k] |= style;
        i = close + 1;
    }
}

// `code` and ```monospace``` on one line: their content takes no other formatting.
void markCode(const QString &line, Marked &marked)
{
    qsizetype i = 0;
    while (i < line.size()) {
        const bool fence = line.mid(i, 3) == u"```"_s;
        if (!fence && line.at(i) != u'`') {
            ++i;
            continue;
        }
        const QString delimiter = fence ? u"```"_s : u"`"_s;
        const qsizetype close = line.indexOf(delimiter, i + delimiter.size());
        if (close < 0 || close == i + delimiter.size()) {
            i += delimiter.size();
            continue;
        }
        for (qsizetype k = 0; k < delimiter.size(); ++k)
            marked.hidden[i + k] = marked.hidden[close + k] = true;
        for (qsizetype k = i + delimiter.size(); k < close; ++k)
            marked.styles[k] |= fence ? Monospace : Code;
        i = close + delimiter.size();
    }
}

void markLinks(const QString &line, Marked &marked)
{
    static const QRegularExpression url(
        u"(?:https?://|www\\.)[^\\s<>\"]+"_s, QRegularExpression::CaseInsensitiveOption);
    auto it = url.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        qsizetype end = match.capturedEnd();
        // Punctuation that ends a sentence is not part of the address.
        while (end > match.capturedStart() && u".,;:!?)]}'*_~"_s.contains(line.at(end - 1)))
            --end;
        for (qsizetype k = match.capturedStart(); k < end; ++k)
            marked.styles[k] |= Link;
    }
}

QList<Span> spansOf(const QString &line, bool monospaceBlock)
{
    Marked marked {QList<int>(line.size(), monospaceBlock ? Monospace : Plain),
        QList<bool>(line.size(), false)};
    if (!monospaceBlock) {
        markCode(line, marked);
        markLinks(line, marked);
        markPairs(line, marked, u'*', Bold);
        markPairs(line, marked, u'_', Italic);
        markPairs(line, marked, u'~', Strike);
    }
    QList<Span> spans;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (marked.hidden.at(i))
            continue;
        const int styles = marked.styles.at(i);
        if (spans.isEmpty() || spans.last().styles != styles)
            spans.append({QString(), styles, QString()});
        spans.last().text += line.at(i);
    }
    for (Span &span : spans) {
        if (span.styles & Link)
            span.href = span.text.startsWith(u"www."_s, Qt::CaseInsensitive)
                ? u"https://"_s + span.text
                : span.text;
    }
    return spans;
}

} // namespace

QString Block::text() const
{
    QString all;
    for (const Span &span : spans)
        all += span.text;
    return all;
}

namespace {

QList<Block> parseLines(const QString &text, bool fences)
{
    static const QRegularExpression numbered(u"^(\\d{1,3})\\. (.*)$"_s);
    QList<Block> blocks;
    bool inFence = false;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.endsWith(u'\r'))
            line.chop(1);
        // A ``` that opens on one line and closes on a later one makes a code block.
        if (fences && !inFence && line.count(u"```"_s) % 2 == 1
            && line.trimmed().startsWith(u"```"_s)) {
            inFence = true;
            line = line.mid(line.indexOf(u"```"_s) + 3);
            if (line.isEmpty())
                continue;
        } else if (inFence && line.count(u"```"_s) % 2 == 1) {
            inFence = false;
            line.truncate(line.indexOf(u"```"_s));
            if (line.isEmpty())
                continue;
            blocks.append({BlockKind::CodeBlock, QString(), spansOf(line, true)});
            continue;
        }
        if (inFence) {
            blocks.append({BlockKind::CodeBlock, QString(), spansOf(line, true)});
            continue;
        }
        Block block;
        if (line.startsWith(u"> "_s)) {
            block.kind = BlockKind::Quote;
            line = line.mid(2);
        } else if (line.startsWith(u"* "_s) || line.startsWith(u"- "_s)) {
            block.kind = BlockKind::Bullet;
            block.marker = bullet;
            line = line.mid(2);
        } else if (const QRegularExpressionMatch m = numbered.match(line); m.hasMatch()) {
            block.kind = BlockKind::Numbered;
            block.marker = m.captured(1) + u'.';
            line = m.captured(2);
        }
        block.spans = spansOf(line, false);
        blocks.append(block);
    }
    // A fence that never closes is shown as typed.
    return inFence ? parseLines(text, false) : blocks;
}

} // namespace

QList<Block> parse(const QString &text)
{
    return parseLines(text, true);
}

} // namespace Wac::WaFormat
