// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class CtaUrlComposerPage;
}

namespace Wac {

/// Call to action: a button that opens a URL.
class CtaUrlComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit CtaUrlComposerPage(QWidget *parent = nullptr);
    ~CtaUrlComposerPage() override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::CtaUrlComposerPage> m_ui;
};

} // namespace Wac
