// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class ContactInfoComposerPage;
}

namespace Wac {

/// Contact info request: the body and WhatsApp's Share contact info button.
class ContactInfoComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit ContactInfoComposerPage(QWidget *parent = nullptr);
    ~ContactInfoComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::ContactInfoComposerPage> m_ui;
};

} // namespace Wac
