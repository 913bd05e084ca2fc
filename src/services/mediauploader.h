// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/mediafile.h"
#include "net/sendresult.h"
#include "storage/profile.h"

#include <QObject>

namespace Wac {

class GraphAccess;
class GraphRequest;

/// Uploads one file at a time to a profile's `/{phone-number-id}/media`, apart from sends.
class MediaUploader : public QObject
{
    Q_OBJECT

public:
    explicit MediaUploader(GraphAccess *graph, QObject *parent = nullptr);
    ~MediaUploader() override;

    bool isBusy() const;
    /// Starts uploading `file`; false (nothing started) while an upload is in flight.
    bool upload(const Profile &profile, const MediaFile &file);
    void cancel();

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    /// `mediaId` is the uploaded file's ID when `result` is accepted.
    void finished(const Wac::SendResult &result, const QString &mediaId);

private:
    GraphRequest *m_request;
};

} // namespace Wac
