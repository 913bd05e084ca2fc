// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class UnknownComposerPage;
}

namespace Wac {

/// A message type waconsole has no form for: the payload is kept as loaded, for the JSON tab.
class UnknownComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit UnknownComposerPage(QWidget *parent = nullptr);
    ~UnknownComposerPage() override;

protected:
    /// Replaces the page's one paragraph (why there is no form).
    void setNote(const QString &text);

    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::UnknownComposerPage> m_ui;
};

} // namespace Wac
