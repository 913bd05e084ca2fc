// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/cloudapiclient.h"

#include "core/coretr.h"
#include "net/requestfactory.h"

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

SendJob *CloudApiClient::getObject(const QString &id, const QString &fields)
{
    QUrl url = RequestFactory::objectUrl(m_config, id);
    if (!fields.isEmpty())
        url.setQuery(QUrlQuery {{u"fields"_s, fields}});
    return startJob(url, QByteArray());
}

SendJob *CloudApiClient::startJob(const QUrl &url, const QByteArray &body)
{
    SendJob *job = nullptr;
    if (const auto refusal = RequestFactory::refusal(url)) {
        job = SendJob::refused(*refusal, this);
    } else if (m_token.isEmpty()) {
        job = SendJob::refused(Tr::tr("The profile has no access token."), this);
    } else {
        QNetworkRequest request = RequestFactory::jsonRequest(url, m_token, m_config, body.size());
        job = new SendJob(m_nam, request, body, this);
    }
    connect(job, &SendJob::finished, job, &QObject::deleteLater);
    job->start();
    return job;
}

} // namespace Wac
