// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The window's profiles and sending: the profile switcher, Send / Send anyway / Cancel, and
// what the result panel and status bar say.
#include "ui_mainwindow.h"

#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/dialogs/profiledialog.h"
#include "widgets/mainwindow.h"
#include "widgets/resultpanel.h"
#include "widgets/sendcontroller.h"

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
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Profile &p : m_profiles->profiles())
        combo->addItem(p.isSandbox() ? tr("Sandbox (simulator)") : p.name, p.name);
    const int index = combo->findData(select);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    updateSendState();
}

void MainWindow::updateSendState()
{
    const bool busy = m_sender && m_sender->isBusy();
    const bool haveProfile = m_ui->profileComboBox->currentIndex() >= 0;
    const bool sandbox =
        m_ui->profileComboBox->currentData().toString() == QLatin1String(Profile::sandboxName);
    m_ui->sendPushButton->setEnabled(!busy && haveProfile && m_payloadOk && !m_payloadErrors);
    // Sending a payload with errors is for seeing the server's own validation: the Sandbox only.
    m_ui->sendAnywayPushButton->setVisible(!busy && sandbox && m_payloadOk && m_payloadErrors);
    m_ui->cancelPushButton->setVisible(busy);
    m_ui->profileComboBox->setEnabled(!busy);
}

void MainWindow::send(bool anyway)
{
    // What is sent is what the editor holds now, not what it held at the last debounced check.
    if (m_debounce.isActive()) {
        m_debounce.stop();
        revalidate();
    }
    if (!m_sender || !m_payloadOk || (m_payloadErrors && !anyway) || m_sender->isBusy())
        return;
    const auto profile = m_profiles->find(m_ui->profileComboBox->currentData().toString());
    if (!profile || !m_sender->send(*profile, m_payload))
        return;
    m_result->showSending();
    statusBar()->showMessage(tr("Sending with %1…").arg(profile->name));
    updateSendState();
}

void MainWindow::sendFinished(const SendResult &result)
{
    m_result->showResult(result);
    statusBar()->showMessage(result.outcome == SendResult::Outcome::Accepted
            ? tr("Accepted: %1").arg(result.wamid.isEmpty() ? tr("done") : result.wamid)
            : result.error.headline());
    updateSendState();
}

} // namespace Wac
