// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/toolsmenu.h"

#include "storage/settings.h"
#include "widgets/dialogs/customerdialog.h"
#include "widgets/dialogs/deliveriesdialog.h"

#include <QPointer>

#include "services/inbox.h"
#include "services/sandbox.h"

using namespace Qt::StringLiterals;

namespace Wac {

ToolsMenu::ToolsMenu(const WindowServices &services, std::function<void()> changed, QWidget *window)
    : QMenu(tr("&Tools"), window)
    , m_services(services)
    , m_changed(std::move(changed))
{
    setObjectName(u"toolsMenu"_s);
    QAction *customer = addAction(tr("Simulate a &customer message…"));
    customer->setObjectName(u"simulateCustomerAction"_s);
    customer->setToolTip(tr("Write to the Sandbox as a customer: the message arrives by webhook "
                            "and opens their 24-hour window."));
    customer->setEnabled(services.sandbox != nullptr);
    connect(customer, &QAction::triggered, this, &ToolsMenu::simulateCustomer);
    QAction *deliveries = addAction(tr("Webhook &deliveries…"));
    deliveries->setObjectName(u"webhookDeliveriesAction"_s);
    deliveries->setEnabled(services.inbox != nullptr);
    connect(deliveries, &QAction::triggered, this, &ToolsMenu::showDeliveries);
    addSeparator();
    QAction *anyway = addAction(tr("Offer \"Send anyway\" on every profile"));
    anyway->setObjectName(u"sendAnywayEverywhereAction"_s);
    anyway->setToolTip(tr("Sending a message with errors shows the server's own validation; "
                          "the Sandbox always offers it."));
    anyway->setCheckable(true);
    anyway->setChecked(Settings::sendAnywayEverywhere());
    connect(anyway, &QAction::toggled, this, [this](bool on) {
        Settings::setValue(Settings::Key::SendAnywayEverywhere, on);
        m_changed();
    });
}

void ToolsMenu::simulateCustomer()
{
    auto *dialog = new CustomerDialog(m_services.sandbox, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ToolsMenu::showDeliveries()
{
    auto *dialog = new DeliveriesDialog(&m_services.inbox->deliveries(), parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A delivery arriving while it is open shows at once.
    const QPointer<DeliveriesDialog> shown(dialog);
    connect(m_services.inbox, &Inbox::received, dialog, [shown] {
        if (shown)
            shown->reload();
    });
    dialog->open();
}

} // namespace Wac
