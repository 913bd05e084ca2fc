// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/apiconfig.h"
#include "net/mediadownload.h"
#include "net/mediafile.h"
#include "net/sendjob.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;

namespace Wac {

/**
 * The Graph client of one profile. It takes the token as a value (it never reads the keychain)
 * and hands out one SendJob per request; jobs are children of the client and delete themselves
 * after finished(). `POST /messages` is never retried: resending is the user's decision.
 */
class CloudApiClient : public QObject
{
    Q_OBJECT

public:
    CloudApiClient(QNetworkAccessManager *nam, ApiConfig config, QObject *parent = nullptr);

    const ApiConfig &config() const { return m_config; }

    void setToken(const QByteArray &token) { m_token = token; }

    /// Starts sending `body` to `/{phone-number-id}/messages`.
    SendJob *sendMessage(const QJsonObject &body);
    /// Starts uploading `file` to `/{phone-number-id}/media`; a file that failed its checks
    /// (MediaFile::ok()) finishes at once, not sent, with its problem. The answer's `id` is in
    /// the result's response.
    SendJob *uploadMedia(const MediaFile &file);
    /// Starts `GET /{id}` (the phone number for "Test connection", a media object).
    SendJob *getObject(const QString &id, const QString &fields = {});
    /// Starts `GET /{path}?{query}` (an edge such as `{waba-id}/message_templates`).
    SendJob *getEdge(const QString &path, const QUrlQuery &query);
    /// Starts `GET /{waba-id}/subscribed_apps`: the apps that receive the account's webhooks
    /// (WabaSubscription::read() decodes the answer). Without a WABA ID in the config it
    /// finishes at once, not sent, saying so.
    SendJob *getSubscribedApps();
    /// Starts `POST /{waba-id}/subscribed_apps`, which subscribes the token's app to the
    /// account's webhooks; Graph answers `{"success": true}`. Subscribing twice does no harm.
    SendJob *subscribeApp();
    /// Starts `POST /{waba-id}/message_templates` with `definition` (name, language, category,
    /// parameter_format, components, ...); Graph answers `{"id", "status", "category"}`. The
    /// fields a read returns and a creation does not take (id, status, ...) are left out.
    /// Without a WABA ID in the config it finishes at once, not sent, saying so.
    SendJob *createTemplate(const QJsonObject &definition);
    /// Starts `POST /{template-id}` with what an edit may change: category, components,
    /// parameter_format and message_send_ttl_seconds of `definition` (name and language name
    /// the template and stay). Graph answers `{"success": true}`; the template is reviewed
    /// again. An id that is not a number finishes at once, not sent.
    SendJob *editTemplate(const QString &templateId, const QJsonObject &definition);
    /// Starts `DELETE /{waba-id}/message_templates?name=NAME`: every language of the template,
    /// or with `templateId` (`hsm_id`) only that one. Graph answers `{"success": true}`.
    SendJob *deleteTemplate(const QString &name, const QString &templateId = {});
    /// Starts downloading a media file from `url` (a media description's, valid for minutes)
    /// with the bearer token, into `directory`, at most `maxBytes`. The download is the
    /// caller's to delete (after keep(), or to drop the file); the client's children go with it.
    MediaDownload *downloadMedia(const QUrl &url, const QString &directory, qint64 maxBytes);

private:
    std::optional<QString> missingWaba() const;
    SendJob *refuse(const QString &reason);
    std::optional<QString> templateRefusal(const std::optional<QString> &templateId) const;
    SendJob *startJob(const QUrl &url, const QByteArray &body, const QByteArray &contentType = {},
        bool deletion = false);

    QNetworkAccessManager *m_nam;
    ApiConfig m_config;
    QByteArray m_token;
};

} // namespace Wac
