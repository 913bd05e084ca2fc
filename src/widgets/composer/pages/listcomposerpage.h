// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/sectionscomposerpage.h"

#include <memory>

namespace Ui {
class ListComposerPage;
}

namespace Wac {

/// List: the list button and sections of rows, with a running count against the 10-row limit.
class ListComposerPage : public SectionsComposerPage
{
    Q_OBJECT

public:
    explicit ListComposerPage(QWidget *parent = nullptr);
    ~ListComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::ListComposerPage> m_ui;
};

} // namespace Wac
