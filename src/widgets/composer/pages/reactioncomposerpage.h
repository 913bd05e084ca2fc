// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class ReactionComposerPage;
}

namespace Wac {

/// Reaction: the WAMID reacted to and the emoji, typed or chosen from a picker.
class ReactionComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit ReactionComposerPage(QWidget *parent = nullptr);
    ~ReactionComposerPage() override;

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::ReactionComposerPage> m_ui;
};

} // namespace Wac
