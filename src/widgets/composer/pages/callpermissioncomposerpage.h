// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class CallPermissionComposerPage;
}

namespace Wac {

/// Call permission request: the body and the customer's choice to allow or decline your calls.
class CallPermissionComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit CallPermissionComposerPage(QWidget *parent = nullptr);
    ~CallPermissionComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::CallPermissionComposerPage> m_ui;
};

} // namespace Wac
