// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templatedefinition.h"
#include "storage/profile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace Wac {

class ComposerController;
class GraphAccess;
class PreviewWidget;
class TemplateBrowser;
class TemplateDesigner;
class TemplateLibrary;

/**
 * The window's templates: File → Templates… and the template page's Choose…, the Templates
 * window following the chosen profile, and the library's definitions given to the template form
 * and the preview; File → New template… and the Templates window's Edit and Delete go to the
 * template builder's TemplateDesigner.
 */
class TemplateDesk : public QObject
{
    Q_OBJECT

public:
    using CurrentProfile = std::function<std::optional<Profile>()>;

    /// `newTemplate` (File → New template…) opens the builder; without `graph` it is disabled.
    TemplateDesk(TemplateLibrary *library, GraphAccess *graph, ComposerController *composer,
        PreviewWidget *preview, CurrentProfile currentProfile, QWidget *window,
        QAction *newTemplate);

    /// Opens the Templates window on the current profile (none without a profile).
    TemplateBrowser *show();

    TemplateDesigner *designer() const { return m_designer; }

    /// The profile changed: the form, the preview and an open Templates window follow it.
    void profileChanged();

Q_SIGNALS:
    /// A refresh changed what the checks know.
    void libraryChanged();
    void statusMessage(const QString &text, int timeoutMs);

private:
    std::optional<TemplateDefinition> definition(const QString &name, const QString &language);
    void use(const TemplateDefinition &definition);

    TemplateLibrary *m_library;
    ComposerController *m_composer;
    PreviewWidget *m_preview;
    CurrentProfile m_profile;
    QWidget *m_window;
    QPointer<TemplateBrowser> m_browser;
    TemplateDesigner *m_designer = nullptr;
};

} // namespace Wac
