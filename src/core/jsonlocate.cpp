// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsonlocate.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QStringList tokens(const QString &pointer)
{
    QStringList list = pointer.split(u'/');
    list.removeFirst(); // before the first slash: "" for every pointer but the root's
    for (QString &token : list)
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return list;
}

/// A forgiving scanner: it reads only as far as the pointer leads, and stops at the first thing
/// that is not JSON, keeping what it found until then.
class Scanner
{
public:
    explicit Scanner(const QString &text)
        : m_text(text)
    { }

    void find(const QStringList &path, qsizetype depth, JsonSpan &span);

private:
    QChar at() const { return m_i < m_text.size() ? m_text.at(m_i) : QChar(); }

    void skipSpace()
    {
        while (m_i < m_text.size()
            && (at() == u' ' || at() == u'\n' || at() == u'\r' || at() == u'\t'))
            ++m_i;
    }

    /// At a quote: its raw contents, and the position after the closing quote.
    QString readString();
    void skipValue();
    bool expect(char16_t c);

    const QString &m_text;
    qsizetype m_i = 0;
};

QString Scanner::readString()
{
    const qsizetype start = ++m_i;
    while (m_i < m_text.size() && at() != u'"')
        m_i += at() == u'\\' ? 2 : 1;
    const QString raw = m_text.mid(start, m_i - start);
    ++m_i;
    return raw;
}

bool Scanner::expect(char16_t c)
{
    skipSpace();
    if (at() != c)
        return false;
    ++m_i;
    return true;
}

void Scanner::skipValue()
{
    skipSpace();
    if (at() == u'"') {
        readString();
        return;
    }
    if (at() == u'{' || at() == u'[') {
        // Brackets inside strings are skipped with the strings.
        int level = 0;
        do {
            if (at() == u'"') {
                readString();
                continue;
            }
            if (at() == u'{' || at() == u'[')
                ++level;
            else if (at() == u'}' || at() == u']')
                --level;
            ++m_i;
        } while (level > 0 && m_i < m_text.size());
        return;
    }
    while (m_i < m_text.size() && !QStringView(u",}] \n\r\t").contains(at()))
        ++m_i;
}

void Scanner::find(const QStringList &path, qsizetype depth, JsonSpan &span)
{
    skipSpace();
    const qsizetype start = m_i;
    skipValue();
    if (m_i <= start || m_i > m_text.size())
        return;
    span.valueStart = start;
    span.valueLength = m_i - start;
    span.container = m_text.at(start) == u'{' || m_text.at(start) == u'[';
    span.exact = depth == path.size();
    if (span.exact || !span.container)
        return;
    m_i = start + 1;
    const bool object = m_text.at(start) == u'{';
    bool isIndex = false;
    const qsizetype wanted = object ? -1 : path.at(depth).toLongLong(&isIndex);
    for (qsizetype n = 0;; ++n) {
        skipSpace();
        if (at() == u'}' || at() == u']' || m_i >= m_text.size())
            return;
        if (object) {
            const qsizetype keyStart = m_i;
            if (at() != u'"')
                return;
            const QString key = readString();
            if (!expect(u':'))
                return;
            if (key == path.at(depth)) {
                span.keyStart = keyStart;
                span.keyLength = key.size() + 2; // with its quotes, without the colon
                find(path, depth + 1, span);
                return;
            }
        } else if (isIndex && n == wanted) {
            span.keyStart = -1;
            span.keyLength = 0;
            find(path, depth + 1, span);
            return;
        }
        skipValue();
        if (!expect(u','))
            return;
    }
}

} // namespace

JsonSpan JsonSpan::locate(const QString &text, const QString &pointer)
{
    JsonSpan span;
    Scanner(text).find(tokens(pointer), 0, span);
    return span;
}

} // namespace Wac
