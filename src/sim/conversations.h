// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>

namespace Wac::Sim {

/**
 * What the simulator remembers about customers: its clock (real time plus an offset that tests
 * and `/_sim/clock` move), each user's 24-hour customer-service window (opened by an inbound
 * message, reference §7), the pair rate limit (one message per 6 s to a user, bursts of 45
 * borrowed, 131056) and the number's throughput (80 messages per second, 130429).
 */
class Conversations
{
public:
    static constexpr qint64 windowSeconds = 24 * 60 * 60;
    static constexpr double pairRefillSeconds = 6.0;
    static constexpr double pairBurst = 45.0;
    static constexpr int throughputPerSecond = 80;

    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }

    /// The furthest the clock moves in one step, and in all: ten years and a century, so that
    /// now() stays a valid date and no sum of steps overflows.
    static constexpr qint64 maxStepSeconds = 10LL * 366 * 24 * 60 * 60;
    static constexpr qint64 maxOffsetSeconds = 100LL * 366 * 24 * 60 * 60;

    /// Moves the clock on; false (and unmoved) when `seconds` is negative or past the limits.
    bool advance(qint64 seconds);

    void recordInbound(const QString &waId) { m_lastInbound.insert(waId, now()); }

    bool isWindowOpen(const QString &waId) const;

    /// Free-form sends outside the window: accepted then failed by webhook (the default, as
    /// seen in practice), or refused at once with 400 / 131047 (reference §10 item 5).
    bool windowErrorsSync() const { return m_windowErrorsSync; }

    void setWindowErrorsSync(bool sync) { m_windowErrorsSync = sync; }

    bool limitsEnabled() const { return m_limits; }

    void setLimitsEnabled(bool enabled) { m_limits = enabled; }

    /// Counts one message to `waId`; false when the pair rate limit refuses it.
    bool takePairToken(const QString &waId);
    /// Counts one message from the number; false when this second's throughput is spent.
    bool takeThroughput();

private:
    struct Bucket
    {
        double tokens = pairBurst;
        QDateTime updated;
    };

    qint64 m_offsetMs = 0;
    bool m_limits = true;
    bool m_windowErrorsSync = false;
    QHash<QString, QDateTime> m_lastInbound;
    QHash<QString, Bucket> m_buckets;
    std::deque<qint64> m_recentSends; // milliseconds, the last second's sends
};

} // namespace Wac::Sim
