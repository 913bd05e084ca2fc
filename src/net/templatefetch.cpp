// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/templatefetch.h"

#include "core/coretr.h"
#include "net/cloudapiclient.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Wac {

TemplateFetch::TemplateFetch(CloudApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void TemplateFetch::start()
{
    m_templates.clear();
    m_pages = 0;
    m_cancelled = false;
    if (m_client->config().wabaId.isEmpty()) {
        SendResult result;
        result.error.category = ApiError::Category::NotSent;
        result.error.message = Tr::tr("The profile has no WhatsApp Business Account ID; add it "
                                      "in File → Profiles to read its templates.");
        fail(result);
        return;
    }
    requestPage(QString());
}

void TemplateFetch::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void TemplateFetch::requestPage(const QString &after)
{
    QUrlQuery query {
        {u"fields"_s, QString::fromLatin1(fields)}, {u"limit"_s, QString::number(m_pageSize)}};
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    m_job = m_client->getEdge(m_client->config().wabaId + u"/message_templates"_s, query);
    connect(m_job, &SendJob::finished, this, &TemplateFetch::pageArrived);
}

void TemplateFetch::pageArrived(const SendResult &result)
{
    m_job = nullptr;
    if (m_cancelled) {
        fail(SendResult::cancelled());
        return;
    }
    const QJsonValue data = result.response.value(u"data");
    if (result.outcome != SendResult::Outcome::Accepted || !data.isArray()) {
        SendResult failure = result;
        if (result.outcome == SendResult::Outcome::Accepted) {
            failure.outcome = SendResult::Outcome::Rejected;
            failure.error.category = ApiError::Category::Other;
            failure.error.message = Tr::tr("The answer has no \"data\" list of templates.");
        }
        fail(failure);
        return;
    }
    for (const QJsonValue &value : data.toArray())
        m_templates.append(value.toObject());
    ++m_pages;
    Q_EMIT progress(int(m_templates.size()), m_pages);
    const QJsonObject paging = result.response.value(u"paging").toObject();
    const QString after = paging.value(u"cursors").toObject().value(u"after").toString();
    // Graph leaves `next` out on the last page; an empty page ends it too.
    if (!paging.contains(u"next") || after.isEmpty() || data.toArray().isEmpty()) {
        Q_EMIT finished(true, SendResult());
        return;
    }
    requestPage(after);
}

void TemplateFetch::fail(const SendResult &result)
{
    m_templates.clear();
    Q_EMIT finished(false, result);
}

} // namespace Wac
