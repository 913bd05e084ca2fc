// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace Wac {

/**
 * Colours JSON text: keys, strings, numbers and true/false/null, in colours chosen for the
 * palette's background (setPalette() after a theme change). A line is coloured on its own:
 * a JSON string cannot hold a raw line break, so no state carries from one line to the next.
 */
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document, const QPalette &palette);

    void setPalette(const QPalette &palette);

    enum class Part
    {
        Key,
        String,
        Number,
        Literal,
    };
    /// The colour of `part` on `palette`.
    static QColor color(Part part, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    qsizetype highlightWord(const QString &text, qsizetype at);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace Wac
