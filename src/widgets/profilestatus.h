// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"
#include "widgets/windowservices.h"

#include <QObject>

#include <optional>

class QLabel;
class QStatusBar;

namespace Wac {

class Receivers;
class SecretVault;
struct ReceiverState;

/**
 * What the status bar says of where messages go: the current profile with its endpoint and API
 * version, a red LIVE marker when it reaches real customers (the same in both themes), and
 * where its secrets are kept, and whether its webhooks are being received; and, as long as it
 * lasts, that the team store is out of reach (so nothing is sent), in the same red.
 */
class ProfileStatus : public QObject
{
    Q_OBJECT

public:
    /// Any of `services` may be missing (a window that only composes).
    ProfileStatus(QStatusBar *statusBar, const WindowServices &services, QObject *parent = nullptr);

    void show(const std::optional<Profile> &profile);

    /// "Acme · https://graph.facebook.com · v25.0", for the window's title too.
    static QString summary(const std::optional<Profile> &profile);

private:
    void showSecretsMode(bool sessionOnly);
    void showReceiver(const ReceiverState &state);
    void showStore(bool reachable, const QString &problem);

    QLabel *m_profile;
    QLabel *m_live;
    QLabel *m_secrets;
    QLabel *m_receiving;
    QLabel *m_store;
    Receivers *m_receivers;
    QString m_shown; ///< the profile whose receiver is shown
};

} // namespace Wac
