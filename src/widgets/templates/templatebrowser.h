// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templatedefinition.h"
#include "storage/profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TemplateBrowser;
}

namespace Wac {

class TemplateLibrary;
class TemplateListModel;
struct SendResult;

/**
 * The Templates window: the current profile's library with a search by name and filters by
 * status, category and language; the selected template drawn by the phone preview with its
 * approved examples. Refresh reads the library again from Graph, with progress and Cancel;
 * "Use template" hands the definition to the composer.
 */
class TemplateBrowser : public QDialog
{
    Q_OBJECT

public:
    TemplateBrowser(TemplateLibrary *library, QWidget *parent = nullptr);
    ~TemplateBrowser() override;

    /// Shows `profile`'s library; a library never fetched is fetched at once.
    void setProfile(const Profile &profile);
    /// Selects the template `name` in `language` when the list shows it.
    void select(const QString &name, const QString &language);
    const TemplateDefinition *current() const;
    /// Whether Edit template… and Delete template… are offered (a window that can submit).
    void setEditable(bool editable);

Q_SIGNALS:
    void useRequested(const Wac::TemplateDefinition &definition);
    void editRequested(const Wac::TemplateDefinition &definition);
    void deleteRequested(const Wac::TemplateDefinition &definition);

private:
    void reload();
    void fillCombo(int column);
    void applyFilter();
    void currentChanged();
    void showState();
    void refresh();
    void refreshed(const QString &profile, bool ok, const SendResult &failure);
    void use();

    std::unique_ptr<Ui::TemplateBrowser> m_ui;
    TemplateLibrary *m_library;
    TemplateListModel *m_model;
    Profile m_profile;
    QString m_problem; ///< why the last refresh failed
};

} // namespace Wac
