// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

namespace Wac {

/// A location header: latitude, longitude, name and address.
class LocationSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    LocationSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;
    QString problem() const override;

private:
    QList<QLineEdit *> m_location; ///< latitude, longitude, name, address
};

} // namespace Wac
