// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

class QDateTimeEdit;
class QLabel;

namespace Wac {

/// A limited-time offer's expiry: a date and time, sent as expiration_time_ms.
class OfferSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    OfferSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;

private:
    void showSeconds();

    QDateTimeEdit *m_when = nullptr;
    QLabel *m_sent = nullptr; ///< the number that goes out
    /// What was loaded, kept to the millisecond (the editor shows minutes) until edited.
    std::optional<double> m_milliseconds;
};

} // namespace Wac
