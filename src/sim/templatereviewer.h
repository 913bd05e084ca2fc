// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Wac::Sim {

class TemplateStore;
class WebhookDispatcher;

/**
 * Meta's review of created and edited templates, simulated: a template waits PENDING for the
 * review delay of the simulator's clock, then becomes APPROVED, or REJECTED with
 * `rejected_reason` INVALID_FORMAT when its name contains "reject" (so that tests can ask for
 * a rejection), and a `message_template_status_update` webhook says so.
 *
 * A review is due at a time of the simulator's clock, not after a span of real time: moving
 * `/_sim/clock` past it reviews at once, as it expires media and closes windows.
 */
class TemplateReviewer : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultDelaySeconds = 5;
    static constexpr int maxDelaySeconds = 24 * 3600;

    TemplateReviewer(TemplateStore &store, WebhookDispatcher &webhooks,
        std::function<QDateTime()> clock, QObject *parent = nullptr);

    int delaySeconds() const { return m_delaySeconds; }

    /// For the reviews scheduled from now on; 0 reviews on the next event-loop turn.
    void setDelaySeconds(int seconds) { m_delaySeconds = seconds; }

    /// The template of `id` was just created or edited (and is PENDING): its review is due
    /// after the delay.
    void schedule(const QString &id);
    /// Reviews every template whose review is due by the clock; called by the timer and when
    /// the clock moves.
    void reviewDue();

private:
    void review(const QString &id);
    void arm();

    TemplateStore &m_store;
    WebhookDispatcher &m_webhooks;
    std::function<QDateTime()> m_clock;
    int m_delaySeconds = defaultDelaySeconds;
    QHash<QString, QDateTime> m_due; ///< template id → when its review ends, by the clock
    QTimer m_timer;
};

} // namespace Wac::Sim
