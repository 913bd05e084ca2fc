// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class TemplateComposerPage;
}

namespace Wac {

/// Template: name, language and the components that fill its variables.
class TemplateComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit TemplateComposerPage(QWidget *parent = nullptr);
    ~TemplateComposerPage() override;

    QList<Diagnostic> formProblems() const override;

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::TemplateComposerPage> m_ui;
};

} // namespace Wac
