// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/profilestatus.h"

#include "storage/secretvault.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Wac {

ProfileStatus::ProfileStatus(QStatusBar *statusBar, SecretVault *vault, QObject *parent)
    : QObject(parent)
    , m_profile(new QLabel(statusBar))
    , m_live(new QLabel(statusBar))
    , m_secrets(new QLabel(statusBar))
{
    m_profile->setObjectName(u"profileLabel"_s);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_live->setObjectName(u"liveLabel"_s);
    m_live->setText(tr("LIVE · real customers"));
    m_live->setToolTip(tr("This profile sends to real WhatsApp users."));
    // The same red in both themes, white on it (contrast 5.6:1): it must not blend in.
    m_live->setStyleSheet(u"QLabel { background: #c62828; color: white; "
                          "font-weight: bold; padding: 1px 6px; border-radius: 3px; }"_s);
    m_live->hide();
    m_secrets->setObjectName(u"secretsLabel"_s);
    statusBar->addPermanentWidget(m_live);
    statusBar->addPermanentWidget(m_profile);
    statusBar->addPermanentWidget(m_secrets);
    if (vault) {
        showSecretsMode(vault->isSessionOnly());
        connect(vault, &SecretVault::sessionOnlyChanged, this, &ProfileStatus::showSecretsMode);
    }
}

QString ProfileStatus::summary(const std::optional<Profile> &profile)
{
    if (!profile)
        return tr("No profile");
    const QString name = profile->isSandbox() ? tr("Sandbox") : profile->name;
    return tr("%1 · %2 · %3").arg(name, profile->baseUrl.toString(), profile->apiVersion);
}

void ProfileStatus::show(const std::optional<Profile> &profile)
{
    m_profile->setText(summary(profile));
    m_profile->setToolTip(profile && profile->isSandbox()
            ? tr("The built-in Cloud API simulator answers on this address while waconsole runs "
                 "(token: sandbox-token).")
            : tr("The profile messages go out with, where they go, and the API version."));
    m_live->setVisible(profile && profile->reachesCustomers());
}

void ProfileStatus::showSecretsMode(bool sessionOnly)
{
    m_secrets->setText(sessionOnly ? tr("Secrets: this session only") : tr("Secrets: OS keychain"));
    m_secrets->setToolTip(sessionOnly
            ? tr("No secure storage was found: tokens are kept in memory until waconsole quits and "
                 "written nowhere.")
            : tr("Access tokens and app secrets are kept in the operating system's keychain."));
}

} // namespace Wac
