// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/customernotifier.h"

#include "storage/settings.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

#include "services/inbox.h"

using namespace Qt::StringLiterals;

namespace Wac {

CustomerNotifier::CustomerNotifier(Inbox *inbox, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    connect(inbox, &Inbox::received, this,
        [this](const QString &, const WebhookDelivery &parsed, const RecordedDelivery &recorded) {
            received(parsed, recorded);
        });
}

void CustomerNotifier::received(const WebhookDelivery &parsed, const RecordedDelivery &recorded)
{
    if (recorded.newMessages == 0 || !Settings::conversationsNotify() || m_window->isActiveWindow())
        return;
    // The newest message a person wrote: a system notice (a changed number) is no news.
    const WebhookMessage *message = nullptr;
    for (const WebhookMessage &m : parsed.messages) {
        if (m.type != u"system"_s)
            message = &m;
    }
    if (!message)
        return;
    const QString who = !message->contact.name.isEmpty() ? message->contact.name
        : !message->from.isEmpty()                       ? u'+' + message->from
                                                         : message->fromUserId;
    const QString title = tr("%1 wrote").arg(who);
    const QString text = message->text.isEmpty() ? tr("A \"%1\" message").arg(message->type)
                                                 : message->text.left(200);
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(u"waconsole"_s);
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    } else {
        QApplication::alert(m_window);
    }
    Q_EMIT notified(title, text);
}

} // namespace Wac
