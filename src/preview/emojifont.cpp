// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/emojifont.h"

#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac::EmojiFont {

namespace {

constexpr char32_t variationText = 0xFE0E;
constexpr char32_t variationEmoji = 0xFE0F;
constexpr char32_t keycap = 0x20E3;
constexpr char32_t firstSupplementaryEmoji = 0x1F000;

struct Range
{
    char32_t low, high;
};

// Unicode's Emoji_Presentation=Yes below U+1F000 (emoji-data.txt, Unicode 15): drawn as emoji
// without U+FE0F. Other symbols there (❤, ☺, ✈) are text unless U+FE0F follows them.
constexpr Range defaultEmoji[] = {{0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
    {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
    {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
    {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
    {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}};

bool isDefaultEmoji(char32_t c)
{
    return std::any_of(std::begin(defaultEmoji), std::end(defaultEmoji),
        [c](const Range &r) { return c >= r.low && c <= r.high; });
}

bool isColourCluster(const QList<uint> &codePoints)
{
    // A keycap's digit and frame are not joined from the colour font by Qt 6.4: a small grey
    // digit beside an empty key would be worse than the text font's digit.
    if (codePoints.contains(variationText) || codePoints.last() == keycap)
        return false;
    const char32_t first = codePoints.first();
    return first >= firstSupplementaryEmoji || codePoints.contains(variationEmoji)
        || isDefaultEmoji(first);
}

// Most text holds no emoji: a scan of its UTF-16 units spares the grapheme search.
bool mayHoldEmoji(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0x2300 && c.unicode() < 0xE000) || c.isSurrogate()
            || c.unicode() == variationEmoji;
    });
}

} // namespace

QStringList families()
{
    return {u"Noto Color Emoji"_s, u"Apple Color Emoji"_s, u"Segoe UI Emoji"_s};
}

QFont forEmoji(QFont font)
{
    font.setFamilies(families() + QStringList {font.family()});
    return font;
}

QList<Run> colourRuns(const QString &text)
{
    QList<Run> runs;
    if (!mayHoldEmoji(text))
        return runs;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int start = 0;
    for (int end = int(finder.toNextBoundary()); end != -1;
         start = end, end = int(finder.toNextBoundary())) {
        if (!isColourCluster(QStringView(text).mid(start, end - start).toUcs4()))
            continue;
        if (!runs.isEmpty() && runs.last().start + runs.last().length == start)
            runs.last().length += end - start;
        else
            runs.append({start, end - start});
    }
    return runs;
}

} // namespace Wac::EmojiFont
