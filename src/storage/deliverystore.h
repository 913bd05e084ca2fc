// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/inboxrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace Wac {

class HistoryStore;

/// Reads the webhook deliveries the receivers accepted, kept raw with their time and
/// verification (InboxWriter writes them with what they held).
class DeliveryStore
{
public:
    /// `history` must be open and outlive the store.
    explicit DeliveryStore(const HistoryStore *history);

    /// Up to `limit` deliveries, newest first, older than `beforeId` (0: the newest).
    QList<DeliveryRow> deliveries(qint64 beforeId, int limit) const;
    std::optional<DeliveryRow> delivery(qint64 id) const;
    qint64 count() const;

    QString lastError() const { return m_error; }

private:
    const HistoryStore *m_history;
    mutable QString m_error;
};

} // namespace Wac
