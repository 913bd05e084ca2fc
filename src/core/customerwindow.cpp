// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/customerwindow.h"

#include "core/coretr.h"
#include "core/messagetype.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

QString openText(qint64 remaining)
{
    // Rounded down: "0 min left" would read as closed while it is still open.
    const qint64 minutes = remaining / minuteMs;
    if (minutes == 0)
        return Tr::tr("open · less than a minute left");
    if (minutes < 60)
        return Tr::tr("open · %n min left", nullptr, int(minutes));
    //: The customer-service window: hours and minutes until it closes.
    return Tr::tr("open · %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

QString closedText(qint64 ago)
{
    if (ago < minuteMs)
        return Tr::tr("closed just now: only templates");
    if (ago < hourMs)
        return Tr::tr("closed %n min ago: only templates", nullptr, int(ago / minuteMs));
    if (ago < dayMs)
        return Tr::tr("closed %n h ago: only templates", nullptr, int(ago / hourMs));
    // English has no catalogue to give "%n days" its singular.
    if (ago < 2 * dayMs)
        return Tr::tr("closed 1 day ago: only templates");
    return Tr::tr("closed %n days ago: only templates", nullptr, int(ago / dayMs));
}

} // namespace

CustomerWindow CustomerWindow::at(qint64 lastInboundAt, qint64 now)
{
    CustomerWindow w;
    w.m_now = now;
    if (lastInboundAt <= 0)
        return w;
    // A customer's clock ahead of ours (a timestamp in the future) still opened the window:
    // it is open for no longer than a day from now.
    w.m_closesAt = std::min(lastInboundAt, now) + lengthMs;
    w.m_state = now < w.m_closesAt ? State::Open : State::Closed;
    return w;
}

qint64 CustomerWindow::remainingMs() const
{
    return m_state == State::Open ? m_closesAt - m_now : 0;
}

qint64 CustomerWindow::closedForMs() const
{
    return m_state == State::Closed ? m_now - m_closesAt : 0;
}

qint64 CustomerWindow::closesAt() const
{
    return m_closesAt;
}

QString CustomerWindow::text() const
{
    switch (m_state) {
    case State::Open:
        return openText(remainingMs());
    case State::Closed:
        return closedText(closedForMs());
    case State::Unknown:
        break;
    }
    return Tr::tr("unknown: this customer has not written to the console");
}

std::optional<Diagnostic> CustomerWindow::finding(const QJsonObject &body) const
{
    if (m_state != State::Closed)
        return std::nullopt;
    const MessageType type = messageTypeOf(body);
    if (type == MessageType::Template || type == MessageType::MarkAsRead)
        return std::nullopt;
    // Graph's own words for 131047, so that what the console says before the send is what the
    // status webhook would say after it.
    return Diagnostic {Severity::Error, u"/type"_s, QString::fromLatin1(closedCode),
        Tr::tr("Re-engagement message: more than 24 hours have passed since the customer last "
               "replied to this number; only a template can be sent")};
}

} // namespace Wac
