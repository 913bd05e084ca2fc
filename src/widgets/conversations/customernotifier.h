// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/webhooks/webhookdelivery.h"
#include "storage/inboxrecord.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace Wac {

class Inbox;

/**
 * Tells the user of a customer's new message while the window is not in front: a desktop
 * notification where the desktop has a tray, else the window asks for attention. Off when
 * the setting says so (View → Notify of customers' messages).
 */
class CustomerNotifier : public QObject
{
    Q_OBJECT

public:
    CustomerNotifier(Inbox *inbox, QWidget *window, QObject *parent = nullptr);

Q_SIGNALS:
    /// A notice went out (as a notification or the window's alert).
    void notified(const QString &title, const QString &text);

private:
    void received(const Wac::WebhookDelivery &parsed, const Wac::RecordedDelivery &recorded);

    QWidget *m_window;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace Wac
