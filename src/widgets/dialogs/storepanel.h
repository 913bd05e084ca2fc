// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StorePanel;
}

namespace Wac {

class SecretVault;

/**
 * The profile dialog's "Team store" tab: whether the profile's history, conversations and
 * statuses stay in this computer's file or live in a team's PostgreSQL database (server,
 * port, database, user, password, TLS mode and the authorities it trusts), and the agent name the
 * team sees on its replies. The password is typed here and saved by the dialog with the other
 * secrets, in the keychain.
 */
class StorePanel : public QWidget
{
    Q_OBJECT

public:
    explicit StorePanel(SecretVault *vault, QWidget *parent = nullptr);
    ~StorePanel() override;

    /// Shows `profile`'s store (a new profile: an empty name); a password typed before is dropped.
    void showProfile(const Profile &profile);
    /// Fills `profile`'s store and agent name from the form.
    void apply(Profile &profile) const;
    /// The password typed since the profile was shown; empty keeps the stored one.
    QString newPassword() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void updateFields();
    void reveal(bool show);
    void chooseAuthorities();

    std::unique_ptr<Ui::StorePanel> m_ui;
    SecretVault *m_vault;
    QString m_profile; ///< the stored name of the profile shown; empty for a new one
    bool m_sandbox = false;
};

} // namespace Wac
