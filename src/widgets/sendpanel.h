// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "net/sendresult.h"
#include "storage/profile.h"
#include "widgets/windowservices.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QComboBox;
class QPushButton;
class QStatusBar;
class QWidget;

namespace Wac {

class MediaSourceEditor;
class ProfileStatus;
class ResultPanel;
class SendQuestions;
class StoreHandover;

/**
 * Where a message leaves: the profile switcher, Send / Cancel / Send anyway, the questions asked
 * before anything goes out (errors, a template that is not approved, the same message to the same
 * customer again), the result, and uploads with their own request and result. It never sends
 * what the user did not see: the draft is read at the moment of sending.
 */
class SendPanel : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QWidget *window = nullptr; ///< the parent of questions and file dialogs
        QComboBox *profiles = nullptr;
        QPushButton *send = nullptr;
        QPushButton *sendAnyway = nullptr;
        QPushButton *cancel = nullptr;
        ResultPanel *result = nullptr;
        /// Where the panel says which profile is current (and whether it is live) and where
        /// secrets are kept.
        QStatusBar *statusBar = nullptr;
    };

    /// What the form holds now, with its findings (the window brings it up to date first).
    struct Draft
    {
        QJsonObject body;
        QList<Diagnostic> diagnostics;
        bool parsable = true;
    };

    using DraftReader = std::function<Draft()>;

    SendPanel(const Widgets &widgets, const WindowServices &services, DraftReader draft,
        QObject *parent = nullptr);

    std::optional<Profile> currentProfile() const;
    /// Makes `name` the current profile, as the switcher does; false when there is none such
    /// or a send is in flight.
    bool selectProfile(const QString &name);
    /// Lists the profiles again, keeping `select` (the current one when empty) chosen.
    void fillProfiles(const QString &select = {});
    /// Where the Sandbox's simulator answers; it is chosen when nothing else was.
    void setSandbox(const QUrl &baseUrl);
    /// The form's state changed: Send follows it.
    void setDraftState(bool hasErrors, bool parsable);

    /// Send (or Send anyway, which asks first, naming the errors).
    void send(bool anyway);
    /// Sends `body` again with the profile it went with (History → Resend, asked there).
    void resend(const QString &profileName, const QJsonObject &body);
    /// Uploads a file chosen by the user into `editor`'s media ID.
    void upload(MediaSourceEditor *editor);

    bool isBusy() const;

    /// The body of the last send the API accepted (nothing is lost by clearing it).
    QJsonObject lastSent() const { return m_lastSent; }

    /// True when the current profile sends to real customers.
    bool isLive() const;

Q_SIGNALS:
    void profileChanged();
    void statusMessage(const QString &text, int timeoutMs);
    /// A file was uploaded as `mediaId` (the preview can draw it from `path`).
    void uploaded(const QString &mediaId, const QString &path);

private:
    bool start(const Profile &profile, const QJsonObject &body);
    void sendFinished(const SendResult &result);
    void uploadFinished(const SendResult &result, const QString &mediaId);
    void updateState();
    void showProfile();

    Widgets m_w;
    WindowServices m_s;
    DraftReader m_draft;
    ProfileStatus *m_status;
    SendQuestions *m_questions;
    StoreHandover *m_handover;
    QPointer<MediaSourceEditor> m_uploadTarget; ///< the field the upload in flight fills
    QString m_uploadPath;
    QJsonObject m_sending; ///< the body in flight
    QJsonObject m_lastSent;
    bool m_hasErrors = false;
    bool m_parsable = true;
};

} // namespace Wac
