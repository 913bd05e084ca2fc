// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

class QLineEdit;

namespace Wac {

/// A button that takes one line: a URL's suffix, a payload, a coupon, a one-time code, a catalog's
/// thumbnail or a voice call's minutes.
class ButtonSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    ButtonSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;
    QString problem() const override;

private:
    QLineEdit *m_value = nullptr;
};

} // namespace Wac
