// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/jsonhighlighter.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace Wac {

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

QColor JsonHighlighter::color(Part part, const QPalette &palette)
{
    // Pairs that keep at least 4.5:1 against a white and a near-black editor background.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (part) {
    case Part::Key:
        return dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x04, 0x51, 0xa5);
    case Part::String:
        return dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15);
    case Part::Number:
        return dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58);
    case Part::Literal:
        return dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xcc);
    }
    return palette.color(QPalette::Text);
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    m_key.setForeground(color(Part::Key, palette));
    m_string.setForeground(color(Part::String, palette));
    m_number.setForeground(color(Part::Number, palette));
    m_literal.setForeground(color(Part::Literal, palette));
    m_literal.setFontWeight(QFont::DemiBold);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, text.size());
            qsizetype next = end;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const bool key = next < text.size() && text.at(next) == u':';
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < text.size()
                && (text.at(end).isDigit() || QStringView(u".eE+-").contains(text.at(end))))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            i = highlightWord(text, i);
        } else {
            ++i;
        }
    }
}

qsizetype JsonHighlighter::highlightWord(const QString &text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    const QStringView word = QStringView(text).mid(at, end - at);
    if (word == u"true" || word == u"false" || word == u"null")
        setFormat(int(at), int(end - at), m_literal);
    return end;
}

} // namespace Wac
