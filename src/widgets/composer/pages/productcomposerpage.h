// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class ProductComposerPage;
}

namespace Wac {

/// Single product: the catalog and the product's retailer ID.
class ProductComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit ProductComposerPage(QWidget *parent = nullptr);
    ~ProductComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::ProductComposerPage> m_ui;
};

} // namespace Wac
