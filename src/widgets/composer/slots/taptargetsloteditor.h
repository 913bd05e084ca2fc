// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

class QGroupBox;

namespace Wac {

/// tap_target_configuration: a group the user turns on to override the title and URL that a
/// tap on the message opens, sent as Meta's array of {url, title}.
class TapTargetSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    TapTargetSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;

private:
    QGroupBox *m_group = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_url = nullptr;
    /// What was loaded (more targets, the one-object form): what the fields do not show
    /// goes out as it came.
    TemplateParameter m_loaded;
};

} // namespace Wac
