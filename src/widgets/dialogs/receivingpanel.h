// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"
#include "widgets/theme.h"

#include <QWidget>

#include <functional>
#include <memory>

#include "services/receiverstate.h"

class QLabel;
class QNetworkAccessManager;

namespace Ui {
class ReceivingPanel;
}

namespace Wac {

class SecretVault;
class SubscriptionCheck;

/**
 * The profile dialog's "Receiving webhooks" tab: the receiver's port and the callback URL to give
 * Meta, the verify token (generated, copied, saved by the dialog with the other secrets), the
 * receiver's live state, and whether Meta sends the account's webhooks to the app at all
 * (subscribed_apps), which is why a verified callback most often receives nothing.
 */
class ReceivingPanel : public QWidget
{
    Q_OBJECT

public:
    /// Hands `use` the profile as the dialog's form has it and its access token (typed, or read
    /// from the keychain); asked at every check, so the check uses what the user sees.
    using Credentials = std::function<void(
        const std::function<void(const Profile &profile, const QByteArray &token)> &use)>;

    ReceivingPanel(SecretVault *vault, QNetworkAccessManager *nam, Credentials credentials,
        QWidget *parent = nullptr);
    ~ReceivingPanel() override;

    /// Shows `profile`'s port (a new profile: an empty name); a verify token typed before is
    /// dropped, the receiver's state reads "Not running" and a check in flight is forgotten.
    void showProfile(const Profile &profile);
    /// The WABA ID as the form has it now: without one there is no subscription to check.
    void setWabaId(const QString &wabaId);

    quint16 receiverPort() const;
    /// The verify token generated or typed since the profile was shown; empty keeps the stored one.
    QString newVerifyToken() const;

    void setReceiverState(const ReceiverState &state);
    /// Puts the panel's fields right after `previous` in the window's tab order.
    void setTabOrderAfter(QWidget *previous);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCallback();
    void generateToken();
    void copyToken();
    void run(bool subscribe);
    void setBusy(bool busy);
    void updateButtons();
    void setLine(QLabel *label, const QString &text, Theme::Tone tone);

    std::unique_ptr<Ui::ReceivingPanel> m_ui;
    SecretVault *m_vault;
    Credentials m_credentials;
    SubscriptionCheck *m_check;
    QString m_profile; ///< the stored name of the profile shown; empty for a new one
    bool m_sandbox = false;
    bool m_hasWaba = false;
    bool m_busy = false;
    quint64 m_run = 0; ///< which showing of a profile a late token or keychain answer is for
    ReceiverState m_state;
};

} // namespace Wac
