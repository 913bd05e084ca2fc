// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QString>

namespace Wac {

/**
 * The tokens of RFC 8259 JSON text read one at a time from a position in UTF-8 bytes, for
 * JsonParser: strings (checked to be UTF-8 with nothing raw below U+0020 and no lone
 * surrogate) and number literals (checked against the number grammar). The first failure's
 * reason and byte offset are kept; every reader returns false from then on.
 */
class JsonLexer
{
public:
    explicit JsonLexer(const QByteArray &text)
        : m_text(text)
    { }

    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }

    bool atEnd() const { return m_pos >= m_text.size(); }

    qsizetype position() const { return m_pos; }

    void advance(qsizetype by = 1) { m_pos += by; }

    /// Whether `word` is written at the position (true, false, null).
    bool startsWith(const char *word) const;

    void skipSpace();
    /// At a quote: the string's value, the position after its closing quote.
    bool string(QString &out);
    /// At '-', a digit (or a '+' or '.' a person might start with): the literal's bytes.
    bool numberLiteral(QByteArray &out);

    /// Records the first failure; always false, to return from the caller at once.
    bool fail(qsizetype at, const QString &reason);

    QString reason() const { return m_reason; }

    qsizetype errorOffset() const { return m_errorAt; }

    /// The character at `at` as a person would recognise it in a message.
    QString shownCharacter(qsizetype at) const;

private:
    bool escape(QString &out);
    bool unicodeEscape(char16_t &unit);
    bool utf8Sequence();
    bool digits(const QString &missing);

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    QString m_reason;
    qsizetype m_errorAt = -1;
};

} // namespace Wac
