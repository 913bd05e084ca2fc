// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Wac {

class CloudApiClient;
class SendJob;

/**
 * Reads a WABA's whole template library: `GET /{waba-id}/message_templates` with the fields of
 * reference §5.1, page after page until Graph gives no `next`. Each page is asked for with the
 * `after` cursor against the profile's own base URL, never the `next` address the answer
 * carries, so the token only ever goes to the host the profile names.
 */
class TemplateFetch : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultPageSize = 100;
    static constexpr auto fields = "name,status,category,language,components,parameter_format,"
                                   "quality_score,rejected_reason,previous_category,"
                                   "sub_category,message_send_ttl_seconds";

    /// Uses `client` (its config's `wabaId`), which must outlive the fetch.
    explicit TemplateFetch(CloudApiClient *client, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }

    void start();
    /// Stops after the page in flight; finished() says cancelled and carries nothing.
    void cancel();

    const QList<QJsonObject> &templates() const { return m_templates; }

    int pages() const { return m_pages; }

Q_SIGNALS:
    /// After each page: how many templates and pages so far.
    void progress(int templates, int pages);
    /// Once. `ok` with every template; otherwise `failure` says what went wrong (Cancelled
    /// after cancel()).
    void finished(bool ok, const Wac::SendResult &failure);

private:
    void requestPage(const QString &after);
    void pageArrived(const SendResult &result);
    void fail(const SendResult &result);

    CloudApiClient *m_client;
    QPointer<SendJob> m_job;
    QList<QJsonObject> m_templates;
    int m_pageSize = defaultPageSize;
    int m_pages = 0;
    bool m_cancelled = false;
};

} // namespace Wac
