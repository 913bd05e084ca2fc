// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/sectionscomposerpage.h"

#include <memory>

namespace Ui {
class ProductListComposerPage;
}

namespace Wac {

/// Multi-product: the catalog and sections of products, counted against the 30-product limit.
class ProductListComposerPage : public SectionsComposerPage
{
    Q_OBJECT

public:
    explicit ProductListComposerPage(QWidget *parent = nullptr);
    ~ProductListComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::ProductListComposerPage> m_ui;
};

} // namespace Wac
