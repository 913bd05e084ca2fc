// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/jsonlexer.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace Wac {

/**
 * A strict RFC 8259 reader of UTF-8 JSON text. Unlike QJsonDocument::fromJson it refuses what
 * the RFC forbids (raw control characters in strings, `.5`, `1.`, a byte order mark, invalid
 * UTF-8, a surrogate's UTF-8 bytes), takes any value at the top level, and never changes what it
 * read (a lone surrogate's escape, which the grammar allows, is kept as the one unit it names):
 * a duplicate key, or a number a double cannot hold exactly (`1e999`, `1e-999`, an integer
 * beyond ±2^53, more digits than a double keeps), is an error naming its JSON Pointer.
 *
 * On failure, `offset` is the byte where the reason applies (JsonInput turns it into a line
 * and a column).
 */
class JsonParser
{
public:
    struct Result
    {
        QJsonValue value;
        QString reason; ///< empty when the text parsed
        qsizetype offset = -1; ///< byte offset of the error in the text
    };

    static Result parse(const QByteArray &text);

    /// Nesting deeper than this is refused rather than risking the stack.
    static constexpr int maxDepth = 512;

private:
    explicit JsonParser(const QByteArray &text)
        : m_lex(text)
    { }

    /// One step of the way to the value being read: a key, or an index when `index` >= 0.
    /// The pointer is built from these only for an error: most values never need theirs.
    struct Step
    {
        QString key;
        qsizetype index = -1;
    };

    bool value(QJsonValue &out);
    bool object(QJsonValue &out);
    bool array(QJsonValue &out);
    bool number(QJsonValue &out);
    bool literal(const char *word, const QJsonValue &meaning, QJsonValue &out);
    bool nested();
    /// Where the value being read is, for a message: its JSON Pointer.
    QString pointer() const;

    JsonLexer m_lex;
    std::vector<Step> m_path;
};

} // namespace Wac
