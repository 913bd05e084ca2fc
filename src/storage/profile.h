// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/graphdefaults.h"
#include "storage/storelocation.h"

#include <QString>
#include <QUrl>

namespace Wac {

/// A place to send from (product.md "Profiles"). Its secrets are not here: they are in the
/// SecretVault under the profile's name.
struct Profile
{
    static constexpr auto sandboxName = "Sandbox";
    /// The token the built-in simulator accepts; not a secret, and never stored.
    static constexpr auto sandboxToken = "sandbox-token";

    QString name;
    QUrl baseUrl = QUrl(QLatin1String(GraphDefaults::baseUrl));
    QString apiVersion = QLatin1String(GraphDefaults::apiVersion);
    QString phoneNumberId;
    QString wabaId;
    /// The loopback port this profile's webhook receiver listens on; 0: it does not run (the
    /// Sandbox's picks a free port by itself). Otherwise 1024–65535 (ProfileStore::problem).
    quint16 receiverPort = 0;
    /// Where its history, conversations and template library are kept: the default SQLite
    /// file, or a team's PostgreSQL database (its password in the SecretVault, not here).
    StoreLocation store;
    /// How the team sees this agent's sends in a shared store; empty: the profile's name.
    QString agentName;

    bool isSandbox() const { return name == QLatin1String(sandboxName); }

    /// True when messages sent with this profile reach real phones: anything but the Sandbox
    /// and a simulator on this computer (a loopback address).
    bool reachesCustomers() const
    {
        const QString host = baseUrl.host();
        return !isSandbox() && host != QLatin1String("localhost")
            && !host.startsWith(QLatin1String("127.")) && host != QLatin1String("::1");
    }
};

} // namespace Wac
