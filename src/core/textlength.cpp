// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/textlength.h"

#include <QList>
#include <QTextBoundaryFinder>

namespace Wac::TextLength {

namespace {

// Characters below U+0300 never combine with a neighbour, so such text needs no boundary
// analysis; this keeps the common ASCII/Latin-1 case out of QTextBoundaryFinder.
bool isSimple(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0300)
            return false;
    }
    return true;
}

bool inRange(char32_t c, char32_t low, char32_t high)
{
    return c >= low && c <= high;
}

// Qt 6.4 exposes no Emoji property, so this approximates Unicode's Extended_Pictographic
// with the blocks that hold emoji; text symbols such as U+00A9 count as emoji too, since
// WhatsApp renders them as emoji in a reaction.
bool isPictographic(char32_t c)
{
    return inRange(c, 0x1F000, 0x1FAFF) || inRange(c, 0x2600, 0x27BF) || inRange(c, 0x2300, 0x23FF)
        || inRange(c, 0x2B00, 0x2BFF) || inRange(c, 0x2190, 0x21FF) || inRange(c, 0x2900, 0x297F)
        || inRange(c, 0x25A0, 0x25FF) || c == 0x00A9 || c == 0x00AE || c == 0x203C || c == 0x2049
        || c == 0x2122 || c == 0x2139 || c == 0x24C2 || c == 0x3030 || c == 0x303D || c == 0x3297
        || c == 0x3299;
}

bool isRegionalIndicator(char32_t c)
{
    return inRange(c, 0x1F1E6, 0x1F1FF);
}

bool isKeycapBase(char32_t c)
{
    return (c >= U'0' && c <= U'9') || c == U'#' || c == U'*';
}

bool isEmojiCluster(const QList<uint> &codePoints)
{
    if (codePoints.isEmpty())
        return false;
    const char32_t first = codePoints.first();
    if (isRegionalIndicator(first))
        return codePoints.size() == 2 && isRegionalIndicator(codePoints.at(1));
    if (isKeycapBase(first))
        return codePoints.last() == 0x20E3;
    return isPictographic(first);
}

} // namespace

qsizetype graphemes(const QString &text)
{
    if (isSimple(text))
        return text.size();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

bool isSingleEmoji(const QString &text)
{
    if (text.isEmpty() || graphemes(text) != 1)
        return false;
    return isEmojiCluster(text.toUcs4());
}

bool containsEmoji(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (isPictographic(c) || isRegionalIndicator(c))
            return true;
    }
    return false;
}

} // namespace Wac::TextLength
