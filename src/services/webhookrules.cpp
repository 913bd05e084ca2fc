// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/webhookrules.h"

#include "core/coretr.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qint64 metaBodyLimit = 3 * 1024 * 1024;
constexpr qsizetype hexDigits = 64; // 32 bytes of SHA-256

bool hasSignatureShape(const QByteArray &header)
{
    return header.size() == 7 + hexDigits && header.startsWith("sha256=")
        && std::all_of(header.cbegin() + 7, header.cend(),
            [](char c) { return std::isxdigit(uchar(c)) != 0; });
}

/// Every byte is compared, so the time taken does not tell how much of a guess was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    uchar diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= uchar(a.at(i) ^ b.at(i));
    return diff == 0;
}

/// As sameBytes(), and the hashes hide the lengths too.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return sameBytes(QCryptographicHash::hash(a, QCryptographicHash::Sha256),
        QCryptographicHash::hash(b, QCryptographicHash::Sha256));
}

QString sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= 1024 * 1024) {
        const int decimals = bytes % (1024 * 1024) == 0 ? 0 : 1;
        return Tr::tr("%1 MB").arg(locale.toString(double(bytes) / (1024 * 1024), 'f', decimals));
    }
    return Tr::tr("%1 KB").arg(locale.toString(double(bytes) / 1024, 'f', bytes % 1024 ? 1 : 0));
}

QByteArray beforeQuery(const QByteArray &target)
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? target : target.left(mark);
}

WebhookRules::Verdict forbidden(const QString &reason)
{
    return WebhookRules::refusal(403, reason);
}

} // namespace

WebhookRules::Route WebhookRules::route(
    const HttpRequestReader::Request &request, QByteArray *query) const
{
    QByteArray rest = request.target;
    // The absolute form ("http://host/webhook") is for proxies, yet a server must take it.
    if (const qsizetype scheme = rest.indexOf("://"); scheme > 0 && !rest.startsWith('/')) {
        const qsizetype slash = rest.indexOf('/', scheme + 3);
        rest = slash < 0 ? QByteArray("/") : rest.mid(slash);
    }
    const qsizetype mark = rest.indexOf('?');
    *query = mark < 0 ? QByteArray() : rest.mid(mark + 1);
    if (QByteArray::fromPercentEncoding(beforeQuery(rest)) != m_path)
        return Route::NotFound;
    if (request.method == "GET")
        return Route::Handshake;
    return request.method == "POST" ? Route::Delivery : Route::NotAllowed;
}

WebhookRules::Verdict WebhookRules::misdirected(
    Route route, const HttpRequestReader::Request &request) const
{
    // Without the query, which may hold someone's verify token.
    const QString what =
        QString::fromLatin1(request.method + ' ' + beforeQuery(request.target).left(200));
    if (route == Route::NotAllowed) {
        Verdict verdict =
            refusal(405, Tr::tr("%1 is neither a handshake (GET) nor a delivery (POST)").arg(what));
        verdict.headers = "Allow: GET, POST\r\n";
        return verdict;
    }
    Verdict verdict = refusal(
        404, Tr::tr("%1 is not the callback path, %2").arg(what, QString::fromUtf8(m_path)));
    verdict.body = "Not Found\n"; // the path may be the secret part of a public URL
    return verdict;
}

WebhookRules::Verdict WebhookRules::handshake(const QByteArray &query) const
{
    // Meta encodes queries as forms do, where "+" is a space; QUrlQuery would keep it.
    QByteArray spaced = query;
    const QUrlQuery items(QString::fromLatin1(spaced.replace('+', "%20")));
    const auto value = [&items](const QString &key) {
        return items.queryItemValue(key, QUrl::FullyDecoded);
    };
    if (m_verifyToken.isEmpty()) {
        return forbidden(
            Tr::tr("This profile has no verify token, so no handshake can be accepted"));
    }
    if (value(u"hub.mode"_s) != u"subscribe"_s)
        return forbidden(Tr::tr("The hub.mode is not \"subscribe\""));
    if (!items.hasQueryItem(u"hub.verify_token"_s))
        return forbidden(Tr::tr("The request has no hub.verify_token"));
    if (!sameSecret(value(u"hub.verify_token"_s).toUtf8(), m_verifyToken))
        return forbidden(Tr::tr("The hub.verify_token does not match this profile's verify token"));
    Verdict verdict;
    verdict.status = 200;
    verdict.body = value(u"hub.challenge"_s).toUtf8();
    return verdict;
}

WebhookRules::Verdict WebhookRules::beforeBody(const HttpRequestReader::Request &request) const
{
    QByteArray query;
    const Route where = route(request, &query);
    if (where == Route::NotFound || where == Route::NotAllowed)
        return misdirected(where, request);
    return where == Route::Delivery ? unverifiable(request.header("x-hub-signature-256"))
                                    : Verdict();
}

WebhookRules::Verdict WebhookRules::unverifiable(const QByteArray &signature) const
{
    if (m_secret.isEmpty())
        return forbidden(Tr::tr("This profile has no app secret, so no delivery can be verified"));
    if (signature.isNull())
        return forbidden(Tr::tr("The X-Hub-Signature-256 header is missing"));
    return {};
}

WebhookRules::Verdict WebhookRules::check(ReceivedDelivery &delivery) const
{
    if (Verdict early = unverifiable(delivery.signature); early.status != 0)
        return early;
    if (!hasSignatureShape(delivery.signature)) {
        return forbidden(
            Tr::tr("The X-Hub-Signature-256 header is not \"sha256=\" and 64 hex digits"));
    }
    if (!signatureMatches(m_secret, delivery.body, delivery.signature))
        return forbidden(Tr::tr("The signature does not match this profile's app secret"));
    delivery.verified = true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(delivery.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return refusal(400,
            Tr::tr("The body is not JSON: %1 at byte %2")
                .arg(error.errorString())
                .arg(error.offset));
    }
    if (!document.isObject())
        return refusal(400, Tr::tr("The body is JSON but not an object"));
    return {};
}

WebhookRules::Verdict WebhookRules::notKept()
{
    return refusal(
        500, Tr::tr("The delivery could not be kept, so Meta is asked to send it again"));
}

WebhookRules::Verdict WebhookRules::tooLarge(qint64 size, bool chunked) const
{
    const QString limit = sizeText(m_maxBody);
    const bool meta = m_maxBody == metaBodyLimit;
    if (chunked) { // how much more would have come is not known
        return refusal(413,
            meta ? Tr::tr("The body, sent in chunks, grew past Meta's limit of %1").arg(limit)
                 : Tr::tr("The body, sent in chunks, grew past the limit of %1").arg(limit));
    }
    return refusal(413,
        meta ? Tr::tr("The body is %1; Meta's limit is %2").arg(sizeText(size), limit)
             : Tr::tr("The body is %1; the limit is %2").arg(sizeText(size), limit));
}

WebhookRules::Verdict WebhookRules::refusal(int status, const QString &reason)
{
    Verdict verdict;
    verdict.status = status;
    verdict.reason = reason;
    verdict.body = reason.toUtf8() + '\n';
    return verdict;
}

bool WebhookRules::signatureMatches(
    const QByteArray &secret, const QByteArray &body, const QByteArray &header)
{
    if (secret.isEmpty() || !hasSignatureShape(header))
        return false;
    return sameBytes(QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256),
        QByteArray::fromHex(header.mid(7)));
}

} // namespace Wac
