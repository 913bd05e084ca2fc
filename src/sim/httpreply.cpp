// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/httpreply.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QString traceId()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id;
    for (int i = 0; i < 23; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]));
    return id;
}

} // namespace

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::graphError(int status, int code, const QString &title, const QString &details,
    int subcode, const QString &type)
{
    QJsonObject error {{u"message"_s, u"(#%1) %2"_s.arg(code).arg(title)}, {u"type"_s, type},
        {u"code"_s, code},
        {u"error_data"_s,
            QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"details"_s, details}}},
        {u"fbtrace_id"_s, traceId()}};
    if (subcode != 0)
        error.insert(u"error_subcode"_s, subcode);
    HttpReply reply = json(QJsonObject {{u"error"_s, error}}, status);
    // Graph sends this header on every error; clients read it to tell a Graph error apart.
    reply.headers.append({"WWW-Authenticate",
        "OAuth \"Facebook Platform\" \"" + type.toLatin1() + "\" \"" + title.toUtf8() + '"'});
    return reply;
}

QByteArray HttpReply::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace Wac::Sim
