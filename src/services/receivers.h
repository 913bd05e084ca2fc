// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

#include "services/receiverstate.h"

namespace Wac {

class Inbox;
class ProfileReceiver;
class SecretVault;

/**
 * The window's webhook receivers: the Sandbox's (run by Sandbox, registered here), and one for
 * each profile with a receiver port, started, moved or stopped as the profiles change. Whoever
 * shows a profile asks here what its receiver is doing.
 */
class Receivers : public QObject
{
    Q_OBJECT

public:
    Receivers(Inbox *inbox, SecretVault *vault, QObject *parent = nullptr);
    ~Receivers() override;

    /// The Sandbox's receiver, which another object runs.
    void setSandbox(ProfileReceiver *receiver);
    /// Runs a receiver for each of `profiles` with a port, on 127.0.0.1, and stops the others.
    void sync(const QList<Profile> &profiles);

    /// What `profile`'s receiver is doing (not listening, with no problem, when it has none).
    ReceiverState state(const QString &profile) const;

Q_SIGNALS:
    void stateChanged(const QString &profile, const Wac::ReceiverState &state);

private:
    /// Why `profile`'s receiver does not run here (its store is not the open one), or empty.
    QString otherStore(const Profile &profile) const;
    void watch(const QString &profile, ProfileReceiver *receiver);

    Inbox *m_inbox;
    SecretVault *m_vault;
    QPointer<ProfileReceiver> m_sandbox;
    QHash<QString, std::shared_ptr<ProfileReceiver>> m_running;
};

} // namespace Wac
