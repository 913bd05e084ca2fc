// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class MarkReadComposerPage;
}

namespace Wac {

/// Mark as read: the WAMID of the customer's message and the typing-indicator switch.
class MarkReadComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit MarkReadComposerPage(QWidget *parent = nullptr);
    ~MarkReadComposerPage() override;

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::MarkReadComposerPage> m_ui;
};

} // namespace Wac
