// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QDialog>

#include <memory>

#include "services/receiverstate.h"

class QLineEdit;
class QNetworkAccessManager;
class QToolButton;

namespace Ui {
class ProfileDialog;
}

namespace Wac {

class CloudApiClient;
class ProfileStore;
class ReceivingPanel;
class SecretVault;
class StorePanel;

/**
 * Profiles: the Sandbox (built in, first, read-only) and the user's own. Non-secret fields go to
 * the ProfileStore; the access token and app secret go to the SecretVault only, typed into
 * masked fields with a Show toggle, and are never put back into a field unless the user asks.
 * "Test connection" reads the number's display number and verified name with the form's values.
 * The "Receiving webhooks" tab (ReceivingPanel) holds the receiver's port, the verify token and
 * the account's subscription.
 */
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileStore *store, SecretVault *vault, QNetworkAccessManager *nam,
        QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void selectProfile(const QString &name);
    /// What the receiver of the profile shown is doing; showing another profile resets it to
    /// "Not running" until its own state comes (profileShown says when).
    void setReceiverState(const ReceiverState &state);

Q_SIGNALS:
    void profilesChanged();
    /// The form now shows `name` (empty for a new profile).
    void profileShown(const QString &name);

private:
    void reload(const QString &select);
    void showProfile();
    void startNew();
    Profile formProfile() const;
    void save();
    void saveSecrets(const QString &profile, int pending);
    void remove();
    void testConnection();
    void withToken(const std::function<void(const QByteArray &token)> &use);
    void reveal(QLineEdit *field, const char *secret, bool show);
    void setStatus(const QString &text, bool problem);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileStore *m_store;
    SecretVault *m_vault;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<CloudApiClient> m_client;
    ReceivingPanel *m_receiving;
    StorePanel *m_storePanel;
    QString m_original; ///< the stored name of the profile shown; empty for a new one
    bool m_confirmingDelete = false;
};

} // namespace Wac
