// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsonlexer.h"

#include "core/coretr.h"

#include <cstring>

namespace Wac {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// How a control character is written inside a JSON string.
QString escaped(uchar c)
{
    switch (c) {
    case '\n':
        return QStringLiteral("\\n");
    case '\r':
        return QStringLiteral("\\r");
    case '\t':
        return QStringLiteral("\\t");
    default:
        return QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
    }
}

bool inRange(uchar c, uchar low, uchar high)
{
    return c >= low && c <= high;
}

/// Well-formed UTF-8 appended as it is: QString::fromUtf8 would drop a U+FEFF at its start,
/// which inside a string is a character like any other.
void appendUtf8(QString &out, const char *bytes, qsizetype length)
{
    static constexpr char bom[] = "\xef\xbb\xbf";
    while (length >= 3 && std::memcmp(bytes, bom, 3) == 0) {
        out += QChar(0xfeff);
        bytes += 3;
        length -= 3;
    }
    out += QString::fromUtf8(bytes, length);
}

} // namespace

bool JsonLexer::fail(qsizetype at, const QString &reason)
{
    if (m_errorAt < 0) {
        m_errorAt = at;
        m_reason = reason;
    }
    return false;
}

QString JsonLexer::shownCharacter(qsizetype at) const
{
    const auto c = uchar(m_text.at(at));
    if (c >= 0x21 && c < 0x7f)
        return u'\'' + QLatin1Char(char(c)) + u'\'';
    const QString decoded = QString::fromUtf8(m_text.mid(at, 4)).left(1);
    if (c >= 0x80 && !decoded.isEmpty() && decoded.at(0) != QChar::ReplacementCharacter) {
        return QStringLiteral("“%1” (U+%2)")
            .arg(decoded)
            .arg(decoded.at(0).unicode(), 4, 16, QLatin1Char('0'));
    }
    return Tr::tr("the byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
}

bool JsonLexer::startsWith(const char *word) const
{
    return QByteArrayView(m_text).sliced(m_pos).startsWith(QByteArrayView(word));
}

void JsonLexer::skipSpace()
{
    while (!atEnd()) {
        const char c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonLexer::string(QString &out)
{
    const qsizetype open = m_pos++;
    qsizetype run = m_pos; // the bytes since the last escape, copied in one go
    out.clear();
    for (;;) {
        if (atEnd())
            return fail(open, Tr::tr("the string that starts here is never closed"));
        const auto c = uchar(m_text.at(m_pos));
        if (c == '"' || c == '\\') {
            appendUtf8(out, m_text.constData() + run, m_pos - run);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (!escape(out))
                return false;
            run = m_pos;
        } else if (c == 0) {
            return fail(m_pos, Tr::tr("a NUL byte inside a string; JSON writes it as \\u0000"));
        } else if (c < 0x20) {
            return fail(m_pos,
                Tr::tr("a raw control character (U+%1) inside a string; JSON "
                       "writes it escaped, as %2")
                    .arg(c, 4, 16, QLatin1Char('0'))
                    .arg(escaped(c)));
        } else if (c < 0x80) {
            ++m_pos;
        } else if (!utf8Sequence()) {
            return false;
        }
    }
}

// RFC 3629's well-formed sequences: no overlong forms, no surrogates, nothing past U+10FFFF.
bool JsonLexer::utf8Sequence()
{
    const auto lead = uchar(m_text.at(m_pos));
    const auto at = [this](qsizetype i) {
        return m_pos + i < m_text.size() ? uchar(m_text.at(m_pos + i)) : uchar(0);
    };
    qsizetype length = 0;
    bool ok = false;
    if (inRange(lead, 0xc2, 0xdf)) {
        length = 2;
        ok = inRange(at(1), 0x80, 0xbf);
    } else if (inRange(lead, 0xe0, 0xef)) {
        length = 3;
        const uchar low = lead == 0xe0 ? 0xa0 : 0x80;
        const uchar high = lead == 0xed ? 0x9f : 0xbf;
        ok = inRange(at(1), low, high) && inRange(at(2), 0x80, 0xbf);
    } else if (inRange(lead, 0xf0, 0xf4)) {
        length = 4;
        const uchar low = lead == 0xf0 ? 0x90 : 0x80;
        const uchar high = lead == 0xf4 ? 0x8f : 0xbf;
        ok = inRange(at(1), low, high) && inRange(at(2), 0x80, 0xbf) && inRange(at(3), 0x80, 0xbf);
    }
    if (!ok) {
        return fail(m_pos,
            Tr::tr("the byte 0x%1 is not UTF-8 here; JSON text must be UTF-8")
                .arg(lead, 2, 16, QLatin1Char('0')));
    }
    m_pos += length;
    return true;
}

bool JsonLexer::unicodeEscape(char16_t &unit)
{
    // At the backslash of "\uXXXX".
    unit = 0;
    for (qsizetype i = 2; i < 6; ++i) {
        const int digit = m_pos + i < m_text.size() ? hexValue(m_text.at(m_pos + i)) : -1;
        if (digit < 0)
            return fail(m_pos, Tr::tr("\\u must be followed by four hexadecimal digits"));
        unit = char16_t(unit * 16 + digit);
    }
    m_pos += 6;
    return true;
}

bool JsonLexer::escape(QString &out)
{
    const qsizetype start = m_pos;
    const char c = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : '\0';
    static const char simple[] = "\"\\/bfnrt";
    static const char meant[] = "\"\\/\b\f\n\r\t";
    if (const char *found = c ? std::strchr(simple, c) : nullptr) {
        out += QLatin1Char(meant[found - simple]);
        m_pos += 2;
        return true;
    }
    if (c != 'u') {
        return fail(start,
            Tr::tr("\\%1 is not an escape JSON knows (\\\" \\\\ \\/ \\b \\f \\n "
                   "\\r \\t \\uXXXX)")
                .arg(c >= 0x21 && c < 0x7f ? QString(QLatin1Char(c)) : QString()));
    }
    char16_t unit = 0;
    if (!unicodeEscape(unit))
        return false;
    // RFC 8259's grammar takes the escape of a lone surrogate (§8.2 only warns that readers
    // differ), and the console's writer escapes one so: it is kept as the one unit it names.
    if (QChar::isHighSurrogate(unit) && startsWith("\\u")) {
        const qsizetype second = m_pos;
        char16_t low = 0;
        if (!unicodeEscape(low))
            return false;
        if (QChar::isLowSurrogate(low)) {
            out += QChar(unit);
            out += QChar(low);
            return true;
        }
        m_pos = second; // not its other half: the next escape is read on its own
    }
    out += QChar(unit);
    return true;
}

bool JsonLexer::digits(const QString &missing)
{
    if (!isDigit(peek()))
        return fail(m_pos, missing);
    while (isDigit(peek()))
        ++m_pos;
    return true;
}

bool JsonLexer::numberLiteral(QByteArray &out)
{
    const qsizetype start = m_pos;
    if (peek() == '+')
        return fail(m_pos, Tr::tr("a number cannot start with +; write it without"));
    if (peek() == '-')
        ++m_pos;
    if (peek() == '.')
        return fail(m_pos, Tr::tr("a number needs a digit before its decimal point: 0.5, not .5"));
    if (peek() == '0' && m_pos + 1 < m_text.size() && isDigit(m_text.at(m_pos + 1)))
        return fail(m_pos, Tr::tr("a number cannot start with 0 followed by more digits"));
    if (!digits(Tr::tr("a minus sign must be followed by digits")))
        return false;
    if (peek() == '.') {
        ++m_pos;
        if (!digits(Tr::tr("a digit must follow the decimal point: 1.0 or 1, not 1.")))
            return false;
    }
    if (peek() == 'e' || peek() == 'E') {
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        if (!digits(Tr::tr("the exponent of a number needs digits: 1e5, not 1e")))
            return false;
    }
    out = m_text.mid(start, m_pos - start);
    return true;
}

} // namespace Wac
