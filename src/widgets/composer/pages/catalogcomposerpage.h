// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class CatalogComposerPage;
}

namespace Wac {

/// Catalog: the body and the product whose image leads the message.
class CatalogComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit CatalogComposerPage(QWidget *parent = nullptr);
    ~CatalogComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::CatalogComposerPage> m_ui;
};

} // namespace Wac
