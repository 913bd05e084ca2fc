// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/multipart.h"

namespace Wac::Sim {

namespace {

QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    for (QByteArray piece : header.split(';')) {
        piece = piece.trimmed();
        if (!piece.startsWith(QByteArray(name + '=')))
            continue;
        QByteArray value = piece.mid(name.size() + 1);
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

std::optional<FormPart> parsePart(const QByteArray &raw)
{
    const qsizetype split = raw.indexOf("\r\n\r\n");
    if (split < 0)
        return std::nullopt;
    FormPart part;
    part.data = raw.mid(split + 4);
    for (const QByteArray &line : raw.left(split).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype colon = trimmed.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = trimmed.left(colon).trimmed().toLower();
        const QByteArray value = trimmed.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            part.name = parameter(value, "name");
            part.fileName = parameter(value, "filename");
        } else if (name == "content-type") {
            part.contentType = value;
        }
    }
    return part;
}

} // namespace

std::optional<QList<FormPart>> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    QList<FormPart> parts;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(pos, 2) == "\r\n")
            pos += 2;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), pos);
        if (next < 0)
            return std::nullopt;
        const auto part = parsePart(body.mid(pos, next - pos));
        if (!part)
            return std::nullopt;
        parts.append(*part);
        pos = next + 2;
    }
    return std::nullopt;
}

} // namespace Wac::Sim
