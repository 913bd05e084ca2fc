// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/previewcut.h"

#include "core/coretr.h"

#include <QTextBoundaryFinder>

namespace Wac {

namespace {

// No character (grapheme cluster) the preview can meet is longer than this many UTF-16 units
// in practice (the longest emoji ZWJ sequences are under 16); a window this much larger than
// the limit holds `limit` whole characters without the boundary search reading the whole text.
constexpr qsizetype unitsPerCharacter = 16;

} // namespace

PreviewCut PreviewCut::of(const QString &text, qsizetype limit, qsizetype shownWhenCut)
{
    // A text of no more UTF-16 units than the limit has no more characters either.
    if (text.size() <= limit)
        return {text, false};
    const qsizetype window = std::min(text.size(), (limit + 1) * unitsPerCharacter);
    const QString head = text.left(window);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, head);
    qsizetype counted = 0;
    qsizetype cutAt = 0;
    qsizetype last = 0;
    for (qsizetype next = finder.toNextBoundary(); next > 0; next = finder.toNextBoundary()) {
        // The window's own end is no boundary unless the text ends there: a character may go on.
        // Characters this long on average (marks piled on marks) are cut at the last whole one.
        if (next == window && window < text.size())
            return {text.left(cutAt > 0 ? cutAt : last), true};
        last = next;
        ++counted;
        if (counted == shownWhenCut)
            cutAt = next;
        if (counted > limit)
            return {text.left(cutAt), true};
    }
    return {text, false};
}

QString PreviewCut::note(qsizetype limit, qsizetype shownWhenCut)
{
    return Tr::tr("[The preview is cut here: the text is longer than %1 characters, and only its "
                  "first %2 are drawn. The message keeps the whole text.]")
        .arg(limit)
        .arg(shownWhenCut);
}

} // namespace Wac
