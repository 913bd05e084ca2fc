// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class LocationRequestComposerPage;
}

namespace Wac {

/// Location request: body (and footer) above the Send location button.
class LocationRequestComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit LocationRequestComposerPage(QWidget *parent = nullptr);
    ~LocationRequestComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::LocationRequestComposerPage> m_ui;
};

} // namespace Wac
