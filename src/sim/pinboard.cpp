// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/pinboard.h"

namespace Wac::Sim {

void PinBoard::expire(const QString &group)
{
    const QDateTime now = m_clock();
    QHash<QString, QDateTime> &pins = m_pins[group];
    pins.removeIf([&now](const auto &entry) { return entry.value() <= now; });
}

bool PinBoard::pin(const QString &group, const QString &messageId, int days)
{
    expire(group);
    QHash<QString, QDateTime> &pins = m_pins[group];
    if (!pins.contains(messageId) && pins.size() >= maxPins)
        return false;
    pins.insert(messageId, m_clock().addDays(days));
    return true;
}

void PinBoard::unpin(const QString &group, const QString &messageId)
{
    m_pins[group].remove(messageId);
}

int PinBoard::count(const QString &group)
{
    expire(group);
    return int(m_pins.value(group).size());
}

} // namespace Wac::Sim
