// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class ButtonsComposerPage;
}

namespace Wac {

/// Reply buttons: header, body, footer and one to three buttons with their IDs.
class ButtonsComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit ButtonsComposerPage(QWidget *parent = nullptr);
    ~ButtonsComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;
    void storeLists(OutgoingMessage &message) const override;

private:
    std::unique_ptr<Ui::ButtonsComposerPage> m_ui;
};

} // namespace Wac
