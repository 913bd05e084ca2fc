// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/profilestatus.h"

#include "storage/historystore.h"
#include "storage/secretvault.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>

#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/receivers.h"

using namespace Qt::StringLiterals;

namespace Wac {

ProfileStatus::ProfileStatus(QStatusBar *statusBar, const WindowServices &services, QObject *parent)
    : QObject(parent)
    , m_profile(new QLabel(statusBar))
    , m_live(new QLabel(statusBar))
    , m_secrets(new QLabel(statusBar))
    , m_receiving(new QLabel(statusBar))
    , m_store(new QLabel(statusBar))
    , m_receivers(services.receivers)
{
    m_profile->setObjectName(u"profileLabel"_s);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_live->setObjectName(u"liveLabel"_s);
    m_live->setText(tr("LIVE · real customers"));
    m_live->setToolTip(tr("This profile sends to real WhatsApp users."));
    // The same red in both themes, white on it (contrast 5.6:1): it must not blend in.
    const QString alarm = u"QLabel { background: #c62828; color: white; "
                          "font-weight: bold; padding: 1px 6px; border-radius: 3px; }"_s;
    m_live->setStyleSheet(alarm);
    m_live->hide();
    m_store->setObjectName(u"teamStoreLabel"_s);
    m_store->setText(tr("Team store unreachable: nothing is sent"));
    m_store->setStyleSheet(alarm);
    m_store->hide();
    statusBar->addPermanentWidget(m_store);
    m_secrets->setObjectName(u"secretsLabel"_s);
    statusBar->addPermanentWidget(m_live);
    statusBar->addPermanentWidget(m_profile);
    statusBar->addPermanentWidget(m_secrets);
    m_receiving->setObjectName(u"receivingLabel"_s);
    m_receiving->setVisible(m_receivers != nullptr);
    statusBar->addPermanentWidget(m_receiving);
    if (m_receivers) {
        connect(m_receivers, &Receivers::stateChanged, this,
            [this](const QString &profile, const ReceiverState &state) {
                if (profile == m_shown)
                    showReceiver(state);
            });
    }
    if (HistoryLog *history = services.history) {
        connect(history, &HistoryLog::serverStateChanged, this, &ProfileStatus::showStore);
        // A console started while its team's server is away says so from the first paint.
        const HistoryStore *store = history->store();
        if (store->location().isPostgres() && !store->isOpen())
            showStore(false, store->lastError());
    }
    if (SecretVault *vault = services.graph ? services.graph->vault() : nullptr) {
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
    m_shown = profile ? profile->name : QString();
    if (m_receivers)
        showReceiver(m_receivers->state(m_shown));
}

void ProfileStatus::showStore(bool reachable, const QString &problem)
{
    m_store->setVisible(!reachable);
    m_store->setToolTip(problem);
}

void ProfileStatus::showReceiver(const ReceiverState &state)
{
    if (!state.listening) {
        m_receiving->setText(
            state.problem.isEmpty() ? tr("Webhooks: off") : tr("Webhooks: not received"));
        m_receiving->setToolTip(state.problem.isEmpty()
                ? tr("This profile has no receiver port: statuses and customers' messages do not "
                     "arrive. Set one in File → Profiles → Receiving webhooks.")
                : state.problem);
        return;
    }
    m_receiving->setText(
        state.problem.isEmpty() ? tr("Webhooks: receiving") : tr("Webhooks: refusing deliveries"));
    QString tip = tr("Listening on %1.").arg(state.url.toString());
    if (!state.problem.isEmpty())
        tip += u' ' + state.problem;
    if (state.lastDeliveryAt > 0)
        tip += u'\n'
            + tr("Last delivery %1: %2")
                  .arg(QDateTime::fromMSecsSinceEpoch(state.lastDeliveryAt).toString(u"HH:mm:ss"_s),
                      state.lastResult);
    m_receiving->setToolTip(tip);
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
