// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The window's profiles, sending and uploads: the profile switcher, Send / Send anyway /
// Cancel, what the result panel and status bar say, and the cURL tab's address and token.
#include "ui_mainwindow.h"

#include "net/mediafile.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/composer/composercontroller.h"
#include "widgets/composer/mediasourceeditor.h"
#include "widgets/dialogs/filedialogs.h"
#include "widgets/dialogs/profiledialog.h"
#include "widgets/mainwindow.h"
#include "widgets/resultpanel.h"
#include "widgets/sendcontroller.h"
#include "widgets/templates/templatebrowser.h"

#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Wac {

void MainWindow::setServices(ProfileStore *profiles, SecretVault *vault, QNetworkAccessManager *nam)
{
    m_profiles = profiles;
    m_vault = vault;
    m_nam = nam;
    m_ui->profilesAction->setEnabled(true);
    showSecretsMode(vault->isSessionOnly());
    m_sender = new SendController(vault, nam, this);
    connect(m_sender, &SendController::progress, m_result, &ResultPanel::showProgress);
    connect(m_sender, &SendController::finished, this, &MainWindow::sendFinished);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, m_sender, &SendController::cancel);
    fillProfiles({});
    connect(vault, &SecretVault::sessionOnlyChanged, this, &MainWindow::showSecretsMode);
}

void MainWindow::setSandbox(const QUrl &baseUrl, const QString &apiVersion)
{
    m_profileLabel->setText(tr("Sandbox · %1 · %2").arg(baseUrl.toString(), apiVersion));
    if (m_profiles)
        fillProfiles(QString::fromLatin1(Profile::sandboxName));
    m_profileLabel->setToolTip(tr("The built-in Cloud API simulator answers on this address "
                                  "while waconsole runs (token: sandbox-token)."));
}

void MainWindow::showSecretsMode(bool sessionOnly)
{
    m_secretsLabel->setText(
        sessionOnly ? tr("Secrets: this session only") : tr("Secrets: OS keychain"));
    m_secretsLabel->setToolTip(sessionOnly
            ? tr("No secure storage was found: tokens are kept in memory until waconsole quits and "
                 "written nowhere.")
            : tr("Access tokens and app secrets are kept in the operating system's keychain."));
}

void MainWindow::showProfiles()
{
    auto *dialog = new ProfileDialog(m_profiles, m_vault, m_nam, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(m_ui->profileComboBox->currentData().toString());
    connect(dialog, &ProfileDialog::profilesChanged, this,
        [this] { fillProfiles(m_ui->profileComboBox->currentData().toString()); });
    dialog->open();
}

void MainWindow::fillProfiles(const QString &select)
{
    QComboBox *combo = m_ui->profileComboBox;
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const Profile &p : m_profiles->profiles())
            combo->addItem(p.isSandbox() ? tr("Sandbox (simulator)") : p.name, p.name);
        const int index = combo->findData(select);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    profileChanged();
}

std::optional<Profile> MainWindow::currentProfile() const
{
    if (!m_profiles)
        return std::nullopt;
    return m_profiles->find(m_ui->profileComboBox->currentData().toString());
}

void MainWindow::setSandboxTemplates(PreviewWidget::TemplateLookup lookup)
{
    m_sandboxTemplates = std::move(lookup);
    profileChanged();
}

void MainWindow::profileChanged()
{
    const std::optional<Profile> profile = currentProfile();
    updateTemplateLookups();
    scheduleRefresh(); // the template checks depend on the profile's library
    if (m_templateBrowser && m_templateBrowser->isVisible() && profile)
        m_templateBrowser->setProfile(*profile);
    if (profile && m_vault) {
        const Profile chosen = *profile;
        m_ui->curlPane->setTokenReader(
            [this, chosen](QObject *context, const CurlPane::TokenCallback &done) {
                m_vault->readAccessToken(chosen, context,
                    [done](const QByteArray &token, TokenStore::Error, const QString &) {
                        done(token);
                    });
            });
    } else {
        m_ui->curlPane->setTokenReader({});
    }
    updateCurl();
    updateSendState();
}

void MainWindow::updateCurl()
{
    ApiConfig config;
    if (const std::optional<Profile> profile = currentProfile()) {
        config.baseUrl = profile->baseUrl;
        config.apiVersion = profile->apiVersion;
        config.phoneNumberId = profile->phoneNumberId;
    }
    m_ui->curlPane->setRequest(config, m_message.toJson());
}

void MainWindow::updateSendState()
{
    const bool busy = m_sender && m_sender->isBusy();
    const bool haveProfile = m_ui->profileComboBox->currentIndex() >= 0;
    const bool sandbox =
        m_ui->profileComboBox->currentData().toString() == QLatin1String(Profile::sandboxName);
    const bool parsable = m_ui->jsonPane->isValid();
    m_ui->sendPushButton->setEnabled(!busy && haveProfile && parsable && !m_hasErrors);
    // Sending a payload with errors is for seeing the server's own validation: the Sandbox only.
    m_ui->sendAnywayPushButton->setVisible(!busy && sandbox && parsable && m_hasErrors);
    m_ui->cancelPushButton->setVisible(busy);
    m_ui->profileComboBox->setEnabled(!busy);
}

void MainWindow::send(bool anyway)
{
    // What is sent is what the form holds now, including a JSON edit still in its pause.
    m_ui->jsonPane->flush();
    m_composer->revealAll();
    scheduleRefresh();
    if (m_refresh.isActive()) {
        m_refresh.stop();
        refresh();
    }
    if (!m_sender || !m_ui->jsonPane->isValid() || (m_hasErrors && !anyway) || m_sender->isBusy())
        return;
    if (!confirmTemplateStatus(m_message.toJson()))
        return;
    if (const std::optional<Profile> profile = currentProfile())
        startSend(*profile, m_message.toJson());
}

bool MainWindow::startSend(const Profile &profile, const QJsonObject &body)
{
    if (!m_sender->send(profile, body))
        return false;
    m_result->showSending();
    statusBar()->showMessage(tr("Sending with %1…").arg(profile.name));
    updateSendState();
    return true;
}

void MainWindow::upload(MediaSourceEditor *editor)
{
    const std::optional<Profile> profile = currentProfile();
    if (!m_sender || !profile) {
        statusBar()->showMessage(tr("Choose a profile to upload to first."));
        return;
    }
    if (m_sender->isBusy()) {
        statusBar()->showMessage(tr("Wait for the request in flight to finish."));
        return;
    }
    const QString path = FileDialogs::openFileName(this, tr("Upload a file"));
    if (path.isEmpty())
        return;
    const MediaFile file = MediaFile::load(path, {}, editor->mediaKind());
    if (!file.ok()) {
        m_result->showProblem(tr("Not uploaded"), file.problem);
        return;
    }
    m_uploadTarget = editor;
    m_uploading = true;
    m_sender->upload(*profile, file);
    m_result->showSending();
    statusBar()->showMessage(tr("Uploading %1 to %2…").arg(file.fileName, profile->name));
    updateSendState();
}

void MainWindow::sendFinished(const SendResult &result)
{
    if (m_uploadTarget || m_uploading) {
        m_uploading = false;
        const QString id = result.response.value(u"id").toString();
        if (result.outcome == SendResult::Outcome::Accepted && !id.isEmpty()) {
            if (m_uploadTarget)
                m_uploadTarget->setUploadedId(id);
            m_result->showUploaded(id);
            statusBar()->showMessage(tr("Uploaded: media ID %1").arg(id));
        } else {
            m_result->showResult(result);
            statusBar()->showMessage(result.error.headline());
        }
        m_uploadTarget.clear();
        updateSendState();
        return;
    }
    m_result->showResult(result);
    statusBar()->showMessage(result.outcome == SendResult::Outcome::Accepted
            ? tr("Accepted: %1").arg(result.wamid.isEmpty() ? tr("done") : result.wamid)
            : result.error.headline());
    updateSendState();
}

} // namespace Wac
