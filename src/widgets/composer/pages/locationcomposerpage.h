// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class LocationComposerPage;
}

namespace Wac {

/// Location: latitude and longitude (checked as numbers while typed), name and address.
class LocationComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit LocationComposerPage(QWidget *parent = nullptr);
    ~LocationComposerPage() override;

    QList<Diagnostic> formProblems() const override;

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::LocationComposerPage> m_ui;
};

} // namespace Wac
