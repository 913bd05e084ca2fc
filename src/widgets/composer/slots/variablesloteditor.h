// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

class QComboBox;

namespace Wac {

/// A header or body variable: its value and its type (text, currency or date_time).
class VariableSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    VariableSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;
    QString problem() const override;

private:
    void typeChanged();

    QComboBox *m_type = nullptr;
    QLineEdit *m_value = nullptr; ///< text, or the fallback value
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_currency = nullptr;
};

} // namespace Wac
