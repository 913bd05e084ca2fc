// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

class QLineEdit;

namespace Wac {

/// A product card's header: the product's retailer id and its catalog.
class ProductSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    ProductSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;

private:
    QLineEdit *m_retailerId = nullptr;
    QLineEdit *m_catalogId = nullptr;
};

} // namespace Wac
