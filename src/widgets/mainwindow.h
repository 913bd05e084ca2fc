// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/outgoingmessage.h"
#include "core/templates/templatedefinition.h"
#include "widgets/previewwidget.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QLabel;
class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace Wac {

class ComposerController;
class HistoryPane;
class HistoryStore;
class MediaSourceEditor;
class ProfileStore;
class ResultPanel;
class SecretVault;
class SendController;
class TemplateBrowser;
class TemplateLibrary;
struct Profile;
struct SendResult;

/**
 * The console's window: the type list, the composer page, the JSON and cURL tabs, the problem
 * list and sending. Everything shown is drawn from one OutgoingMessage, re-validated on every
 * edit.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The message the form holds, as it would be sent.
    OutgoingMessage message() const;
    /// Shows `message` in the form of its type (as File → Open does).
    void setMessage(const OutgoingMessage &message);

    /// Shows where the built-in Sandbox simulator answers, and lists it first among profiles.
    void setSandbox(const QUrl &baseUrl, const QString &apiVersion);
    /// The Sandbox's own template library, for previews of its templates.
    void setSandboxTemplates(PreviewWidget::TemplateLookup lookup);
    /// The application's profiles and secrets; enables File → Profiles and sending.
    void setServices(ProfileStore *profiles, SecretVault *vault, QNetworkAccessManager *nam);
    /// Records sends in `history` and shows it in the History dock (after setServices()).
    /// Rows a previous run left pending are marked unknown, and the file is checked in the
    /// background; a damaged one is moved aside and the user told.
    void setHistory(HistoryStore *history, const QString &openNotice = {});

    HistoryPane *historyPane() const { return m_historyPane; }

    /// Each profile's template library: the Templates window, the template form, previews and
    /// the checks of a template against its definition (after setServices()).
    void setTemplates(TemplateLibrary *library);
    /// Opens the Templates window on the current profile.
    TemplateBrowser *showTemplates();

    /// Loads a payload or curl command file; false, with the reason in the status bar and in
    /// `error`, when it cannot be read or is not a payload.
    bool openFile(const QString &path, QString *error = nullptr);
    /// Writes the exact payload; false with the reason when it cannot.
    bool saveFile(const QString &path, QString *error = nullptr);
    /// Loads pasted or dropped text: a payload or a whole curl command.
    bool importText(const QString &text, QString *error = nullptr);
    /// Keeps the draft at `path`: written on close, read by restoreDraft().
    void setDraftFile(const QString &path);
    /// Shows the draft kept last time; false when there is none.
    bool restoreDraft();
    /// Writes the draft now (also done on close).
    bool saveDraft() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // mainwindow.cpp: the form, validation and the views
    void scheduleRefresh();
    void refresh();
    void fillProblems(const QList<Diagnostic> &diagnostics);
    void problemActivated(const QString &pointer);
    void jsonEdited(const QJsonObject &body);
    void showAbout();
    void styleTitle();

    // mainwindowfiles.cpp: files, drafts, examples, paste and drop
    void setUpFileActions();
    void fillExamples();
    void chooseOpenFile();
    void save(bool choosePath);
    void pastePayload();
    void updateTitle();

    // mainwindowsend.cpp: profiles, sending, uploads
    void showProfiles();
    void fillProfiles(const QString &select);
    std::optional<Profile> currentProfile() const;
    void profileChanged();
    void updateCurl();
    void updateSendState();
    void send(bool anyway);
    void sendFinished(const SendResult &result);
    void showSecretsMode(bool sessionOnly);
    void upload(MediaSourceEditor *editor);
    bool startSend(const Profile &profile, const QJsonObject &body);

    // mainwindowhistory.cpp
    void replyTo(const QString &recipient, const QString &wamid);
    void reactTo(const QString &recipient, const QString &wamid);
    void resendFromHistory(const QString &profileName, const QJsonObject &body);
    void checkHistoryInBackground();

    // mainwindowtemplates.cpp
    /// The current profile's definition of a template (the Sandbox's own when not fetched).
    std::optional<TemplateDefinition> templateDefinition(
        const QString &name, const QString &language) const;
    void useTemplate(const TemplateDefinition &definition);
    /// How a template message differs from its definition, at the fields.
    QList<Diagnostic> templateFindings(const QJsonObject &body) const;
    /// Asks before sending a template the library says is not approved; false to stop.
    bool confirmTemplateStatus(const QJsonObject &body);
    void updateTemplateLookups();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ComposerController *m_composer = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_secretsLabel = nullptr;
    ProfileStore *m_profiles = nullptr;
    SecretVault *m_vault = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    SendController *m_sender = nullptr;
    QPointer<MediaSourceEditor> m_uploadTarget; ///< the field an upload in flight fills
    bool m_uploading = false;
    ResultPanel *m_result = nullptr;
    QAction *m_sendAction = nullptr;
    QTimer m_refresh;
    OutgoingMessage m_message; ///< the form's message at the last refresh
    bool m_hasErrors = false;
    QString m_filePath; ///< the file the message was opened from or saved to
    QString m_savedJson; ///< what that file holds, to tell whether there are unsaved edits
    QString m_draftPath;
    PreviewWidget::TemplateLookup m_sandboxTemplates;
    HistoryStore *m_history = nullptr;
    HistoryPane *m_historyPane = nullptr;
    TemplateLibrary *m_templates = nullptr;
    QPointer<TemplateBrowser> m_templateBrowser;
};

} // namespace Wac
