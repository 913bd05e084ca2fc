// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/httpheadparser.h"

#include "core/coretr.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace Wac {

namespace {

using Error = HttpRequestReader::Error;
using Request = HttpRequestReader::Request;
using Result = HttpHeadParser::Result;

/// 18 decimal digits cannot overflow a qint64.
constexpr qsizetype maxLengthDigits = 18;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](char c) { return std::isdigit(uchar(c)); });
}

/// The comma-separated elements of every `name` header, trimmed and in lower case.
QList<QByteArray> elements(const Request &request, const QByteArray &name)
{
    QList<QByteArray> out;
    for (const auto &[key, value] : request.headers) {
        if (key != name)
            continue;
        for (const QByteArray &part : value.split(',')) {
            const QByteArray element = part.trimmed().toLower();
            if (!element.isEmpty())
                out.append(element);
        }
    }
    return out;
}

Result failure(Error error, const QString &problem)
{
    return {error, problem, 0};
}

Result readRequestLine(const QByteArray &line, Request *request)
{
    const QList<QByteArray> parts = line.split(' ');
    const bool visibleTarget = parts.size() == 3 && !parts.at(1).isEmpty()
        && std::all_of(parts.at(1).cbegin(), parts.at(1).cend(),
            [](char c) { return uchar(c) > 0x20 && uchar(c) < 0x7f; });
    const QByteArray version = parts.value(2);
    const bool versionShape = version.size() == 8 && version.startsWith("HTTP/")
        && std::isdigit(uchar(version.at(5))) && version.at(6) == '.'
        && std::isdigit(uchar(version.at(7)));
    if (!visibleTarget || !isToken(parts.at(0)) || !versionShape)
        return failure(
            Error::Malformed, Tr::tr("The request line is not \"METHOD /path HTTP/1.1\""));
    request->method = parts.at(0);
    request->target = parts.at(1);
    if (version.at(5) != '1')
        return failure(
            Error::UnsupportedVersion, Tr::tr("Only HTTP/1.0 and HTTP/1.1 are understood"));
    // A later 1.x reads as 1.1 (RFC 9110 §2.5).
    request->http11 = version.at(7) != '0';
    request->keepAlive = request->http11;
    return {};
}

bool readHeaderLine(const QByteArray &line, Request *request)
{
    const qsizetype colon = line.indexOf(':');
    // A leading blank is obsolete line folding, one before the colon a smuggling trick: both
    // fail the name's check (RFC 9112 §5.1, §5.2).
    const QByteArray name = line.left(colon);
    const QByteArray value = line.mid(colon + 1).trimmed();
    // Values may hold visible ASCII, blanks and obs-text, never a control character.
    const bool cleanValue = std::all_of(value.cbegin(), value.cend(),
        [](char c) { return c == '\t' || (uchar(c) >= 0x20 && uchar(c) != 0x7f); });
    if (colon <= 0 || !isToken(name) || !cleanValue)
        return false;
    request->headers.append({name.toLower(), value});
    return true;
}

/// Content-Length, perhaps repeated but then the same: -1 without one, -2 when not one number.
qint64 contentLength(const Request &request)
{
    qint64 length = -1;
    for (const QByteArray &element : elements(request, "content-length")) {
        if (element.size() > maxLengthDigits || !isDigits(element))
            return -2;
        if (length >= 0 && element.toLongLong() != length)
            return -2;
        length = element.toLongLong();
    }
    return length;
}

Result readFraming(Request *request)
{
    Request &r = *request;
    const auto hosts = std::count_if(r.headers.cbegin(), r.headers.cend(),
        [](const auto &header) { return header.first == "host"; });
    if (r.http11 && hosts != 1)
        return failure(Error::Malformed, Tr::tr("An HTTP/1.1 request must name its Host once"));
    const qint64 length = contentLength(r);
    if (length == -2)
        return failure(Error::Malformed, Tr::tr("The Content-Length is not one number"));
    const QList<QByteArray> codings = elements(r, "transfer-encoding");
    if (!codings.isEmpty()) {
        // Both lengths at once, or chunked not last, leave the body's end to a guess.
        if (!r.http11 || length >= 0 || codings.constLast() != "chunked")
            return failure(
                Error::Malformed, Tr::tr("The body's length cannot be told for certain"));
        if (codings.size() > 1) {
            return failure(
                Error::UnsupportedCoding, Tr::tr("Only the chunked transfer coding is understood"));
        }
        r.chunked = true;
    }
    const QList<QByteArray> connection = elements(r, "connection");
    if (connection.contains("close"))
        r.keepAlive = false;
    else if (!r.http11 && connection.contains("keep-alive"))
        r.keepAlive = true;
    const QByteArray expect = r.header("expect");
    if (r.http11 && !expect.isNull()) { // HTTP/1.0 has no Expect (RFC 9110 §10.1.1)
        if (expect.toLower() != "100-continue") {
            return failure(Error::UnsupportedExpectation,
                Tr::tr("Only \"Expect: 100-continue\" is understood"));
        }
        r.expectsContinue = r.chunked || length > 0;
    }
    return {Error::None, {}, qMax<qint64>(length, 0)};
}

} // namespace

HttpHeadParser::Result HttpHeadParser::parse(const QByteArray &head, Request *request)
{
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // after the final LF
    lines.removeLast(); // the empty line
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return failure(
                Error::Malformed, Tr::tr("A line of the request holds a bare carriage return"));
    }
    if (Result result = readRequestLine(lines.constFirst(), request); result.error != Error::None)
        return result;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!readHeaderLine(lines.at(i), request))
            return failure(Error::Malformed, Tr::tr("A header line is not \"Name: value\""));
    }
    return readFraming(request);
}

} // namespace Wac
