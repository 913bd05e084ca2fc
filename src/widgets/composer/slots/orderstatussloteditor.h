// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

class QComboBox;

namespace Wac {

/// A template's order_status component: which order (reference_id), its status from the
/// five Meta documents and an optional description.
class OrderStatusSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    OrderStatusSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;

private:
    QLineEdit *m_referenceId = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_description = nullptr;
    /// What was loaded: what the fields do not show goes out as it came.
    QJsonObject m_loaded;
};

} // namespace Wac
