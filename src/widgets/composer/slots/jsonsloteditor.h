// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

class QLineEdit;
class QPlainTextEdit;

namespace Wac {

/// A button whose value is JSON: a flow's token and action data, or an order_details order.
class JsonSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    JsonSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;
    QString problem() const override;

private:
    QLineEdit *m_token = nullptr; ///< flows only
    QPlainTextEdit *m_json = nullptr;
};

} // namespace Wac
