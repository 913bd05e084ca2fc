// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class VoiceCallComposerPage;
}

namespace Wac {

/// Voice-call button: the body and a button that calls the business on WhatsApp.
class VoiceCallComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit VoiceCallComposerPage(QWidget *parent = nullptr);
    ~VoiceCallComposerPage() override;

    QList<Diagnostic> formProblems() const override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::VoiceCallComposerPage> m_ui;
};

} // namespace Wac
