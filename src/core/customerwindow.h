// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wac {

/**
 * The customer-service window (reference §7): any message a customer writes opens it, or
 * refreshes it, for 24 hours; outside it only a template may go out (Graph answers 131047).
 * A value computed from when the customer last wrote and the time now; the caller brings both.
 */
class CustomerWindow
{
public:
    enum class State
    {
        Unknown, ///< the customer never wrote to the console: it cannot say
        Open,
        Closed,
    };

    static constexpr qint64 lengthMs = qint64(24) * 3600 * 1000;
    /// The code of the finding a free-form message gets while the window is closed.
    static constexpr auto closedCode = "window.closed";

    /// The window of a customer whose newest message came at `lastInboundAt` (UTC ms, 0 when
    /// they never wrote), as it stands at `now` (UTC ms).
    static CustomerWindow at(qint64 lastInboundAt, qint64 now);

    State state() const { return m_state; }

    bool isOpen() const { return m_state == State::Open; }

    bool isClosed() const { return m_state == State::Closed; }

    bool isUnknown() const { return m_state == State::Unknown; }

    /// Open: how long until it closes, in ms; 0 otherwise.
    qint64 remainingMs() const;
    /// Closed: how long ago it closed, in ms; 0 otherwise.
    qint64 closedForMs() const;
    /// When it closes (or closed), UTC ms; 0 when unknown.
    qint64 closesAt() const;

    /// The state in a few translated words: "open · 3 h 12 min left", "closed 2 days ago: only
    /// templates", "unknown: this customer has not written to the console".
    QString text() const;

    /// What sending `body` now meets: an error at `/type` while the window is closed and the
    /// message is free-form (anything but a template; mark-as-read is not a message at all).
    std::optional<Diagnostic> finding(const QJsonObject &body) const;

private:
    State m_state = State::Unknown;
    qint64 m_closesAt = 0;
    qint64 m_now = 0;
};

} // namespace Wac
