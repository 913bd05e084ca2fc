// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// What a server (Graph, a proxy, a captive portal) answers, as raw HTTP bytes: the status line,
// the headers and the body are split here as the network stack would, and the body goes to the
// classifier the send client uses (a Graph error envelope, or the status alone without one).
// Whatever comes, the user gets a headline, and the evidence is kept as it came.

#include "net/graphanswer.h"

#include <QJsonObject>

#include <cstdint>

#include "fuzzcheck.h"

using namespace Wac;
using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    qint64 contentLength = -1;
    bool chunked = false;
    QByteArray body;
};

/// "HTTP/1.1 404 Not Found" → 404; 0 when the line is no status line.
int statusOf(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() < 2 || !parts.at(0).startsWith("HTTP/"))
        return 0;
    bool ok = false;
    const int status = parts.at(1).toInt(&ok);
    return ok && status >= 100 && status <= 999 ? status : 0;
}

/// The chunks of a chunked body joined, up to the first one that cannot be read.
QByteArray dechunked(const QByteArray &raw)
{
    QByteArray body;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qint64 length =
            raw.mid(pos, eol - pos).split(';').at(0).trimmed().toLongLong(&ok, 16);
        if (!ok || length <= 0 || length > raw.size() - eol - 2)
            break;
        body += raw.mid(eol + 2, qsizetype(length));
        pos = eol + 2 + qsizetype(length) + 2;
    }
    return body;
}

Answer split(const QByteArray &bytes)
{
    Answer answer;
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = bytes.left(headEnd < 0 ? bytes.size() : headEnd).split('\n');
    answer.status = statusOf(lines.value(0).trimmed());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (colon > 0 && name == "content-length")
            answer.contentLength = value.toLongLong();
        else if (colon > 0 && name == "transfer-encoding")
            answer.chunked = value.toLower().contains("chunked");
    }
    const QByteArray raw = headEnd < 0 ? QByteArray() : bytes.mid(headEnd + 4);
    answer.body = answer.chunked ? dechunked(raw)
        : answer.contentLength >= 0
        ? raw.left(qsizetype(qMin<qint64>(answer.contentLength, raw.size())))
        : raw;
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Answer answer = split(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (answer.status == 0)
        return 0;
    for (const bool isGet : {false, true}) {
        const SendResult result = GraphAnswer::classify(
            answer.status, answer.body, answer.contentLength, u"https://example.test/"_s, isGet);
        WAC_FUZZ_CHECK(result.body == answer.body, "the evidence is kept as it came");
        if (result.outcome == SendResult::Outcome::Accepted) {
            WAC_FUZZ_CHECK(answer.status >= 200 && answer.status < 300, "only a 2xx is accepted");
            continue;
        }
        const ApiError &error = result.error;
        WAC_FUZZ_CHECK(error.httpStatus == answer.status, "the status is kept");
        WAC_FUZZ_CHECK(error.isError(), "what is not accepted is an error");
        if (answer.status >= 500)
            WAC_FUZZ_CHECK(result.outcome == SendResult::Outcome::Unknown,
                "after a 5xx nobody can say the message did not go out");
        WAC_FUZZ_CHECK(!error.headline().isEmpty(), "the user is told what happened");
        (void)error.hint();
        (void)error.needsNewToken();
        const QJsonObject graph = result.response.value(u"error").toObject();
        if (answer.status >= 300 && !graph.isEmpty())
            WAC_FUZZ_CHECK(error.message == graph.value(u"message").toString(),
                "the server's own words are kept verbatim");
    }
    return 0;
}
