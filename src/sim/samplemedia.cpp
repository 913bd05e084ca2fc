// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/samplemedia.h"

#include <QList>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray littleEndian(quint32 value)
{
    QByteArray out(4, '\0');
    qToLittleEndian(value, out.data());
    return out;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray typed = type + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}

/// VP8L writes its fields least significant bit first.
class BitWriter
{
public:
    void put(quint32 value, int bits)
    {
        for (int i = 0; i < bits; ++i) {
            if (m_used == 0)
                m_bytes.append('\0');
            if (value & (1u << i))
                m_bytes[m_bytes.size() - 1] = char(quint8(m_bytes.back()) | (1u << m_used));
            m_used = (m_used + 1) % 8;
        }
    }

    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    int m_used = 0;
};

} // namespace

SampleMedia SampleMedia::forType(const QString &type)
{
    if (type == u"image"_s)
        return {"image/png", png(96, 64), {}};
    if (type == u"sticker"_s)
        return {"image/webp", webp(512, 512, 0x25d366), {}};
    if (type == u"audio"_s)
        return {"audio/mpeg", mp3(38), {}}; // about one second
    if (type == u"document"_s)
        return {"application/pdf", pdf("Simulated document"), u"document.pdf"_s};
    return {};
}

QByteArray SampleMedia::png(int width, int height)
{
    QByteArray rows;
    rows.reserve(height * (1 + 3 * width));
    for (int y = 0; y < height; ++y) {
        rows.append('\0'); // filter type None
        for (int x = 0; x < width; ++x) {
            rows.append(char(37 + 180 * x / qMax(1, width - 1)));
            rows.append(char(211 - 120 * y / qMax(1, height - 1)));
            rows.append(char(102 + 60 * (x + y) / qMax(1, width + height - 2)));
        }
    }
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header += QByteArray("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, deflate, no interlace
    // qCompress gives a zlib stream behind its own 4-byte length: the stream is what PNG wants.
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header)
        + pngChunk("IDAT", qCompress(rows, 9).mid(4)) + pngChunk("IEND", {});
}

QByteArray SampleMedia::webp(int width, int height, quint32 rgb)
{
    // One colour needs no transform, no colour cache and no meta codes; each of the five prefix
    // codes is a "simple" code of one symbol, which takes no bits, so every pixel costs nothing.
    BitWriter bits;
    bits.put(quint32(width - 1), 14);
    bits.put(quint32(height - 1), 14);
    bits.put(0, 1); // alpha_is_used
    bits.put(0, 3); // version
    bits.put(0, 1); // no transform
    bits.put(0, 1); // no colour cache
    bits.put(0, 1); // no meta prefix codes
    const quint32 green = (rgb >> 8) & 0xff;
    const quint32 red = (rgb >> 16) & 0xff;
    const quint32 blue = rgb & 0xff;
    for (const quint32 symbol : {green, red, blue, 0xffu}) {
        bits.put(1, 1); // simple code
        bits.put(0, 1); // one symbol
        bits.put(1, 1); // of 8 bits
        bits.put(symbol, 8);
    }
    bits.put(1, 1); // distance: simple code, one symbol, 1 bit, symbol 0
    bits.put(0, 1);
    bits.put(0, 1);
    bits.put(0, 1);
    QByteArray chunk = '\x2f' + bits.bytes();
    const quint32 chunkSize = quint32(chunk.size());
    if (chunk.size() % 2 != 0)
        chunk.append('\0'); // RIFF chunks are padded to an even size
    const QByteArray body = "WEBP" + QByteArray("VP8L") + littleEndian(chunkSize) + chunk;
    return "RIFF" + littleEndian(quint32(body.size())) + body;
}

QByteArray SampleMedia::mp3(int frames)
{
    // 144 × 128000 / 44100 bytes per frame; zero side information decodes as silence.
    constexpr int frameBytes = 417;
    QByteArray frame(frameBytes, '\0');
    frame[0] = char(0xff);
    frame[1] = char(0xfb); // MPEG-1, Layer III, no CRC
    frame[2] = char(0x90); // 128 kbit/s, 44.1 kHz, no padding
    frame[3] = char(0xc0); // mono
    return frame.repeated(frames);
}

QByteArray SampleMedia::pdf(const QByteArray &text)
{
    const QByteArray content = "BT /F1 18 Tf 24 60 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 140] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray out = "%PDF-1.4\n";
    QByteArray xref =
        "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype i = 0; i < objects.size(); ++i) {
        // Each cross-reference entry is exactly 20 bytes: the object's byte offset, padded.
        xref += QByteArray::number(out.size()).rightJustified(10, '0') + " 00000 n \n";
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xrefAt = out.size();
    out += xref + "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace Wac::Sim
