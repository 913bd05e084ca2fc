// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/customerwindow.h"
#include "core/diagnostic.h"
#include "storage/inboxrecord.h"
#include "storage/profile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QLabel;

namespace Wac {

class Inbox;

/**
 * The 24-hour window at the composer: beside the recipient, the state of the window of that
 * customer on the current profile's number, and, while it is closed, an error at `/type` for
 * any free-form message, with a way to the Template page. A customer who never wrote is no
 * error: the note only says so.
 */
class CustomerWindowNote : public QObject
{
    Q_OBJECT

public:
    CustomerWindowNote(const Inbox *inbox, std::function<QDateTime()> clock, QLabel *label,
        QObject *parent = nullptr);

    /// From now on the note looks customers up; before it (the window's first paint) it is
    /// silent and reads nothing.
    void start();
    /// What sending `body` from `profile` now meets, shown beside the recipient as well.
    QList<Diagnostic> findings(const std::optional<Profile> &profile, const QJsonObject &body);
    /// What was read of the customers is stale (a message came, another process wrote).
    void invalidate();
    /// The clock moved on: the countdown follows, and changed() when the window opened or closed.
    void clockTicked();

    /// The state shown now (Unknown also when nothing is shown).
    CustomerWindow window() const;

Q_SIGNALS:
    /// The user asked for the Template page (the note's link, the problem's action).
    void templateRequested();
    /// The window of the customer in the composer opened or closed: check the message again.
    void changed();

private:
    void show();

    const Inbox *m_inbox;
    std::function<QDateTime()> m_clock;
    QLabel *m_label;
    bool m_started = false;
    bool m_looked = false; ///< m_conversation is what the store says of m_phoneNumberId/m_to
    bool m_shown = false;
    QString m_phoneNumberId;
    QString m_to;
    std::optional<Conversation> m_conversation;
    CustomerWindow::State m_state = CustomerWindow::State::Unknown;
};

} // namespace Wac
