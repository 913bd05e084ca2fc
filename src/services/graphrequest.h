// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"
#include "storage/profile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Wac {

class CloudApiClient;
class GraphAccess;
class SendJob;

/**
 * One request at a time to a profile: reads the token, makes the client, starts the job,
 * reports progress and finishes once. It never starts again by itself. SendService and
 * MediaUploader each own one, so a send and an upload have their own request and result.
 */
class GraphRequest : public QObject
{
    Q_OBJECT

public:
    using Start = std::function<SendJob *(CloudApiClient &client)>;
    /// Runs when the client is ready, just before the request leaves; false stops it (the
    /// refusal is then the result).
    using BeforeLeave = std::function<bool(SendResult *refusal)>;

    explicit GraphRequest(GraphAccess *graph, QObject *parent = nullptr);
    ~GraphRequest() override;

    bool isBusy() const { return m_busy; }

    /// Starts; false (nothing started) while a request is in flight.
    bool run(const Profile &profile, Start start, BeforeLeave beforeLeave = {});
    void cancel();

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished(const Wac::SendResult &result);

private:
    void proceed(const std::shared_ptr<CloudApiClient> &client, SendResult refusal,
        const Start &start, const BeforeLeave &beforeLeave);
    void finish(const SendResult &result);

    GraphAccess *m_graph;
    std::shared_ptr<CloudApiClient> m_client;
    QPointer<SendJob> m_job;
    quint64 m_run = 0; ///< which run() a late token belongs to
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace Wac
