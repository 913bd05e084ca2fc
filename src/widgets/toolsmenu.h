// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/windowservices.h"

#include <QMenu>

#include <functional>

namespace Wac {

/**
 * The window's Tools menu: "Send anyway" on every profile, writing to the Sandbox as a customer,
 * and the webhook deliveries received.
 */
class ToolsMenu : public QMenu
{
    Q_OBJECT

public:
    /// `changed` runs when a setting that changes what the window checks was switched.
    ToolsMenu(const WindowServices &services, std::function<void()> changed, QWidget *window);

private:
    void simulateCustomer();
    void showDeliveries();

    WindowServices m_services;
    std::function<void()> m_changed;
};

} // namespace Wac
