// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/httprequestreader.h"

#include "core/coretr.h"

#include <algorithm>
#include <cctype>

#include "services/httpheadparser.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

/// A chunk-size line with its extensions; real ones are a few bytes.
constexpr qsizetype maxChunkLineBytes = 4096;

/// Extensions may hold visible ASCII, blanks and obs-text, never a control character.
bool isClean(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(),
        [](char c) { return c == '\t' || (uchar(c) >= 0x20 && uchar(c) != 0x7f); });
}

} // namespace

QByteArray HttpRequestReader::Request::header(const QByteArray &lowerName) const
{
    for (const auto &[key, value] : headers) {
        if (key == lowerName)
            return value;
    }
    return {};
}

HttpRequestReader::HttpRequestReader(qint64 maxBodyBytes)
    : m_maxBody(maxBodyBytes)
{ }

void HttpRequestReader::feed(const QByteArray &bytes)
{
    if (m_phase != Phase::Failed)
        m_in.append(bytes);
}

HttpRequestReader::Step HttpRequestReader::next()
{
    if (m_phase == Phase::Done) {
        m_request = {};
        m_phase = Phase::Head;
    }
    for (;;) {
        const Phase before = m_phase;
        Step step = Step::NeedMore;
        switch (m_phase) {
        case Phase::Head:
            step = readHead();
            break;
        case Phase::AwaitContinue:
            return Step::HeadReady;
        case Phase::Body:
        case Phase::ChunkData:
            step = readBody();
            break;
        case Phase::ChunkSize:
            step = readChunkSize();
            break;
        case Phase::ChunkEnd:
            step = readChunkEnd();
            break;
        case Phase::Trailer:
            step = readTrailer();
            break;
        case Phase::Done:
            return Step::RequestReady;
        case Phase::Failed:
            return Step::Failed;
        }
        if (step != Step::NeedMore || m_phase == before)
            break;
    }
    if (m_phase == Phase::Done)
        return Step::RequestReady;
    if (m_phase == Phase::Failed)
        return Step::Failed;
    if (m_phase == Phase::AwaitContinue)
        return Step::HeadReady;
    // Out of bytes: drop what was read, keeping only an unfinished head, trailer or chunk line.
    m_in.remove(0, m_pos);
    m_pos = 0;
    return Step::NeedMore;
}

void HttpRequestReader::acceptBody()
{
    if (m_phase == Phase::AwaitContinue)
        m_phase = m_request.chunked ? Phase::ChunkSize : Phase::Body;
}

int HttpRequestReader::errorStatus() const
{
    switch (m_error) {
    case Error::None:
        return 0;
    case Error::Malformed:
        return 400;
    case Error::HeadTooLarge:
        return 431;
    case Error::BodyTooLarge:
        return 413;
    case Error::UnsupportedExpectation:
        return 417;
    case Error::UnsupportedCoding:
        return 501;
    case Error::UnsupportedVersion:
        return 505;
    }
    return 400;
}

bool HttpRequestReader::isBetweenRequests() const
{
    return (m_phase == Phase::Head || m_phase == Phase::Done) && available() == 0;
}

qsizetype HttpRequestReader::sectionLength()
{
    for (;;) {
        const qsizetype nl = m_in.indexOf('\n', m_pos + m_scan);
        if (nl < 0) {
            m_scan = available();
            return 0;
        }
        const qsizetype lineLength = nl - m_pos - m_lineStart;
        const bool empty = lineLength == 0 || (lineLength == 1 && m_in.at(nl - 1) == '\r');
        m_scan = m_lineStart = nl + 1 - m_pos;
        if (empty)
            return m_scan;
    }
}

void HttpRequestReader::restartSection()
{
    m_scan = 0;
    m_lineStart = 0;
}

bool HttpRequestReader::requestLineSoFarIsText() const
{
    // Only the bytes not yet searched, so a head that comes a byte at a time costs no more.
    for (qsizetype i = m_pos + m_scan; m_lineStart == 0 && i < m_in.size(); ++i) {
        const auto c = uchar(m_in.at(i));
        if (c == '\n')
            break;
        if ((c < 0x20 && c != '\r') || c >= 0x7f)
            return false;
    }
    return true;
}

HttpRequestReader::Step HttpRequestReader::readHead()
{
    for (;;) {
        if (!requestLineSoFarIsText()) {
            return fail(
                Error::Malformed, Tr::tr("The request line is not \"METHOD /path HTTP/1.1\""));
        }
        const qsizetype length = sectionLength();
        if (length > maxHeadBytes || (length == 0 && m_scan > maxHeadBytes)) {
            return fail(Error::HeadTooLarge,
                Tr::tr("The request line and headers are over %1 KB").arg(maxHeadBytes / 1024));
        }
        if (length == 0)
            return Step::NeedMore;
        const QByteArray head = m_in.mid(m_pos, length);
        m_pos += length;
        restartSection();
        // An empty line before the request line is skipped (RFC 9112 §2.2): some clients
        // end a body with an extra CRLF.
        if (length <= 2)
            continue;
        const HttpHeadParser::Result result = HttpHeadParser::parse(head, &m_request);
        if (result.error != Error::None)
            return fail(result.error, result.problem);
        if (result.contentLength > m_maxBody) {
            m_refusedSize = result.contentLength;
            return fail(Error::BodyTooLarge, {});
        }
        m_remaining = result.contentLength;
        return startBody();
    }
}

HttpRequestReader::Step HttpRequestReader::startBody()
{
    if (!m_request.chunked && m_remaining == 0) {
        m_phase = Phase::Done;
        return Step::RequestReady;
    }
    if (!m_request.chunked && m_remaining <= maxHeadBytes)
        m_request.body.reserve(m_remaining); // only a small one: a length costs a liar nothing
    if (m_request.expectsContinue)
        m_phase = Phase::AwaitContinue;
    else
        m_phase = m_request.chunked ? Phase::ChunkSize : Phase::Body;
    return Step::NeedMore;
}

HttpRequestReader::Step HttpRequestReader::readBody()
{
    const qsizetype n = qsizetype(qMin<qint64>(available(), m_remaining));
    m_request.body.append(m_in.constData() + m_pos, n);
    m_pos += n;
    m_remaining -= n;
    if (m_remaining == 0)
        m_phase = m_phase == Phase::ChunkData ? Phase::ChunkEnd : Phase::Done;
    return Step::NeedMore;
}

HttpRequestReader::Step HttpRequestReader::readChunkSize()
{
    const qsizetype nl = m_in.indexOf('\n', m_pos);
    if ((nl < 0 && available() > maxChunkLineBytes) || nl - m_pos > maxChunkLineBytes)
        return fail(Error::Malformed, Tr::tr("A chunk's size line is too long"));
    if (nl < 0)
        return Step::NeedMore;
    QByteArray line = m_in.mid(m_pos, nl - m_pos);
    m_pos = nl + 1;
    if (line.endsWith('\r'))
        line.chop(1);
    qint64 size = 0;
    qsizetype i = 0;
    for (; i < line.size() && std::isxdigit(uchar(line.at(i))); ++i) {
        const char c = char(std::tolower(uchar(line.at(i))));
        size = size * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
        if (m_request.body.size() + size > m_maxBody) {
            m_refusedSize = m_request.body.size() + size;
            return fail(Error::BodyTooLarge, {});
        }
    }
    // After the size only extensions may follow: ";name=value", perhaps after blanks.
    const QByteArray rest = line.mid(i).trimmed();
    if (i == 0 || (!rest.isEmpty() && !rest.startsWith(';')) || !isClean(rest))
        return fail(Error::Malformed, Tr::tr("A chunk's size is not a hexadecimal number"));
    m_remaining = size;
    m_phase = size == 0 ? Phase::Trailer : Phase::ChunkData;
    return Step::NeedMore;
}

HttpRequestReader::Step HttpRequestReader::readChunkEnd()
{
    const bool crlf = available() >= 2 && m_in.at(m_pos) == '\r' && m_in.at(m_pos + 1) == '\n';
    const bool lf = available() >= 1 && m_in.at(m_pos) == '\n';
    if (crlf || lf) {
        m_pos += crlf ? 2 : 1;
        m_phase = Phase::ChunkSize;
        return Step::NeedMore;
    }
    if (available() == 0 || (available() == 1 && m_in.at(m_pos) == '\r'))
        return Step::NeedMore;
    return fail(Error::Malformed, Tr::tr("A chunk is longer than its size says"));
}

HttpRequestReader::Step HttpRequestReader::readTrailer()
{
    const qsizetype length = sectionLength();
    if (length > maxHeadBytes || (length == 0 && m_scan > maxHeadBytes)) {
        return fail(Error::HeadTooLarge,
            Tr::tr("The fields after the chunks are over %1 KB").arg(maxHeadBytes / 1024));
    }
    if (length == 0)
        return Step::NeedMore;
    m_pos += length; // trailer fields are read past: nothing here needs them
    restartSection();
    m_phase = Phase::Done;
    return Step::RequestReady;
}

HttpRequestReader::Step HttpRequestReader::fail(Error error, const QString &problem)
{
    m_error = error;
    m_problem = problem;
    m_phase = Phase::Failed;
    m_in.clear();
    m_pos = 0;
    return Step::Failed;
}

} // namespace Wac
