// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/mediastore.h"

#include "sim/multipart.h"

#include <QCryptographicHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

constexpr qint64 mib = 1024 * 1024;

struct MediaKind
{
    const char *mime;
    qint64 maxBytes;
};

// Reference §4, "Supported types and limits". Both spellings of 3GPP video are accepted (§10 #10).
constexpr MediaKind kinds[] = {
    {"audio/aac", 16 * mib},
    {"audio/amr", 16 * mib},
    {"audio/mpeg", 16 * mib},
    {"audio/mp4", 16 * mib},
    {"audio/ogg", 16 * mib},
    {"text/plain", 100 * mib},
    {"application/pdf", 100 * mib},
    {"application/vnd.ms-excel", 100 * mib},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 100 * mib},
    {"application/msword", 100 * mib},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100 * mib},
    {"application/vnd.ms-powerpoint", 100 * mib},
    {"application/vnd.openxmlformats-officedocument.presentationml.presentation", 100 * mib},
    {"image/jpeg", 5 * mib},
    {"image/png", 5 * mib},
    {"image/webp", 500 * 1024},
    {"video/mp4", 16 * mib},
    {"video/3gpp", 16 * mib},
    {"video/3gp", 16 * mib},
};

const MediaKind *kindOf(const QByteArray &mimeType)
{
    // "audio/ogg; codecs=opus" is how WhatsApp wants voice notes: the parameters do not count.
    const QByteArray bare = mimeType.split(';').first().trimmed().toLower();
    for (const MediaKind &kind : kinds) {
        if (bare == kind.mime)
            return &kind;
    }
    return nullptr;
}

HttpReply invalid(const QString &details)
{
    return HttpReply::graphError(400, 100, u"Invalid parameter"_s, details);
}

HttpReply unknownMedia(const QString &id)
{
    return HttpReply::graphError(400, 100,
        u"Unsupported get request. Object with ID '%1' does not exist, cannot be loaded due to "
        "missing permissions, or does not support this operation"_s.arg(id),
        u"Unknown media ID %1"_s.arg(id), 33, u"GraphMethodException"_s);
}

} // namespace

MediaStore::MediaStore(std::function<QDateTime()> clock)
    : m_clock(std::move(clock))
{ }

HttpReply MediaStore::upload(
    const QString &phoneNumberId, const QByteArray &contentType, const QByteArray &body)
{
    const auto parts = parseMultipart(contentType, body);
    if (!parts)
        return invalid(u"The upload must be multipart/form-data with a boundary"_s);
    QByteArray product;
    QByteArray type;
    const FormPart *file = nullptr;
    for (const FormPart &part : *parts) {
        if (part.name == "messaging_product")
            product = part.data;
        else if (part.name == "type")
            type = part.data;
        else if (part.name == "file")
            file = &part;
    }
    if (product != "whatsapp")
        return invalid(u"The parameter messaging_product is required and must be whatsapp"_s);
    if (!file)
        return invalid(u"The parameter file is required"_s);
    if (type.isEmpty())
        return invalid(u"The parameter type is required"_s);
    const MediaKind *kind = kindOf(type);
    if (!kind) {
        QStringList names;
        for (const MediaKind &k : kinds)
            names.append(QString::fromLatin1(k.mime));
        return invalid(u"Param file must be a file with one of the following types: %1. Received "
                       "file of type '%2'."_s.arg(names.join(u", "_s), QString::fromUtf8(type)));
    }
    if (file->data.size() > kind->maxBytes) {
        return HttpReply::graphError(413, 100, u"Invalid parameter"_s,
            u"File of %1 bytes is over the %2-byte limit for %3"_s.arg(file->data.size())
                .arg(kind->maxBytes)
                .arg(QString::fromLatin1(kind->mime)));
    }
    return HttpReply::json(QJsonObject {{u"id"_s, add(phoneNumberId, type, file->data)}});
}

QString MediaStore::add(
    const QString &phoneNumberId, const QByteArray &mimeType, const QByteArray &data)
{
    makeRoom(data.size());
    const QString id = QString::number(m_nextId++);
    m_media.insert(id,
        {phoneNumberId, mimeType, data,
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
            m_clock()});
    m_order.push_back(id);
    m_bytes += data.size();
    return id;
}

bool MediaStore::contains(const QString &mediaId)
{
    makeRoom(0);
    return m_media.contains(mediaId);
}

void MediaStore::drop(const QString &mediaId)
{
    const auto it = m_media.constFind(mediaId);
    if (it == m_media.cend())
        return;
    m_bytes -= it->data.size();
    m_media.erase(it);
}

void MediaStore::makeRoom(qint64 incoming)
{
    // The clock only moves forward, so the oldest stored is the first to expire.
    const QDateTime expired = m_clock().addSecs(-keptSeconds);
    while (!m_order.empty()) {
        const auto it = m_media.constFind(m_order.front());
        const bool gone = it == m_media.cend();
        if (!gone && it->stored > expired && m_bytes + incoming <= m_budget)
            break;
        if (!gone)
            drop(m_order.front());
        m_order.pop_front();
    }
}

std::optional<qint64> MediaStore::limitFor(const QByteArray &mimeType)
{
    const MediaKind *kind = kindOf(mimeType);
    return kind ? std::optional(kind->maxBytes) : std::nullopt;
}

std::optional<HttpReply> MediaStore::wrongNumber(const Media &media, const QUrlQuery &query) const
{
    const QString asked = query.queryItemValue(u"phone_number_id"_s);
    if (asked.isEmpty() || asked == media.phoneNumberId)
        return std::nullopt;
    return invalid(u"The media was not uploaded by phone number %1"_s.arg(asked));
}

HttpReply MediaStore::describe(const QString &mediaId, const QUrlQuery &query,
    const QString &downloadBase, const QDateTime &now) const
{
    const auto it = m_media.constFind(mediaId);
    if (it == m_media.cend())
        return unknownMedia(mediaId);
    if (auto error = wrongNumber(*it, query))
        return *error;
    // Meta's download URLs carry their expiry as `ext` (Unix seconds); so do these.
    const qint64 expires = now.toSecsSinceEpoch() + urlLifetimeSeconds;
    const QString url = downloadBase
        + u"/whatsapp_business/attachments/?mid=%1&ext=%2"_s.arg(mediaId, QString::number(expires));
    // The description gives the hash in hex; the webhook that announced the file gives it in
    // base64 (InboundBuilder), as Meta's do.
    return HttpReply::json(QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"url"_s, url},
        {u"mime_type"_s, QString::fromUtf8(it->mimeType)}, {u"sha256"_s, it->sha256},
        {u"file_size"_s, QJsonValue(qint64(it->data.size()))}, {u"id"_s, mediaId}});
}

HttpReply MediaStore::remove(const QString &mediaId, const QUrlQuery &query)
{
    const auto it = m_media.constFind(mediaId);
    if (it == m_media.cend())
        return unknownMedia(mediaId);
    if (auto error = wrongNumber(*it, query))
        return *error;
    drop(mediaId);
    return HttpReply::json(QJsonObject {{u"success"_s, true}});
}

HttpReply MediaStore::download(const QUrlQuery &query, const QDateTime &now) const
{
    const auto it = m_media.constFind(query.queryItemValue(u"mid"_s));
    bool dated = false;
    const qint64 expires = query.queryItemValue(u"ext"_s).toLongLong(&dated);
    if (it == m_media.cend() || !dated || now.toSecsSinceEpoch() > expires
        || it->stored.addSecs(keptSeconds) < now) {
        HttpReply reply;
        reply.status = 404; // the reference: a failed download is a 404, get a new URL
        reply.contentType = "text/plain";
        reply.body = "Not found";
        return reply;
    }
    HttpReply reply;
    reply.contentType = it->mimeType;
    reply.body = it->data;
    return reply;
}

} // namespace Wac::Sim
