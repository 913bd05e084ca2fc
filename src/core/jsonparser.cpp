// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsonparser.h"

#include "core/coretr.h"
#include "core/jsonnumber.h"
#include "core/jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstring>

namespace Wac {

JsonParser::Result JsonParser::parse(const QByteArray &text)
{
    JsonParser parser(text);
    JsonLexer &lex = parser.m_lex;
    Result result;
    QJsonValue root;
    if (text.startsWith("\xef\xbb\xbf")) {
        lex.fail(0,
            Tr::tr("the text starts with a byte order mark (U+FEFF), which JSON text "
                   "must not have (RFC 8259 §8.1); save it as UTF-8 without a BOM"));
    } else {
        lex.skipSpace();
        if (parser.value(root)) {
            lex.skipSpace();
            if (!lex.atEnd()) {
                lex.fail(lex.position(),
                    Tr::tr("there is more after the end of the JSON value: %1")
                        .arg(lex.shownCharacter(lex.position())));
            }
        }
    }
    result.reason = lex.reason();
    result.offset = lex.errorOffset();
    if (result.reason.isEmpty())
        result.value = root;
    return result;
}

QString JsonParser::pointer() const
{
    QString built;
    for (const Step &step : m_path) {
        built = step.index >= 0 ? JsonPointer::child(built, step.index)
                                : JsonPointer::child(built, step.key);
    }
    return built.isEmpty() ? Tr::tr("the top level") : built;
}

bool JsonParser::value(QJsonValue &out)
{
    if (m_lex.atEnd())
        return m_lex.fail(m_lex.position(), Tr::tr("the text ends where a value should be"));
    const char c = m_lex.peek();
    switch (c) {
    case '{':
        return object(out);
    case '[':
        return array(out);
    case '"': {
        QString text;
        if (!m_lex.string(text))
            return false;
        out = text;
        return true;
    }
    case 't':
        return literal("true", true, out);
    case 'f':
        return literal("false", false, out);
    case 'n':
        return literal("null", QJsonValue::Null, out);
    case '\'':
        return m_lex.fail(
            m_lex.position(), Tr::tr("JSON strings take double quotes (\"), not single ones"));
    default:
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))
            return number(out);
        return m_lex.fail(m_lex.position(),
            Tr::tr("%1 where a value should be (an object, an array, a string in double quotes, "
                   "a number, true, false or null)")
                .arg(m_lex.shownCharacter(m_lex.position())));
    }
}

bool JsonParser::literal(const char *word, const QJsonValue &meaning, QJsonValue &out)
{
    if (!m_lex.startsWith(word)) {
        return m_lex.fail(m_lex.position(),
            Tr::tr("a word JSON does not know where a value should be; its only words are true, "
                   "false and null, and a string needs double quotes"));
    }
    m_lex.advance(qsizetype(std::strlen(word)));
    out = meaning;
    return true;
}

bool JsonParser::number(QJsonValue &out)
{
    const qsizetype start = m_lex.position();
    QByteArray literal;
    if (!m_lex.numberLiteral(literal))
        return false;
    const JsonNumber::Result read = JsonNumber::read(literal);
    if (!read.reason.isEmpty())
        return m_lex.fail(start, Tr::tr("%1: %2").arg(pointer(), read.reason));
    out = read.value;
    return true;
}

bool JsonParser::nested()
{
    if (m_path.size() < std::size_t(maxDepth)) {
        m_lex.advance();
        m_lex.skipSpace();
        return true;
    }
    return m_lex.fail(
        m_lex.position(), Tr::tr("the values nest more than %1 levels deep").arg(maxDepth));
}

bool JsonParser::object(QJsonValue &out)
{
    struct Member
    {
        QString key;
        QJsonValue value;
        qsizetype at;
    };

    std::vector<Member> members;
    if (!nested())
        return false;
    for (bool first = true; first || m_lex.peek() != '}'; first = false) {
        if (first && m_lex.peek() == '}')
            break;
        if (m_lex.peek() != '"') {
            if (m_lex.atEnd())
                return m_lex.fail(m_lex.position(), Tr::tr("the text ends inside an object"));
            return m_lex.fail(m_lex.position(),
                m_lex.peek() == '}'
                    ? Tr::tr("a comma before the closing } (a trailing comma) is not JSON")
                    : Tr::tr("%1 where a key in double quotes should be")
                          .arg(m_lex.shownCharacter(m_lex.position())));
        }
        Member member {QString(), QJsonValue(), m_lex.position()};
        if (!m_lex.string(member.key))
            return false;
        m_lex.skipSpace();
        if (m_lex.peek() != ':') {
            return m_lex.fail(m_lex.position(),
                Tr::tr("a colon (:) should follow the key \"%1\"").arg(member.key));
        }
        m_lex.advance();
        m_lex.skipSpace();
        m_path.push_back({member.key, -1});
        const bool ok = value(member.value);
        m_path.pop_back();
        if (!ok)
            return false;
        members.push_back(std::move(member));
        m_lex.skipSpace();
        if (m_lex.peek() == ',') {
            m_lex.advance();
            m_lex.skipSpace();
            if (m_lex.peek() == '}') // else the loop would end at it
                return m_lex.fail(m_lex.position(),
                    Tr::tr("a comma before the closing } (a trailing comma) is not JSON"));
            continue;
        }
        if (m_lex.peek() != '}') {
            return m_lex.fail(m_lex.position(),
                m_lex.atEnd() ? Tr::tr("the text ends inside an object")
                              : Tr::tr("%1 where a comma or the closing } should be")
                                    .arg(m_lex.shownCharacter(m_lex.position())));
        }
    }
    m_lex.advance();
    // Sorted, the keys go in at the object's end (QJsonObject keeps them sorted, so nothing
    // shifts) and a repeated key sits next to its twin.
    std::stable_sort(members.begin(), members.end(),
        [](const Member &a, const Member &b) { return a.key < b.key; });
    QJsonObject built;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i > 0 && members[i].key == members[i - 1].key) {
            // Readers disagree on which twin wins (Qt's keeps the last): neither is taken.
            return m_lex.fail(members[i].at,
                Tr::tr("the key \"%1\" appears twice in %2; remove one")
                    .arg(members[i].key, pointer()));
        }
        built.insert(members[i].key, members[i].value);
    }
    out = built;
    return true;
}

bool JsonParser::array(QJsonValue &out)
{
    QJsonArray built;
    if (!nested())
        return false;
    for (bool first = true; first || m_lex.peek() != ']'; first = false) {
        if (first && m_lex.peek() == ']')
            break;
        QJsonValue element;
        m_path.push_back({QString(), built.size()});
        const bool ok = value(element);
        m_path.pop_back();
        if (!ok)
            return false;
        built.append(element);
        m_lex.skipSpace();
        if (m_lex.peek() == ',') {
            m_lex.advance();
            m_lex.skipSpace();
            if (m_lex.peek() == ']')
                return m_lex.fail(m_lex.position(),
                    Tr::tr("a comma before the closing ] (a trailing comma) is not JSON"));
            continue;
        }
        if (m_lex.peek() != ']') {
            return m_lex.fail(m_lex.position(),
                m_lex.atEnd() ? Tr::tr("the text ends inside an array")
                              : Tr::tr("%1 where a comma or the closing ] should be")
                                    .arg(m_lex.shownCharacter(m_lex.position())));
        }
    }
    m_lex.advance();
    out = built;
    return true;
}

} // namespace Wac
