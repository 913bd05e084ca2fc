// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/templatereviewer.h"

#include "sim/templatestore.h"
#include "sim/webhookdispatcher.h"

#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

TemplateReviewer::TemplateReviewer(TemplateStore &store, WebhookDispatcher &webhooks,
    std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_webhooks(webhooks)
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; a precise one never does, and arm() would
    // otherwise spin re-arming a timer for the last few milliseconds.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TemplateReviewer::reviewDue);
}

void TemplateReviewer::schedule(const QString &id)
{
    m_due.insert(id, m_clock().addSecs(m_delaySeconds));
    arm();
}

void TemplateReviewer::reviewDue()
{
    const QDateTime now = m_clock();
    QStringList due;
    for (auto it = m_due.cbegin(); it != m_due.cend(); ++it) {
        if (it.value() <= now)
            due.append(it.key());
    }
    // In the order they were due, so that webhooks of one clock step come out in that order.
    std::sort(due.begin(), due.end(),
        [this](const QString &a, const QString &b) { return m_due.value(a) < m_due.value(b); });
    for (const QString &id : std::as_const(due)) {
        m_due.remove(id);
        review(id);
    }
    arm();
}

void TemplateReviewer::review(const QString &id)
{
    std::optional<QJsonObject> tpl = m_store.findById(id);
    // Deleted while it waited: nothing is left to review.
    if (!tpl || tpl->value(u"status").toString() != u"PENDING"_s)
        return;
    const bool reject = tpl->value(u"name").toString().contains(u"reject"_s);
    const QString event = reject ? u"REJECTED"_s : u"APPROVED"_s;
    const QString reason = reject ? u"INVALID_FORMAT"_s : u"NONE"_s;
    tpl->insert(u"status"_s, event);
    tpl->insert(u"rejected_reason"_s, reason);
    m_store.replace(*tpl);
    m_webhooks.templateStatus(*tpl, event, reason);
}

void TemplateReviewer::arm()
{
    if (m_due.isEmpty()) {
        m_timer.stop();
        return;
    }
    const QDateTime now = m_clock();
    qint64 soonest = std::numeric_limits<qint64>::max();
    for (const QDateTime &at : std::as_const(m_due))
        soonest = qMin(soonest, now.msecsTo(at));
    // 0 ms: on the next event-loop turn, never inside the request that created the template,
    // so its 200 answer is written before the webhook that says it was reviewed.
    m_timer.start(int(qBound<qint64>(0, soonest, qint64(maxDelaySeconds) * 1000)));
}

} // namespace Wac::Sim
