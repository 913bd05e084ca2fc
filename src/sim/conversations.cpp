// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/conversations.h"

namespace Wac::Sim {

bool Conversations::advance(qint64 seconds)
{
    if (seconds < 0 || seconds > maxStepSeconds || m_offsetMs / 1000 + seconds > maxOffsetSeconds)
        return false;
    m_offsetMs += seconds * 1000;
    return true;
}

bool Conversations::isWindowOpen(const QString &waId) const
{
    const auto it = m_lastInbound.constFind(waId);
    return it != m_lastInbound.cend() && it->secsTo(now()) < windowSeconds;
}

bool Conversations::takePairToken(const QString &waId)
{
    if (!m_limits)
        return true;
    // A token bucket: a burst of 45 may be borrowed, then one message per 6 s comes back.
    Bucket &bucket = m_buckets[waId];
    const QDateTime current = now();
    if (bucket.updated.isValid()) {
        const double elapsed = double(bucket.updated.msecsTo(current)) / 1000.0;
        bucket.tokens = qMin(pairBurst, bucket.tokens + elapsed / pairRefillSeconds);
    }
    bucket.updated = current;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

bool Conversations::takeThroughput()
{
    if (!m_limits)
        return true;
    const qint64 ms = now().toMSecsSinceEpoch();
    while (!m_recentSends.empty() && ms - m_recentSends.front() >= 1000)
        m_recentSends.pop_front();
    if (int(m_recentSends.size()) >= throughputPerSecond)
        return false;
    m_recentSends.push_back(ms);
    return true;
}

} // namespace Wac::Sim
