// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace Wac::Sim {

/**
 * The pinned messages of each group: a group holds at most three pins at a time (2026 notes
 * §1.12), each until its expiration_days have passed on the simulator's clock.
 */
class PinBoard
{
public:
    static constexpr int maxPins = 3;

    explicit PinBoard(std::function<QDateTime()> clock)
        : m_clock(std::move(clock))
    { }

    /// Pins `messageId` for `days`; a message pinned again gets its new expiry. False, and
    /// nothing pinned, when the group holds maxPins other messages.
    bool pin(const QString &group, const QString &messageId, int days);
    void unpin(const QString &group, const QString &messageId);
    int count(const QString &group);

private:
    void expire(const QString &group);

    std::function<QDateTime()> m_clock;
    QHash<QString, QHash<QString, QDateTime>> m_pins; ///< group → message → pinned until
};

} // namespace Wac::Sim
