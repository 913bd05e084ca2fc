// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The request reader whatever the network does to the bytes: a delivery reads the same however
// TCP splits it, and hostile bytes end in a refusal, never a crash or a body past the limit.
#include <QRandomGenerator>
#include <QTest>

#include "services/httprequestreader.h"

using namespace Wac;

namespace {

constexpr qint64 limit = 4096;

/// What a reader made of the bytes: each request as "METHOD target body", or "failed 400".
QByteArrayList drain(HttpRequestReader &reader)
{
    QByteArrayList out;
    for (;;) {
        switch (reader.next()) {
        case HttpRequestReader::Step::NeedMore:
            return out;
        case HttpRequestReader::Step::HeadReady:
            reader.acceptBody();
            break;
        case HttpRequestReader::Step::RequestReady: {
            const auto &request = reader.request();
            if (request.body.size() > limit)
                out.append("a body past the limit");
            out.append(request.method + ' ' + request.target + ' ' + request.body);
            break;
        }
        case HttpRequestReader::Step::Failed:
            out.append("failed " + QByteArray::number(reader.errorStatus()));
            return out;
        }
    }
}

QByteArrayList readInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    HttpRequestReader reader(limit);
    QByteArrayList out;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        reader.feed(bytes.mid(from, cut - from));
        out += drain(reader);
        from = cut;
    }
    reader.feed(bytes.mid(from));
    return out + drain(reader);
}

// Two deliveries back to back: one chunked with an extension and a trailer, one with a length,
// and between them the stray CRLF some clients send after a body.
const QByteArray pipelined = "POST /webhook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                             "Expect: 100-continue\r\n\r\n"
                             "7;part=1\r\n{\"a\":1,\r\n6\r\n\"b\":2}\r\n0\r\nX-Trailer: t\r\n\r\n"
                             "\r\n"
                             "POST /webhook?x=1 HTTP/1.1\r\nhost: x\r\ncontent-length: 10\r\n\r\n"
                             "{\"c\":\"é\"}";

} // namespace

class TestHttpRequestReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSameHoweverSplit();
    void bareLineFeedsAreLinesToo();
    void hostileBytesEndInARefusal();
};

void TestHttpRequestReader::readsTheSameHoweverSplit()
{
    const QByteArrayList whole = readInPieces(pipelined, {});
    QCOMPARE(whole,
        QByteArrayList({"POST /webhook {\"a\":1,\"b\":2}", "POST /webhook?x=1 {\"c\":\"é\"}"}));
    for (qsizetype cut = 1; cut < pipelined.size(); ++cut)
        QCOMPARE(readInPieces(pipelined, {cut}), whole);
    QList<qsizetype> everyByte;
    for (qsizetype cut = 1; cut < pipelined.size(); ++cut)
        everyByte.append(cut);
    QCOMPARE(readInPieces(pipelined, everyByte), whole);
}

void TestHttpRequestReader::bareLineFeedsAreLinesToo()
{
    // What `printf ... | nc` sends: lines ended by LF alone.
    const QByteArray lf = "POST /webhook HTTP/1.1\nHost: x\nContent-Length: 2\n\n{}";
    QCOMPARE(readInPieces(lf, {}), QByteArrayList {"POST /webhook {}"});
}

void TestHttpRequestReader::hostileBytesEndInARefusal()
{
    const QList<int> refusals = {400, 413, 417, 431, 501, 505};
    QRandomGenerator rng(4242);
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes = pipelined;
        for (int m = 0, n = 1 + rng.bounded(6); m < n; ++m) {
            const qsizetype at = rng.bounded(bytes.size());
            switch (rng.bounded(4)) {
            case 0:
                bytes[at] = char(rng.bounded(256));
                break;
            case 1:
                bytes.insert(at, char(rng.bounded(256)));
                break;
            case 2:
                bytes.remove(at, 1 + rng.bounded(8));
                break;
            default: // a long run of one byte: lengths, hex sizes, lines past their limits
                bytes.insert(at, QByteArray(rng.bounded(70000), "0f\r\n :"[rng.bounded(6)]));
            }
        }
        QList<qsizetype> cuts;
        for (qsizetype at = rng.bounded(64); at < bytes.size(); at += 1 + rng.bounded(512))
            cuts.append(at);
        const QByteArrayList out = readInPieces(bytes, cuts);
        for (const QByteArray &result : out) {
            if (result.startsWith("failed ")) {
                QVERIFY2(refusals.contains(result.mid(7).toInt()), result.constData());
                QCOMPARE(result, out.constLast()); // nothing is read after a refusal
            }
            QVERIFY(result != "a body past the limit");
        }
    }
}

QTEST_APPLESS_MAIN(TestHttpRequestReader)
#include "tst_httprequestreader.moc"
