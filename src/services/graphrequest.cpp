// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/graphrequest.h"

#include "net/cloudapiclient.h"

#include "services/graphaccess.h"

namespace Wac {

GraphRequest::GraphRequest(GraphAccess *graph, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
{ }

GraphRequest::~GraphRequest() = default;

bool GraphRequest::run(const Profile &profile, Start start, BeforeLeave beforeLeave)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancelled = false;
    const quint64 run = ++m_run;
    m_graph->openClient(profile, this,
        [this, run, start, beforeLeave](
            std::unique_ptr<CloudApiClient> client, SendResult refusal) {
            // The token may be known at once (the Sandbox, an override): going through the
            // event loop first means the caller always sees run() return before finished().
            std::shared_ptr<CloudApiClient> ready(std::move(client));
            QMetaObject::invokeMethod(
                this,
                [this, run, start, beforeLeave, ready, refusal] {
                    // A token that comes after Cancel belongs to a request already finished.
                    if (run == m_run && m_busy)
                        proceed(ready, refusal, start, beforeLeave);
                },
                Qt::QueuedConnection);
        });
    return true;
}

void GraphRequest::proceed(const std::shared_ptr<CloudApiClient> &client, SendResult refusal,
    const Start &start, const BeforeLeave &beforeLeave)
{
    if (m_cancelled) {
        finish(SendResult::cancelled());
        return;
    }
    if (!client) {
        finish(refusal);
        return;
    }
    if (beforeLeave && !beforeLeave(&refusal)) {
        finish(refusal);
        return;
    }
    m_client = client;
    m_job = start(*m_client);
    connect(m_job, &SendJob::uploadProgress, this, &GraphRequest::progress);
    connect(m_job, &SendJob::finished, this, &GraphRequest::finish);
}

void GraphRequest::cancel()
{
    m_cancelled = true;
    if (m_job) {
        m_job->cancel();
        return;
    }
    // Still waiting for the keychain (which may never answer): nothing has left, stop now.
    if (m_busy) {
        ++m_run;
        finish(SendResult::cancelled());
    }
}

void GraphRequest::finish(const SendResult &result)
{
    m_busy = false;
    m_job = nullptr;
    Q_EMIT finished(result);
}

} // namespace Wac
