// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Wac::Sim {

/// The requests the simulator received, newest last, with the Authorization header redacted.
class RequestLog
{
public:
    struct Entry
    {
        QDateTime time;
        QString method;
        QString target; ///< path and query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    // At most 1000 × 16 KiB of bodies: the log stays small whatever clients send.
    static constexpr qsizetype capacity = 1000;
    static constexpr qsizetype bodyLimit = 16 * 1024;

    void append(Entry entry);

    void clear() { m_entries.clear(); }

    const QList<Entry> &entries() const { return m_entries; }

    QJsonArray toJson() const;

private:
    QList<Entry> m_entries;
};

} // namespace Wac::Sim
