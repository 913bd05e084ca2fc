// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/subscribedapps.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

/// A POST parameter from a JSON body, a form body or the query string: Graph takes all three.
QString parameter(const QHttpServerRequest &request, const QString &name)
{
    const QJsonDocument json = QJsonDocument::fromJson(request.body());
    if (json.isObject() && json.object().contains(name))
        return json.object().value(name).toString();
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (form.hasQueryItem(name))
        return form.queryItemValue(name, QUrl::FullyDecoded);
    return request.query().queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

SubscribedApps::SubscribedApps(const SimConfig &config)
    : m_appId(config.appId)
    , m_appName(config.appName)
{
    setSubscribed(config.subscribedWabas);
}

HttpReply SubscribedApps::handle(const QHttpServerRequest &request, const QString &wabaId)
{
    using Method = QHttpServerRequest::Method;
    switch (request.method()) {
    case Method::Get:
        return list(wabaId);
    case Method::Post:
        return subscribe(request, wabaId);
    case Method::Delete:
        m_overrides.remove(wabaId);
        return HttpReply::json(QJsonObject {{u"success"_s, true}});
    default:
        return HttpReply::graphError(400, 100, u"Unsupported request method"_s,
            u"subscribed_apps takes GET, POST or DELETE"_s, 0, u"GraphMethodException"_s);
    }
}

HttpReply SubscribedApps::list(const QString &wabaId) const
{
    QJsonArray data;
    if (isSubscribed(wabaId)) {
        QJsonObject entry {{u"whatsapp_business_api_data"_s,
            QJsonObject {{u"id"_s, m_appId},
                {u"link"_s, QString(u"https://www.facebook.com/games/?app_id="_s + m_appId)},
                {u"name"_s, m_appName}}}};
        if (const QString uri = m_overrides.value(wabaId); !uri.isEmpty())
            entry.insert(u"override_callback_uri"_s, uri);
        data.append(entry);
    }
    return HttpReply::json(QJsonObject {{u"data"_s, data}});
}

HttpReply SubscribedApps::subscribe(const QHttpServerRequest &request, const QString &wabaId)
{
    const QString uri = parameter(request, u"override_callback_uri"_s);
    if (!uri.isEmpty()) {
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty()) {
            return HttpReply::graphError(
                400, 100, u"Invalid parameter"_s, u"override_callback_uri must be an https URL"_s);
        }
        if (parameter(request, u"verify_token"_s).isEmpty()) {
            return HttpReply::graphError(400, 100, u"Invalid parameter"_s,
                u"verify_token is required with override_callback_uri"_s);
        }
    }
    m_overrides.insert(wabaId, uri);
    return HttpReply::json(QJsonObject {{u"success"_s, true}});
}

QStringList SubscribedApps::subscribed() const
{
    QStringList ids = m_overrides.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SubscribedApps::setSubscribed(const QStringList &wabaIds)
{
    QHash<QString, QString> kept;
    for (const QString &id : wabaIds)
        kept.insert(id, m_overrides.value(id));
    m_overrides = kept;
}

} // namespace Wac::Sim
