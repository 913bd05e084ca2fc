// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>
#include <QUrl>

namespace Wac {

/// What a profile's webhook receiver is doing, as the profile dialog and the status bar show it.
struct ReceiverState
{
    bool listening = false;
    QUrl url; ///< the local callback address, e.g. http://127.0.0.1:8809/webhook
    QString problem; ///< why it does not listen, or why POSTs are refused (no app secret)
    qint64 lastDeliveryAt = 0; ///< UTC milliseconds; 0 when none came this run
    bool lastVerified = false;
    QString lastResult; ///< e.g. "200: 3 statuses" or "403: the signature does not match"
    qint64 accepted = 0;
    qint64 rejected = 0;
};

} // namespace Wac
