// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/templatebuilder/builderfields.h"
#include "widgets/templatebuilder/builderpage.h"

#include <memory>

namespace Ui {
class BuilderIdentityPage;
}

namespace Wac {

/**
 * The template's identity: name, language, category and parameter format. Switching the
 * format renames the header's and body's variables to match (VariableFormat::converted), as a
 * text left with {{1}} in a NAMED template is refused by Meta.
 */
class BuilderIdentityPage : public BuilderPage
{
    Q_OBJECT

public:
    explicit BuilderIdentityPage(QWidget *parent = nullptr);
    ~BuilderIdentityPage() override;

    void load(const QJsonObject &definition) override;
    void store(QJsonObject &definition) const override;
    void showFindings(const QList<Diagnostic> &findings, const QJsonObject &definition) override;
    bool focusPointer(const QString &pointer, const QJsonObject &definition) override;
    /// Editing a template by ID: its name, language and variable format are fixed (an edit
    /// sends only its category and components), so they are shown but cannot be changed.
    void setEditing(bool editing);

private:
    std::unique_ptr<Ui::BuilderIdentityPage> m_ui;
    BuilderFields m_fields;
    /// The format the definition was loaded or last stored with: a change converts it.
    mutable QString m_storedFormat;
};

} // namespace Wac
