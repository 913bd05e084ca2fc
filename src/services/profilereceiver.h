// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QObject>

#include <optional>

#include "services/receiveddelivery.h"
#include "services/receiverstate.h"
#include "services/webhookreceiver.h"

namespace Wac {

class Inbox;
class SecretVault;

/**
 * One profile's webhook receiver, as the window and `waconsole-cli listen` run it: it listens,
 * gets the profile's app secret and verify token (given, as the CLI's environment and the
 * Sandbox give them, or from the keychain), commits each verified delivery to the inbox before
 * the answer goes back, and keeps a ReceiverState for whoever shows it.
 */
class ProfileReceiver : public QObject
{
    Q_OBJECT

public:
    /// Secrets given instead of the keychain's (each one left empty is read from the keychain).
    struct Secrets
    {
        std::optional<QByteArray> appSecret;
        std::optional<QByteArray> verifyToken;
    };

    /// `inbox` and `vault` may be null (nothing committed; no keychain); neither is owned.
    ProfileReceiver(Inbox *inbox, SecretVault *vault, QObject *parent = nullptr);

    /// Listens for `profile`; false with the reason when the address cannot be bound.
    bool start(const Profile &profile, const WebhookReceiver::Options &options,
        const Secrets &given, QString *error);
    void stop();

    const Profile &profile() const { return m_profile; }

    const ReceiverState &state() const { return m_state; }

    WebhookReceiver &receiver() { return m_receiver; }

Q_SIGNALS:
    void stateChanged(const Wac::ReceiverState &state);
    /// A delivery was verified and committed (its answer was 200).
    void accepted(const Wac::ReceivedDelivery &delivery);
    /// A request was refused: what Meta (or whoever sent it) was answered, and why.
    void refused(int httpStatus, const QString &reason);

private:
    void readSecret(const char *name, bool appSecret);
    void setProblem(const QString &problem);
    void publish();

    Inbox *m_inbox;
    SecretVault *m_vault;
    WebhookReceiver m_receiver;
    Profile m_profile;
    ReceiverState m_state;
    bool m_hasAppSecret = false;
    int m_generation = 0; ///< a keychain answer for an earlier start() is dropped
};

} // namespace Wac
