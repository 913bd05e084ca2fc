// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "services/httprequestreader.h"

namespace Wac {

/**
 * The head of one HTTP/1.1 request (RFC 9112 §3, §5, §6), read whole once its empty line has
 * come: the request line, the header fields, and what they say of the body's framing. What
 * could be read two ways (two lengths, a space before a colon, a folded line) is an error, as
 * a proxy in front may have read it the other way: that is how requests get smuggled.
 */
class HttpHeadParser
{
public:
    struct Result
    {
        HttpRequestReader::Error error = HttpRequestReader::Error::None;
        QString problem; ///< in the user's words
        qint64 contentLength = 0; ///< 0 without a Content-Length
    };

    /// Reads `head` (its lines up to and with the empty one) into `request`.
    static Result parse(const QByteArray &head, HttpRequestReader::Request *request);
};

} // namespace Wac
