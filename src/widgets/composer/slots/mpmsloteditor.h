// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

class QLabel;
class QLineEdit;

namespace Wac {

/// A multi-product button: the thumbnail product and the sections of products, with the total
/// against Graph's 30.
class MpmSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    MpmSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;

private:
    void updateTotal();

    QLineEdit *m_thumbnail = nullptr;
    class RepeatedList *m_sections = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace Wac
