// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Wac {

/**
 * HTTP/1.1 requests (RFC 9112) read from the bytes of one connection as they arrive, for a
 * server that must not trust its client: the head and the body have limits, and what cannot be
 * read for certain fails instead of being guessed at (a guessed framing is how requests get
 * smuggled). The reader keeps no more than one head, one body and the bytes last fed.
 *
 * Feed it what the socket gave, then call next() until it says NeedMore, and only then feed
 * again. After RequestReady, request() is complete until the next call to next(). After Failed,
 * answer errorStatus() and close: the stream cannot be read on.
 */
class HttpRequestReader
{
public:
    /// The request line and the header fields together; also the trailer's limit.
    static constexpr qsizetype maxHeadBytes = 64 * 1024;

    struct Request
    {
        QByteArray method;
        QByteArray target; ///< as sent, e.g. "/webhook?hub.mode=subscribe"
        QList<std::pair<QByteArray, QByteArray>> headers; ///< names in lower case, values trimmed
        QByteArray body;
        bool http11 = true; ///< false for HTTP/1.0
        bool keepAlive = true; ///< the client keeps the connection open after the answer
        bool expectsContinue = false; ///< "Expect: 100-continue" with a body to come
        bool chunked = false;

        /// The first value of the header `lowerName` (in lower case), or a null array.
        QByteArray header(const QByteArray &lowerName) const;
    };

    enum class Step
    {
        NeedMore,
        /// The head asks for 100-continue: write it and call acceptBody(), or answer and close.
        HeadReady,
        RequestReady,
        Failed,
    };

    enum class Error
    {
        None,
        Malformed, ///< 400
        HeadTooLarge, ///< 431
        BodyTooLarge, ///< 413, known from Content-Length or from a chunk's size
        UnsupportedExpectation, ///< 417
        UnsupportedCoding, ///< 501: a transfer coding other than chunked
        UnsupportedVersion, ///< 505
    };

    explicit HttpRequestReader(qint64 maxBodyBytes);

    void feed(const QByteArray &bytes);
    Step next();
    /// After HeadReady: the body is wanted.
    void acceptBody();

    /// After HeadReady and RequestReady; after Failed, as much of the head as was read.
    const Request &request() const { return m_request; }

    Error error() const { return m_error; }

    int errorStatus() const;

    /// What was wrong, in the user's words; empty for BodyTooLarge, whose words depend on
    /// whose limit it is (see refusedBodySize()).
    QString problem() const { return m_problem; }

    /// For BodyTooLarge: the declared length, or what the chunks came to with the one that
    /// passed the limit.
    qint64 refusedBodySize() const { return m_refusedSize; }

    /// True while no byte of a next request has come: a connection closed now loses nothing.
    bool isBetweenRequests() const;

private:
    enum class Phase
    {
        Head,
        AwaitContinue,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailer,
        Done,
        Failed,
    };

    qsizetype sectionLength();
    void restartSection();
    /// What came of the request line is printable: a TLS hello, say, is refused at once
    /// instead of waiting for an empty line that never comes.
    bool requestLineSoFarIsText() const;
    Step readHead();
    Step startBody();
    Step readBody();
    Step readChunkSize();
    Step readChunkEnd();
    Step readTrailer();
    Step fail(Error error, const QString &problem);

    qsizetype available() const { return m_in.size() - m_pos; }

    qint64 m_maxBody;
    QByteArray m_in;
    qsizetype m_pos = 0; ///< where the unread part of m_in starts
    qsizetype m_scan = 0; ///< how far the head (or trailer) was searched, from m_pos
    qsizetype m_lineStart = 0; ///< where its unfinished line starts, from m_pos
    Phase m_phase = Phase::Head;
    Request m_request;
    qint64 m_remaining = 0; ///< of the body, or of the current chunk
    Error m_error = Error::None;
    QString m_problem;
    qint64 m_refusedSize = 0;
};

} // namespace Wac
