// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templates/templatedesk.h"

#include "widgets/composer/composercontroller.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/previewwidget.h"
#include "widgets/templatebuilder/templatedesigner.h"
#include "widgets/templates/templatebrowser.h"

#include <QAction>

#include "services/templatelibrary.h"

using namespace Qt::StringLiterals;

namespace Wac {

TemplateDesk::TemplateDesk(TemplateLibrary *library, GraphAccess *graph,
    ComposerController *composer, PreviewWidget *preview, CurrentProfile currentProfile,
    QWidget *window, QAction *newTemplate)
    : QObject(window)
    , m_library(library)
    , m_composer(composer)
    , m_preview(preview)
    , m_profile(std::move(currentProfile))
    , m_window(window)
{
    // The template page is made when first shown: a window that starts on another type
    // does not pay for it.
    connect(m_composer, &ComposerController::templateChooserRequested, this, &TemplateDesk::show);
    m_composer->setTemplateLookup([this](const QString &name, const QString &language) {
        return definition(name, language);
    });
    m_preview->setTemplateLookup(
        [this](const QString &name, const QString &language) -> std::optional<QJsonObject> {
            if (const std::optional<TemplateDefinition> d = definition(name, language))
                return d->json;
            return std::nullopt;
        });
    if (m_library)
        connect(m_library, &TemplateLibrary::refreshed, this, &TemplateDesk::libraryChanged);
    if (m_library && graph) {
        m_designer = new TemplateDesigner(graph, m_library, m_profile, m_window);
        connect(m_designer, &TemplateDesigner::statusMessage, this, &TemplateDesk::statusMessage);
    }
    newTemplate->setEnabled(m_designer != nullptr);
    connect(newTemplate, &QAction::triggered, this, [this] {
        if (m_designer)
            m_designer->newTemplate();
    });
}

std::optional<TemplateDefinition> TemplateDesk::definition(
    const QString &name, const QString &language)
{
    const std::optional<Profile> profile = m_profile();
    if (!profile || !m_library)
        return std::nullopt;
    return m_library->definition(*profile, name, language);
}

void TemplateDesk::profileChanged()
{
    const std::optional<Profile> profile = m_profile();
    if (m_browser && m_browser->isVisible() && profile)
        m_browser->setProfile(*profile);
}

TemplateBrowser *TemplateDesk::show()
{
    const std::optional<Profile> profile = m_profile();
    if (!m_library || !profile) {
        Q_EMIT statusMessage(tr("Choose a profile to see its templates."), 0);
        return nullptr;
    }
    if (!m_browser) {
        m_browser = new TemplateBrowser(m_library, m_window);
        m_browser->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_browser, &TemplateBrowser::useRequested, this, &TemplateDesk::use);
        m_browser->setEditable(m_designer != nullptr);
        if (m_designer) {
            connect(
                m_browser, &TemplateBrowser::editRequested, m_designer, &TemplateDesigner::edit);
            connect(m_browser, &TemplateBrowser::deleteRequested, m_designer,
                [this](const TemplateDefinition &d) { m_designer->remove(d, m_browser); });
        }
    }
    m_browser->setProfile(*profile);
    const OutgoingMessage current = m_composer->message();
    if (current.type() == MessageType::Template) {
        const TemplatePayload payload = current.templatePayload();
        m_browser->select(payload.name, payload.languageCode);
    }
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
    return m_browser;
}

void TemplateDesk::use(const TemplateDefinition &definition)
{
    m_composer->selectType(MessageType::Template);
    m_composer->templatePage()->useDefinition(definition);
    Q_EMIT statusMessage(
        tr("Template %1 (%2): fill its values.").arg(definition.name, definition.language), 0);
    m_window->activateWindow();
    m_window->raise();
}

} // namespace Wac
