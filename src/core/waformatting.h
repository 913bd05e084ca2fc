// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QList>
#include <QString>

/**
 * WhatsApp's text formatting, read the way the app reads it: `*bold*`, `_italic_`,
 * `~strikethrough~`, ```` ```monospace``` ````, `` `inline code` ``, a line starting with "> " is a
 * quote, "* " or "- " a bullet, "1. " a numbered item; URLs become links. A marker only counts
 * at a word's edge and around text that does not start or end with a space ("2 * 3 * 4" stays
 * as typed); markers are removed from what is shown.
 */
namespace Wac::WaFormat {

enum Style
{
    Plain = 0,
    Bold = 1,
    Italic = 2,
    Strike = 4,
    Monospace = 8, ///< ```...```
    Code = 16, ///< `...`
    Link = 32,
};

struct Span
{
    QString text;
    int styles = Plain;
    QString href; ///< for links: the address as it would be opened
};

enum class BlockKind
{
    Paragraph,
    Quote,
    Bullet,
    Numbered,
    CodeBlock, ///< lines inside a ``` fence that spans lines
};

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    QString marker; ///< "•" or "3." for list items
    QList<Span> spans;

    QString text() const;
};

QList<Block> parse(const QString &text);

} // namespace Wac::WaFormat
