// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templatedefinition.h"
#include "widgets/composer/composerpage.h"

#include <QJsonArray>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class TemplateComposerPage;
}

namespace Wac {

/**
 * Template: name, language and the values of its variables. With the template's definition
 * (from the profile's library) the values are a form made from it; without one, or for a
 * payload that does not follow it, the components are edited by hand, as written.
 */
class TemplateComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    using Lookup = std::function<std::optional<TemplateDefinition>(
        const QString &name, const QString &language)>;

    explicit TemplateComposerPage(QWidget *parent = nullptr);
    ~TemplateComposerPage() override;

    /// Where definitions come from (the current profile's library).
    void setLookup(Lookup lookup);
    /// Switches to the form of `definition`, keeping the values of the same template.
    void useDefinition(const TemplateDefinition &definition);

    /// Whether the form of a definition is shown (rather than hand-made components).
    bool isFormMode() const { return m_definition.has_value(); }

    QList<Diagnostic> formProblems() const override;

Q_SIGNALS:
    /// The user asked to pick a template from the library.
    void chooseRequested();

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    void showMode();
    void toggleMode();
    std::optional<TemplateDefinition> lookUp() const;

    std::unique_ptr<Ui::TemplateComposerPage> m_ui;
    Lookup m_lookup;
    std::optional<TemplateDefinition> m_definition; ///< set in form mode
    /// The components as loaded: the form writes its indexes and sub_types as they did.
    QJsonArray m_loaded;
};

} // namespace Wac
