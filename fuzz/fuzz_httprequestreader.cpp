// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// The webhook receiver's HTTP/1.1 reader, fed what a client that cannot be trusted sends. The
// first byte says how the rest arrives (in pieces of 1 to 64 bytes, as a slow or hostile client
// sends them); however the bytes are cut, the requests read and the failure must be the same as
// when they all come at once.

#include <cstdint>

#include "fuzzcheck.h"
#include "services/httprequestreader.h"

using namespace Wac;

namespace {

constexpr qint64 maxBody = 4096; // small, so that the fuzzer reaches the limit

/// What the reader made of `bytes` fed `piece` bytes at a time, as text to compare.
QByteArray readAll(const QByteArray &bytes, qsizetype piece)
{
    HttpRequestReader reader(maxBody);
    QByteArray trace;
    for (qsizetype pos = 0; pos < bytes.size(); pos += piece) {
        reader.feed(bytes.mid(pos, piece));
        for (;;) {
            const HttpRequestReader::Step step = reader.next();
            if (step == HttpRequestReader::Step::NeedMore)
                break;
            if (step == HttpRequestReader::Step::HeadReady) {
                reader.acceptBody();
                continue;
            }
            if (step == HttpRequestReader::Step::Failed) {
                WAC_FUZZ_CHECK(reader.errorStatus() >= 400, "a failure has an error status");
                WAC_FUZZ_CHECK(reader.error() == HttpRequestReader::Error::BodyTooLarge
                        || !reader.problem().isEmpty(),
                    "a failure says why");
                return trace + "failed " + QByteArray::number(reader.errorStatus());
            }
            const HttpRequestReader::Request &request = reader.request();
            WAC_FUZZ_CHECK(request.body.size() <= maxBody, "the body keeps to its limit");
            trace += request.method + ' ' + request.target + ' '
                + QByteArray::number(request.headers.size()) + ' '
                + QByteArray::number(request.body.size()) + ' ' + request.body.left(16).toHex()
                + (request.keepAlive ? " keep\n" : " close\n");
        }
    }
    return trace + (reader.isBetweenRequests() ? "idle" : "partial");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const QByteArray whole = readAll(bytes, qMax<qsizetype>(1, bytes.size()));
    const QByteArray cut = readAll(bytes, piece);
    WAC_FUZZ_CHECK(whole == cut, "bytes cut in pieces read as when they come at once");
    return 0;
}
