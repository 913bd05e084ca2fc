// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/receivers.h"

#include "core/coretr.h"
#include "storage/historystore.h"

#include "services/historylog.h"
#include "services/inbox.h"
#include "services/profilereceiver.h"
#include "services/storeaccess.h"

namespace Wac {

Receivers::Receivers(Inbox *inbox, SecretVault *vault, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_vault(vault)
{ }

Receivers::~Receivers() = default;

void Receivers::setSandbox(ProfileReceiver *receiver)
{
    m_sandbox = receiver;
    watch(QLatin1String(Profile::sandboxName), receiver);
    Q_EMIT stateChanged(QLatin1String(Profile::sandboxName), receiver->state());
}

void Receivers::watch(const QString &profile, ProfileReceiver *receiver)
{
    connect(receiver, &ProfileReceiver::stateChanged, this,
        [this, profile](const ReceiverState &state) { Q_EMIT stateChanged(profile, state); });
}

QString Receivers::otherStore(const Profile &profile) const
{
    const QString wanted = StoreAccess::otherStore(profile, m_inbox->log()->store()->location());
    if (wanted.isEmpty())
        return {};
    return Tr::tr("Not started: \"%1\" keeps its history in %2, not in the store this console "
                  "has open. Start waconsole with --profile \"%1\" to receive for it.")
        .arg(profile.name, wanted);
}

void Receivers::sync(const QList<Profile> &profiles)
{
    // Each is started again: a port, an app secret or a verify token may have changed, and the
    // keychain is read at start. The old ones let go of their ports first.
    const QStringList before = m_running.keys();
    for (const std::shared_ptr<ProfileReceiver> &receiver : std::as_const(m_running))
        receiver->stop();
    m_running.clear();
    for (const Profile &profile : profiles) {
        if (profile.isSandbox() || profile.receiverPort == 0)
            continue;
        // What it receives belongs in its own store: recorded elsewhere, the team never sees it.
        if (const QString elsewhere = otherStore(profile); !elsewhere.isEmpty()) {
            ReceiverState state;
            state.problem = elsewhere;
            Q_EMIT stateChanged(profile.name, state);
            continue;
        }
        auto receiver = std::make_shared<ProfileReceiver>(m_inbox, m_vault);
        watch(profile.name, receiver.get());
        WebhookReceiver::Options options;
        options.port = profile.receiverPort;
        QString error;
        receiver->start(profile, options, {}, &error); // a failure is in its state
        m_running.insert(profile.name, receiver);
    }
    for (const QString &gone : before) {
        if (!m_running.contains(gone))
            Q_EMIT stateChanged(gone, {}); // removed, renamed or turned off
    }
}

ReceiverState Receivers::state(const QString &profile) const
{
    if (profile == QLatin1String(Profile::sandboxName))
        return m_sandbox ? m_sandbox->state() : ReceiverState {};
    const auto it = m_running.constFind(profile);
    return it == m_running.cend() ? ReceiverState {} : it.value()->state();
}

} // namespace Wac
