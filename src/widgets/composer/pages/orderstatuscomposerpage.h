// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class OrderStatusComposerPage;
}

namespace Wac {

/// Review order: the new status of an order sent earlier with order_details.
class OrderStatusComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit OrderStatusComposerPage(QWidget *parent = nullptr);
    ~OrderStatusComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::OrderStatusComposerPage> m_ui;
};

} // namespace Wac
