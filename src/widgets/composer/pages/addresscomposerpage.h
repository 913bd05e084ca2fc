// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class AddressComposerPage;
}

namespace Wac {

/// Address message: the country and, optionally, prefilled values as checked JSON.
class AddressComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit AddressComposerPage(QWidget *parent = nullptr);
    ~AddressComposerPage() override;

    QList<Diagnostic> formProblems() const override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::AddressComposerPage> m_ui;
};

} // namespace Wac
