// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QString>

#include "services/httprequestreader.h"
#include "services/receiveddelivery.h"

namespace Wac {

/**
 * What a webhook callback answers (reference §6), apart from any socket: the handshake's
 * token, a delivery's signature over its exact bytes and its JSON, and the words for each
 * refusal. It fails closed: an empty app secret or verify token refuses everything.
 */
class WebhookRules
{
public:
    struct Verdict
    {
        int status = 0; ///< 0: nothing against it (yet)
        QString reason; ///< what was wrong, in the user's words; empty when accepted
        QByteArray body; ///< what goes back to the client
        QByteArray headers; ///< header lines to add, e.g. "Allow: GET, POST\r\n"
    };

    enum class Route
    {
        Handshake,
        Delivery,
        NotFound,
        NotAllowed,
    };

    void setPath(const QString &path) { m_path = path.toUtf8(); }

    void setAppSecret(const QByteArray &secret) { m_secret = secret; }

    void setVerifyToken(const QByteArray &token) { m_verifyToken = token; }

    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }

    /// Where `request` goes; `query` gets its query string, still encoded.
    Route route(const HttpRequestReader::Request &request, QByteArray *query) const;
    /// The 404 or 405 for a request that is neither a handshake nor a delivery.
    Verdict misdirected(Route route, const HttpRequestReader::Request &request) const;
    /// A GET at the callback path: 200 with the challenge, or 403.
    Verdict handshake(const QByteArray &query) const;
    /// What refuses `request` before its body is read: the path, the method, and for a
    /// delivery no app secret or no signature header.
    Verdict beforeBody(const HttpRequestReader::Request &request) const;
    /// The signature (then `delivery.verified` is set) and the body's JSON; status 0 when both
    /// are right.
    Verdict check(ReceivedDelivery &delivery) const;
    /// The 500 for a delivery that was right but could not be kept.
    static Verdict notKept();
    /// The 413 for a body of `size` bytes, or of chunks that passed the limit.
    Verdict tooLarge(qint64 size, bool chunked) const;
    /// Any other refusal (malformed, too slow, too many connections).
    static Verdict refusal(int status, const QString &reason);

    static bool signatureMatches(
        const QByteArray &secret, const QByteArray &body, const QByteArray &header);

private:
    Verdict unverifiable(const QByteArray &signature) const;

    QByteArray m_path = "/webhook";
    QByteArray m_secret;
    QByteArray m_verifyToken;
    qint64 m_maxBody = 3 * 1024 * 1024;
};

} // namespace Wac
