// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/mediauploader.h"

#include "net/cloudapiclient.h"

#include "services/graphrequest.h"

namespace Wac {

MediaUploader::MediaUploader(GraphAccess *graph, QObject *parent)
    : QObject(parent)
    , m_request(new GraphRequest(graph, this))
{
    connect(m_request, &GraphRequest::progress, this, &MediaUploader::progress);
    connect(m_request, &GraphRequest::finished, this, [this](const SendResult &result) {
        const bool accepted = result.outcome == SendResult::Outcome::Accepted;
        Q_EMIT finished(result, accepted ? result.response.value(u"id").toString() : QString());
    });
}

MediaUploader::~MediaUploader() = default;

bool MediaUploader::isBusy() const
{
    return m_request->isBusy();
}

bool MediaUploader::upload(const Profile &profile, const MediaFile &file)
{
    return m_request->run(
        profile, [file](CloudApiClient &client) { return client.uploadMedia(file); });
}

void MediaUploader::cancel()
{
    m_request->cancel();
}

} // namespace Wac
