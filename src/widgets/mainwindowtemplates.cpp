// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "ui_mainwindow.h"

#include "core/templates/templatecheck.h"
#include "storage/profile.h"
#include "widgets/composer/composercontroller.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/mainwindow.h"
#include "widgets/templates/templatebrowser.h"
#include "widgets/templates/templatelibrary.h"

#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Wac {

void MainWindow::setTemplates(TemplateLibrary *library)
{
    m_templates = library;
    m_ui->templatesAction->setEnabled(library != nullptr);
    connect(m_ui->templatesAction, &QAction::triggered, this, &MainWindow::showTemplates,
        Qt::UniqueConnection);
    // A refreshed library changes what the form, the preview and the checks know.
    connect(library, &TemplateLibrary::refreshed, this, [this] {
        updateTemplateLookups();
        scheduleRefresh();
    });
    auto *page = static_cast<TemplateComposerPage *>(m_composer->page(MessageType::Template));
    connect(page, &TemplateComposerPage::chooseRequested, this, &MainWindow::showTemplates,
        Qt::UniqueConnection);
    updateTemplateLookups();
}

void MainWindow::updateTemplateLookups()
{
    auto *page = static_cast<TemplateComposerPage *>(m_composer->page(MessageType::Template));
    page->setLookup([this](const QString &name, const QString &language) {
        return templateDefinition(name, language);
    });
    m_ui->previewPane->setTemplateLookup(
        [this](const QString &name, const QString &language) -> std::optional<QJsonObject> {
            if (const std::optional<TemplateDefinition> d = templateDefinition(name, language))
                return d->json;
            return std::nullopt;
        });
}

std::optional<TemplateDefinition> MainWindow::templateDefinition(
    const QString &name, const QString &language) const
{
    const std::optional<Profile> profile = currentProfile();
    if (!profile)
        return std::nullopt;
    if (m_templates && m_templates->fetchedAt(profile->name).isValid())
        return m_templates->find(profile->name, name, language);
    // The Sandbox's library is known before its first refresh: it is the simulator's own.
    if (profile->isSandbox() && m_sandboxTemplates) {
        if (const std::optional<QJsonObject> json = m_sandboxTemplates(name, language))
            return TemplateDefinition::fromJson(*json);
    }
    return std::nullopt;
}

TemplateBrowser *MainWindow::showTemplates()
{
    const std::optional<Profile> profile = currentProfile();
    if (!m_templates || !profile) {
        statusBar()->showMessage(tr("Choose a profile to see its templates."));
        return nullptr;
    }
    if (!m_templateBrowser) {
        m_templateBrowser = new TemplateBrowser(m_templates, this);
        m_templateBrowser->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_templateBrowser, &TemplateBrowser::useRequested, this, &MainWindow::useTemplate);
    }
    m_templateBrowser->setProfile(*profile);
    const TemplatePayload current = m_message.templatePayload();
    if (m_message.type() == MessageType::Template)
        m_templateBrowser->select(current.name, current.languageCode);
    m_templateBrowser->show();
    m_templateBrowser->raise();
    m_templateBrowser->activateWindow();
    return m_templateBrowser;
}

void MainWindow::useTemplate(const TemplateDefinition &definition)
{
    m_composer->selectType(MessageType::Template);
    auto *page = static_cast<TemplateComposerPage *>(m_composer->page(MessageType::Template));
    page->useDefinition(definition);
    statusBar()->showMessage(
        tr("Template %1 (%2): fill its values.").arg(definition.name, definition.language));
    activateWindow();
    raise();
}

QList<Diagnostic> MainWindow::templateFindings(const QJsonObject &body) const
{
    QList<Diagnostic> out;
    const QJsonObject tpl = body.value(u"template").toObject();
    const QString name = tpl.value(u"name").toString();
    const QString language = tpl.value(u"language").toObject().value(u"code").toString();
    if (body.value(u"type").toString() != u"template"_s || name.isEmpty())
        return out;
    const std::optional<TemplateDefinition> d = templateDefinition(name, language);
    const std::optional<Profile> profile = currentProfile();
    // Without a library there is nothing to compare with; "not in the library" only counts
    // once the library was read.
    const bool haveLibrary =
        d || (profile && m_templates && !m_templates->definitions(profile->name).isEmpty());
    if (!haveLibrary)
        return out;
    if (const auto status = TemplateCheck::status(d ? &*d : nullptr, name, language))
        out.append(status->toDiagnostic());
    if (d) {
        for (const TemplateMismatch &m : TemplateCheck::parameters(*d, tpl))
            out.append(m.toDiagnostic());
    }
    return out;
}

bool MainWindow::confirmTemplateStatus(const QJsonObject &body)
{
    const QList<Diagnostic> findings = templateFindings(body);
    for (const Diagnostic &d : findings) {
        if (d.pointer != u"/template/name"_s)
            continue;
        return Confirm::ask(
            this, tr("Send a template that is not approved?"), d.message, tr("Send anyway"));
    }
    return true;
}

} // namespace Wac
