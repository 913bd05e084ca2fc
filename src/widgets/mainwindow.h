// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/outgoingmessage.h"
#include "widgets/windowlayout.h"
#include "widgets/windowservices.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>

#include "services/templatelibrary.h"

class QLabel;

namespace Ui {
class MainWindow;
}

namespace Wac {

class ComposerController;
class ConversationsDock;
class HistoryDock;
class HistoryPane;
class MessageFiles;
class MessageViews;
class ResultPanel;
class SendPanel;
class TemplateBrowser;
class TemplateDesk;

/**
 * The console's window: the type list, the composer page, the JSON and cURL tabs and the
 * problem list, all drawn from one OutgoingMessage re-validated on every edit. Sending, files,
 * templates and the history are parts of their own (SendPanel, MessageFiles, TemplateDesk,
 * HistoryDock) that the window only lays out and connects.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const WindowServices &services = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The message the form holds, as it would be sent.
    OutgoingMessage message() const;
    /// Shows `message` in the form of its type (as File → Open does).
    void setMessage(const OutgoingMessage &message);

    /// Shows where the built-in Sandbox simulator answers, and lists it first among profiles.
    void setSandbox(const QUrl &baseUrl);
    /// The Sandbox's own template library, for previews and checks of its templates.
    void setSandboxTemplates(TemplateLibrary::SandboxLookup lookup);
    /// Something to tell the user in the result panel (a damaged history moved aside, say).
    void showNotice(const QString &title, const QString &text);
    /// Chooses the saved profile `name` to send from; false when there is none.
    bool selectProfile(const QString &name);
    /// Says that the team store was lost (`problem` how) and that nothing is sent meanwhile, or
    /// that it is back.
    void showTeamStore(bool reachable, const QString &problem);

    HistoryPane *historyPane() const;

    /// The Conversations dock; none without an inbox.
    ConversationsDock *conversations() const { return m_conversations; }

    /// True once what waits for the first paint (the phone, the history's first page) ran.
    bool isStarted() const { return m_started; }

    /// Opens the Templates window on the current profile.
    TemplateBrowser *showTemplates();

    /// The message as a document: open, save, import, the draft kept across runs.
    MessageFiles *files() const { return m_files; }

Q_SIGNALS:
    /// The window has painted for the first time: what it need not show at once can start.
    void firstPainted();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpComposer();
    void setUpActions();
    void setUpSendPanel();
    /// Shows `message` in the composer (from the History or a conversation), `status` said.
    void compose(const OutgoingMessage &message, const QString &status);
    /// What the message's own checks cannot know: its template against the profile's library,
    /// the customer's 24-hour window.
    QList<Diagnostic> findings(const QJsonObject &body) const;
    /// After each check: the send buttons, the cURL and the title follow it.
    void checked(bool errors);
    void newMessage();
    void profileChanged();
    void updateCurl();
    void updateTitle();
    void showAbout();
    void styleTitle();
    void startDeferred();
    WindowLayout::Parts layoutParts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    WindowServices m_services;
    ComposerController *m_composer = nullptr;
    ResultPanel *m_result = nullptr;
    SendPanel *m_sendPanel = nullptr;
    MessageFiles *m_files = nullptr;
    TemplateDesk *m_templates = nullptr;
    HistoryDock *m_history = nullptr;
    ConversationsDock *m_conversations = nullptr;
    MessageViews *m_views = nullptr;
    bool m_painted = false;
    bool m_started = false;
};

} // namespace Wac
