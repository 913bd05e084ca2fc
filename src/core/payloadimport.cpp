// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloadimport.h"

#include "core/coretr.h"
#include "core/jsoninput.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// curl's options that take a value: their value must not be mistaken for the URL.
const QSet<QString> &optionsWithValue()
{
    static const QSet<QString> options = {u"-H"_s, u"--header"_s, u"-X"_s, u"--request"_s, u"-u"_s,
        u"--user"_s, u"-o"_s, u"--output"_s, u"-A"_s, u"--user-agent"_s, u"-e"_s, u"--referer"_s,
        u"-b"_s, u"--cookie"_s, u"-c"_s, u"--cookie-jar"_s, u"-F"_s, u"--form"_s, u"-m"_s,
        u"--max-time"_s, u"--connect-timeout"_s, u"-x"_s, u"--proxy"_s, u"--url"_s, u"-w"_s,
        u"--write-out"_s, u"--retry"_s, u"--cacert"_s, u"-E"_s, u"--cert"_s};
    return options;
}

const QSet<QString> &dataOptions()
{
    static const QSet<QString> options = {
        u"-d"_s, u"--data"_s, u"--data-raw"_s, u"--data-binary"_s, u"--data-ascii"_s, u"--json"_s};
    return options;
}

QChar ansiEscape(QChar c)
{
    switch (c.unicode()) {
    case 'n':
        return u'\n';
    case 't':
        return u'\t';
    case 'r':
        return u'\r';
    default:
        return c; // \\, \', \" and anything else stand for themselves
    }
}

class WordSplitter
{
public:
    explicit WordSplitter(const QString &text)
        : m_text(text)
    { }

    QStringList split(QString *error)
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                step(2, m_text.at(m_pos + 1));
            } else if (c == u'^' && atLineEnd(m_pos + 1)) {
                m_pos += 1; // cmd.exe's continuation, as Postman exports for Windows
            } else if (c == u'\'') {
                if (!quoted(u'\'', error))
                    return {};
            } else if (c == u'"') {
                if (!quoted(u'"', error))
                    return {};
            } else if (c == u'$' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\'') {
                if (!ansiQuoted(error))
                    return {};
            } else if (c.isSpace()) {
                endWord();
                ++m_pos;
            } else {
                m_word += c;
                m_inWord = true;
                ++m_pos;
            }
        }
        endWord();
        return m_words;
    }

private:
    bool atLineEnd(qsizetype pos) const
    {
        while (pos < m_text.size() && (m_text.at(pos) == u' ' || m_text.at(pos) == u'\r'))
            ++pos;
        return pos >= m_text.size() || m_text.at(pos) == u'\n';
    }

    // A backslash outside quotes: before a newline it joins lines, else it escapes one character.
    void step(qsizetype length, QChar escaped)
    {
        m_pos += length;
        if (escaped == u'\n')
            return;
        if (escaped == u'\r' && m_pos < m_text.size() && m_text.at(m_pos) == u'\n') {
            ++m_pos;
            return;
        }
        m_word += escaped;
        m_inWord = true;
    }

    bool quoted(QChar quote, QString *error)
    {
        const qsizetype start = m_pos++;
        m_inWord = true;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == quote) {
                ++m_pos;
                return true;
            }
            if (quote == u'"' && c == u'\\' && m_pos + 1 < m_text.size()) {
                const QChar next = m_text.at(m_pos + 1);
                if (next == u'\n') {
                    m_pos += 2;
                    continue;
                }
                if (next == u'"' || next == u'\\' || next == u'$' || next == u'`') {
                    m_word += next;
                    m_pos += 2;
                    continue;
                }
            }
            m_word += c;
            ++m_pos;
        }
        return fail(error, start);
    }

    bool ansiQuoted(QString *error)
    {
        const qsizetype start = m_pos;
        m_pos += 2;
        m_inWord = true;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\'') {
                ++m_pos;
                return true;
            }
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                m_word += ansiEscape(m_text.at(m_pos + 1));
                m_pos += 2;
                continue;
            }
            m_word += c;
            ++m_pos;
        }
        return fail(error, start);
    }

    bool fail(QString *error, qsizetype start) const
    {
        if (error) {
            const qsizetype line = m_text.left(start).count(u'\n') + 1;
            *error = Tr::tr("The quote opened on line %1 is never closed.").arg(line);
        }
        return false;
    }

    void endWord()
    {
        if (m_inWord)
            m_words.append(m_word);
        m_word.clear();
        m_inWord = false;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_word;
    bool m_inWord = false;
    QStringList m_words;
};

PayloadImport failed(const QString &error, PayloadImport::Source source)
{
    PayloadImport result;
    result.source = source;
    result.error = error;
    return result;
}

PayloadImport fromJson(const QByteArray &text, PayloadImport::Source source)
{
    const JsonInput input = JsonInput::parse(text);
    if (!input.ok())
        return failed(input.error, source);
    if (!input.value.isObject())
        return failed(Tr::tr("A message payload must be a JSON object."), source);
    PayloadImport result;
    result.source = source;
    result.body = input.value.toObject();
    return result;
}

PayloadImport fromCurl(const QString &command)
{
    constexpr auto curl = PayloadImport::Source::Curl;
    QString error;
    const QStringList words = shellWords(command, &error);
    if (!error.isEmpty())
        return failed(error, curl);
    QStringList bodies;
    QString url;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const qsizetype eq = word.indexOf(u'=');
        const QString name = word.startsWith(u"--"_s) && eq > 0 ? word.left(eq) : word;
        const bool attachedLong = name.size() != word.size();
        if (dataOptions().contains(name) || (word.startsWith(u"-d"_s) && word.size() > 2)) {
            if (attachedLong)
                bodies.append(word.mid(eq + 1));
            else if (name == u"-d"_s || !word.startsWith(u"-d"_s))
                bodies.append(i + 1 < words.size() ? words.at(++i) : QString());
            else
                bodies.append(word.mid(2)); // -d'{...}'
        } else if (optionsWithValue().contains(name)) {
            const QString value = attachedLong ? word.mid(eq + 1)
                                               : (i + 1 < words.size() ? words.at(++i) : QString());
            if (name == u"--url"_s)
                url = value;
        } else if (!word.startsWith(u'-') && url.isEmpty()) {
            url = word;
        }
    }
    if (bodies.isEmpty())
        return failed(Tr::tr("The curl command sends no body: no -d, --data or --json."), curl);
    if (bodies.size() > 1) {
        return failed(Tr::tr("The curl command has %1 body options; curl would join them with "
                             "\"&\", which is not one JSON payload.")
                          .arg(bodies.size()),
            curl);
    }
    if (bodies.first().startsWith(u'@')) {
        return failed(Tr::tr("The curl command reads its body from the file %1; paste or drop "
                             "that file instead.")
                          .arg(bodies.first().mid(1)),
            curl);
    }
    PayloadImport result = fromJson(bodies.first().toUtf8(), curl);
    if (!result.ok())
        result.error = Tr::tr("The curl command's body is not valid JSON: %1").arg(result.error);
    result.url = url;
    return result;
}

} // namespace

QStringList shellWords(const QString &command, QString *error)
{
    return WordSplitter(command).split(error);
}

PayloadImport PayloadImport::fromText(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"$ "_s))
        trimmed = trimmed.mid(2).trimmed(); // a prompt copied along with the command
    if (trimmed.isEmpty())
        return failed(Tr::tr("There is nothing to import: the text is empty."), Source::Json);
    if (trimmed.startsWith(u"curl"_s) && (trimmed.size() == 4 || trimmed.at(4).isSpace()))
        return fromCurl(trimmed);
    return fromJson(trimmed.toUtf8(), Source::Json);
}

PayloadImport PayloadImport::fromBytes(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u"curl"_s) || trimmed.startsWith(u"$ "_s))
        return fromText(text);
    // The JSON reader gets the bytes themselves: decoding them first would drop a byte order
    // mark and turn what is not UTF-8 into U+FFFD, both without a word.
    return fromJson(bytes, Source::Json);
}

} // namespace Wac
