// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/requestfactory.h"

#include "core/coretr.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::RequestFactory {

namespace {

QUrl graphUrl(const ApiConfig &config, const QString &path)
{
    QUrl url = config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + config.apiVersion + u'/' + path);
    return url;
}

} // namespace

QUrl messagesUrl(const ApiConfig &config)
{
    return graphUrl(config, config.phoneNumberId + u"/messages"_s);
}

QUrl objectUrl(const ApiConfig &config, const QString &id)
{
    return graphUrl(config, id);
}

QNetworkRequest jsonRequest(
    const QUrl &url, const QByteArray &token, const ApiConfig &config, qint64 bodySize)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, bodySize);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(config.timeoutMs);
    return request;
}

bool isObjectId(const QString &id)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    return digits.match(id).hasMatch();
}

std::optional<QString> pathRefusal(const ApiConfig &config)
{
    static const QRegularExpression version(u"^v[0-9]+\\.[0-9]+$"_s);
    if (!version.match(config.apiVersion).hasMatch())
        return Tr::tr("The API version \"%1\" is not like v25.0.").arg(config.apiVersion);
    if (!config.phoneNumberId.isEmpty() && !isObjectId(config.phoneNumberId))
        return Tr::tr("The phone-number ID \"%1\" is not a number.").arg(config.phoneNumberId);
    if (!config.wabaId.isEmpty() && !isObjectId(config.wabaId))
        return Tr::tr("The WhatsApp Business Account ID \"%1\" is not a number.")
            .arg(config.wabaId);
    return std::nullopt;
}

std::optional<QString> refusal(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("\"%1\" is not a URL with a host.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return std::nullopt;
    const QHostAddress address(url.host());
    const bool loopback =
        url.host() == u"localhost"_s || (!address.isNull() && address.isLoopback());
    if (scheme == u"http"_s && loopback)
        return std::nullopt;
    return Tr::tr("%1 is not https: a token is sent only over https, or plain http to this "
                  "computer (the Sandbox).")
        .arg(url.toString());
}

} // namespace Wac::RequestFactory
