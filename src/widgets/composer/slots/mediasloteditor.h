// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/templatesloteditor.h"

class QLineEdit;

namespace Wac {

/// A header's (or a card's) image, video or document, by ID or link.
class MediaSlotEditor : public TemplateSlotEditor
{
    Q_OBJECT

public:
    MediaSlotEditor(const TemplateSlot &slot, QWidget *parent);

    TemplateParameter value() const override;
    void setValue(const TemplateParameter &value) override;
    QWidget *mainField() const override;

private:
    class MediaSourceEditor *m_media = nullptr;
    QLineEdit *m_filename = nullptr; ///< documents only
};

} // namespace Wac
