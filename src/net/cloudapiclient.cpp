// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/cloudapiclient.h"

#include "core/coretr.h"
#include "net/requestfactory.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Wac {

CloudApiClient::CloudApiClient(QNetworkAccessManager *nam, ApiConfig config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
{ }

SendJob *CloudApiClient::sendMessage(const QJsonObject &body)
{
    return startJob(
        RequestFactory::messagesUrl(m_config), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SendJob *CloudApiClient::uploadMedia(const MediaFile &file)
{
    if (!file.ok())
        return refuse(file.problem);
    // multipart/form-data by hand: the body must be one block for the one-shot upload device.
    const QByteArray boundary =
        "waconsole-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);
    const auto field = [&boundary](const QByteArray &name, const QByteArray &value) {
        return QByteArray("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
            + "\"\r\n\r\n" + value + "\r\n");
    };
    QByteArray fileName = file.fileName.toUtf8();
    fileName.replace('"', '_');
    QByteArray body =
        field("messaging_product", "whatsapp") + field("type", file.mimeType.toUtf8());
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + fileName + "\"\r\nContent-Type: " + file.mimeType.toUtf8() + "\r\n\r\n";
    body += file.data;
    body += "\r\n--" + boundary + "--\r\n";
    const QUrl url = RequestFactory::objectUrl(m_config, m_config.phoneNumberId + u"/media"_s);
    return startJob(url, body, "multipart/form-data; boundary=" + boundary);
}

SendJob *CloudApiClient::getObject(const QString &id, const QString &fields)
{
    // The id may come from a webhook (a customer's media): anything but digits would make it
    // a path to some other endpoint, with the token.
    if (!RequestFactory::isObjectId(id))
        return refuse(Tr::tr("The ID \"%1\" is not a number.").arg(id));
    return getEdge(id, fields.isEmpty() ? QUrlQuery() : QUrlQuery {{u"fields"_s, fields}});
}

SendJob *CloudApiClient::getEdge(const QString &path, const QUrlQuery &query)
{
    QUrl url = RequestFactory::objectUrl(m_config, path);
    if (!query.isEmpty())
        url.setQuery(query);
    return startJob(url, QByteArray());
}

std::optional<QString> CloudApiClient::missingWaba() const
{
    if (!m_config.wabaId.isEmpty())
        return std::nullopt;
    return Tr::tr("The profile has no WhatsApp Business Account ID; add it in File → Profiles to "
                  "check which apps receive its webhooks.");
}

SendJob *CloudApiClient::getSubscribedApps()
{
    if (const auto reason = missingWaba())
        return refuse(*reason);
    return getEdge(m_config.wabaId + u"/subscribed_apps"_s, {});
}

SendJob *CloudApiClient::subscribeApp()
{
    if (const auto reason = missingWaba())
        return refuse(*reason);
    // An empty JSON object, not an empty body: a null body would make the job a GET.
    return startJob(RequestFactory::objectUrl(m_config, m_config.wabaId + u"/subscribed_apps"_s),
        QByteArray("{}"));
}

std::optional<QString> CloudApiClient::templateRefusal(
    const std::optional<QString> &templateId) const
{
    if (m_config.wabaId.isEmpty())
        return Tr::tr("The profile has no WhatsApp Business Account ID; add it in File → "
                      "Profiles to create, edit or delete its templates.");
    // The id becomes the path: anything but digits would address some other Graph object.
    if (templateId && !RequestFactory::isObjectId(*templateId))
        return Tr::tr("The template ID “%1” is not a number.").arg(*templateId);
    return std::nullopt;
}

SendJob *CloudApiClient::createTemplate(const QJsonObject &definition)
{
    if (const auto reason = templateRefusal(std::nullopt))
        return refuse(*reason);
    // A definition read from the library carries what Graph says about it; a creation that
    // sends those back is refused for parameters it does not take.
    QJsonObject body = definition;
    for (const auto key : {u"id", u"status", u"quality_score", u"rejected_reason",
             u"previous_category", u"sub_category"})
        body.remove(key);
    return startJob(RequestFactory::objectUrl(m_config, m_config.wabaId + u"/message_templates"_s),
        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SendJob *CloudApiClient::editTemplate(const QString &templateId, const QJsonObject &definition)
{
    if (const auto reason = templateRefusal(templateId))
        return refuse(*reason);
    QJsonObject body;
    for (const auto key : {u"category", u"components", u"message_send_ttl_seconds"}) {
        if (definition.contains(key))
            body.insert(key, definition.value(key));
    }
    return startJob(RequestFactory::objectUrl(m_config, templateId),
        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SendJob *CloudApiClient::deleteTemplate(const QString &name, const QString &templateId)
{
    const auto reason =
        templateRefusal(templateId.isEmpty() ? std::nullopt : std::optional<QString>(templateId));
    if (reason)
        return refuse(*reason);
    if (name.isEmpty())
        return refuse(Tr::tr("Which template to delete: the name is empty."));
    QUrl url = RequestFactory::objectUrl(m_config, m_config.wabaId + u"/message_templates"_s);
    QUrlQuery query {{u"name"_s, name}};
    if (!templateId.isEmpty())
        query.addQueryItem(u"hsm_id"_s, templateId);
    url.setQuery(query);
    return startJob(url, QByteArray(), {}, true);
}

SendJob *CloudApiClient::refuse(const QString &reason)
{
    SendJob *job = SendJob::refused(reason, this);
    connect(job, &SendJob::finished, job, &QObject::deleteLater);
    job->start();
    return job;
}

MediaDownload *CloudApiClient::downloadMedia(
    const QUrl &url, const QString &directory, qint64 maxBytes)
{
    MediaDownload *download = nullptr;
    // The URL came in an answer: the token goes with it only over https (or to loopback).
    if (const auto refusal = RequestFactory::refusal(url)) {
        download = MediaDownload::refused(*refusal, this);
    } else if (m_token.isEmpty()) {
        download = MediaDownload::refused(Tr::tr("The profile has no access token."), this);
    } else {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        // A redirect keeps the token only on the same origin; elsewhere it is not followed.
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
        request.setTransferTimeout(m_config.timeoutMs);
        download = new MediaDownload(m_nam, request, directory, maxBytes, this);
    }
    download->start();
    return download;
}

SendJob *CloudApiClient::startJob(
    const QUrl &url, const QByteArray &body, const QByteArray &contentType, bool deletion)
{
    SendJob *job = nullptr;
    if (const auto refusal = RequestFactory::refusal(url)) {
        job = SendJob::refused(*refusal, this);
    } else if (const auto path = RequestFactory::pathRefusal(m_config)) {
        job = SendJob::refused(*path, this);
    } else if (m_token.isEmpty()) {
        job = SendJob::refused(Tr::tr("The profile has no access token."), this);
    } else {
        QNetworkRequest request = RequestFactory::jsonRequest(url, m_token, m_config, body.size());
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        job = deletion ? SendJob::deletion(m_nam, request, this)
                       : new SendJob(m_nam, request, body, this);
    }
    connect(job, &SendJob::finished, job, &QObject::deleteLater);
    job->start();
    return job;
}

} // namespace Wac
