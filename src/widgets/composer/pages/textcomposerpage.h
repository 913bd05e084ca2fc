// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class TextComposerPage;
}

namespace Wac {

/// Text: the body (up to 4096 characters) and the link-preview switch.
class TextComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit TextComposerPage(QWidget *parent = nullptr);
    ~TextComposerPage() override;

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::TextComposerPage> m_ui;
};

} // namespace Wac
