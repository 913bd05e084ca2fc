// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/mainwindow.h"

#include "ui_mainwindow.h"

#include "storage/settings.h"
#include "widgets/composer/composercontroller.h"
#include "widgets/composer/formstyle.h"
#include "widgets/conversations/conversationsdock.h"
#include "widgets/dialogs/aboutdialog.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/dialogs/openprofiles.h"
#include "widgets/dialogs/shortcutsdialog.h"
#include "widgets/history/historydock.h"
#include "widgets/history/historypane.h"
#include "widgets/messagefiles.h"
#include "widgets/messageviews.h"
#include "widgets/resultpanel.h"
#include "widgets/sendpanel.h"
#include "widgets/templatebuilder/templatebuilder.h"
#include "widgets/templatebuilder/templatedesigner.h"
#include "widgets/templates/templatedesk.h"
#include "widgets/theme.h"
#include "widgets/toolsmenu.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/profileconfig.h"

using namespace Qt::StringLiterals;

namespace Wac {

MainWindow::MainWindow(const WindowServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/waconsole.svg"_s));
    FormStyle::polish(this);
    styleTitle();
    setUpComposer();
    setUpSendPanel();
    setUpActions();
    m_files = new MessageFiles(this,
        {[this] { return message(); },
            [this](const OutgoingMessage &loaded, bool fromOutside) {
                setMessage(loaded);
                if (fromOutside)
                    m_composer->revealAll();
                // What the form cannot show exactly is shown where it is kept as it is.
                if (m_composer->isKeptAsLoaded())
                    m_ui->viewTabWidget->setCurrentWidget(m_ui->jsonPane);
                m_views->checkNow();
            },
            [this](const QString &headline, const QString &text) {
                m_result->showProblem(headline, text);
            }});
    connect(m_files, &MessageFiles::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_files, &MessageFiles::documentChanged, this, &MainWindow::updateTitle);
    m_files->fillExamples(m_ui->examplesMenu);
    m_templates = new TemplateDesk(
        m_services.templates, m_services.graph, m_composer, m_ui->previewPane,
        [this] { return m_sendPanel->currentProfile(); }, this, m_ui->newTemplateAction);
    connect(m_templates, &TemplateDesk::libraryChanged, m_views, &MessageViews::scheduleCheck);
    connect(m_templates, &TemplateDesk::statusMessage, statusBar(), &QStatusBar::showMessage);
    if (m_services.history) {
        m_history =
            new HistoryDock(m_services.history, this, m_ui->viewMenu, [this] { return message(); });
        connect(m_history, &HistoryDock::composeRequested, this, &MainWindow::compose);
        connect(m_history, &HistoryDock::resendRequested, m_sendPanel, &SendPanel::resend);
        connect(m_history, &HistoryDock::notice, this, &MainWindow::showNotice);
        connect(m_history, &HistoryDock::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(
            m_services.history, &HistoryLog::serverStateChanged, this, &MainWindow::showTeamStore);
    }
    if (m_history && m_services.inbox) {
        m_conversations = new ConversationsDock(m_services,
            {this, m_ui->viewMenu, m_history->dock(), m_composer, m_ui->previewPane,
                m_views->problems(), m_ui->customerWindowLabel, m_sendPanel},
            [this] { return message(); });
        connect(m_conversations, &ConversationsDock::composeRequested, this, &MainWindow::compose);
        connect(m_conversations, &ConversationsDock::refreshRequested, m_views,
            &MessageViews::scheduleCheck);
        connect(m_conversations, &ConversationsDock::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    }
    WindowLayout::restore(layoutParts());
    // Nothing but the first paint before the event loop runs: the phone's fonts and layout and
    // the history's first page come right after it.
    m_ui->previewPane->setHeld(true);
    connect(
        this, &MainWindow::firstPainted, this, &MainWindow::startDeferred, Qt::QueuedConnection);
    profileChanged();
    m_views->checkNow();
}

bool MainWindow::event(QEvent *event)
{
    // The window is painted before its children, in the same pass; the queued connection
    // below runs once the whole pass is on the screen.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        Q_EMIT firstPainted();
    }
    // A window shown but never exposed (another workspace, minimised at once) still starts
    // the Sandbox and its history a moment later.
    if (event->type() == QEvent::Show && !m_painted) {
        QTimer::singleShot(1500, this, [this] {
            if (m_painted)
                return;
            m_painted = true;
            Q_EMIT firstPainted();
        });
    }
    return QMainWindow::event(event);
}

void MainWindow::startDeferred()
{
    m_started = true;
    m_ui->previewPane->setHeld(false);
    if (m_history)
        m_history->load();
    if (m_conversations)
        m_conversations->load();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpComposer()
{
    ComposerController::Widgets widgets;
    widgets.types = m_ui->typeTreeWidget;
    widgets.stack = m_ui->pageStack;
    widgets.title = m_ui->pageTitleLabel;
    widgets.envelope.recipientKind = m_ui->recipientKindComboBox;
    widgets.envelope.replyChip = m_ui->replyChipToolButton;
    widgets.envelope.recipient = m_ui->recipientLineEdit;
    widgets.envelope.recipientNote = m_ui->recipientNoteLabel;
    widgets.envelope.replyTo = m_ui->replyToLineEdit;
    widgets.envelope.callbackData = m_ui->callbackDataLineEdit;
    m_composer = new ComposerController(widgets, this);
    MessageViews::Widgets views {m_composer, m_ui->jsonPane, m_ui->previewPane,
        m_ui->problemsTreeWidget, m_ui->problemsLabel, m_ui->viewTabWidget, m_ui->undoAction,
        m_ui->redoAction};
    m_views = new MessageViews(
        views, [this](const QJsonObject &body) { return findings(body); }, this);
    connect(m_views, &MessageViews::checked, this, &MainWindow::checked);
}

void MainWindow::setUpSendPanel()
{
    m_result = new ResultPanel(m_ui->resultContainer);
    auto *resultLayout = new QVBoxLayout(m_ui->resultContainer);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_result);
    SendPanel::Widgets w;
    w.window = this;
    w.profiles = m_ui->profileComboBox;
    w.send = m_ui->sendPushButton;
    w.sendAnyway = m_ui->sendAnywayPushButton;
    w.cancel = m_ui->cancelPushButton;
    w.result = m_result;
    w.statusBar = statusBar();
    auto draft = [this] {
        // What is sent is what the form holds now, including a JSON edit still in its pause.
        m_views->settle();
        return SendPanel::Draft {
            m_views->lastChecked().toJson(), m_views->diagnostics(), m_ui->jsonPane->isValid()};
    };
    // Its parent is the window: it is no widget, so nothing else would ever delete it.
    m_sendPanel = new SendPanel(w, m_services, std::move(draft), this);
    connect(m_sendPanel, &SendPanel::profileChanged, this, &MainWindow::profileChanged);
    connect(m_sendPanel, &SendPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_composer, &ComposerController::uploadRequested, m_sendPanel, &SendPanel::upload);
    // The preview cannot fetch a media ID: it draws the file that was just uploaded as it.
    connect(m_sendPanel, &SendPanel::uploaded, m_ui->previewPane, &PreviewWidget::setMediaFile);
}

void MainWindow::setUpActions()
{
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->profilesAction->setEnabled(m_services.profiles && m_services.graph);
    connect(m_ui->profilesAction, &QAction::triggered, this, [this] {
        openProfiles(this, m_services, m_ui->profileComboBox->currentData().toString(),
            [this] { m_sendPanel->fillProfiles(); });
    });
    m_ui->templatesAction->setEnabled(m_services.templates != nullptr);
    connect(m_ui->templatesAction, &QAction::triggered, this, &MainWindow::showTemplates);
    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::newMessage);
    connect(m_ui->openAction, &QAction::triggered, this, [this] { m_files->chooseOpenFile(); });
    connect(m_ui->saveAction, &QAction::triggered, this, [this] { m_files->save(false); });
    connect(m_ui->saveAsAction, &QAction::triggered, this, [this] { m_files->save(true); });
    connect(m_ui->pastePayloadAction, &QAction::triggered, this,
        [this] { m_files->importText(QGuiApplication::clipboard()->text()); });
    connect(m_ui->keyboardShortcutsAction, &QAction::triggered, this,
        [this] { ShortcutsDialog::showFor(this); });
    connect(m_ui->copyJsonAction, &QAction::triggered, this, [this] {
        m_ui->viewTabWidget->setCurrentWidget(m_ui->jsonPane);
        m_ui->jsonPane->copyAll();
        statusBar()->showMessage(tr("The JSON body is on the clipboard."), 4000);
    });
    connect(m_ui->copyCurlAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->curlPane->command());
        statusBar()->showMessage(tr("The curl command is on the clipboard."), 4000);
    });
    Theme::setUpMenu(m_ui->systemThemeAction, m_ui->lightThemeAction, m_ui->darkThemeAction);
    auto *tools = new ToolsMenu(
        m_services, [this] { m_views->checkNow(); }, this);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), tools);
    // Ctrl+Return sends from anywhere in the window, the JSON editor included.
    auto *sendAction = new QAction(tr("Send"), this);
    sendAction->setObjectName(u"sendAction"_s);
    sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addAction(sendAction);
    connect(sendAction, &QAction::triggered, this, [this] { m_sendPanel->send(false); });
}

OutgoingMessage MainWindow::message() const
{
    return m_composer->message();
}

void MainWindow::setMessage(const OutgoingMessage &message)
{
    m_views->setMessage(message);
}

void MainWindow::compose(const OutgoingMessage &message, const QString &status)
{
    setMessage(message);
    if (!status.isEmpty())
        statusBar()->showMessage(status, 8000);
}

void MainWindow::setSandbox(const QUrl &baseUrl)
{
    m_sendPanel->setSandbox(baseUrl);
}

bool MainWindow::selectProfile(const QString &name)
{
    return m_sendPanel->selectProfile(name);
}

void MainWindow::showTeamStore(bool reachable, const QString &problem)
{
    if (reachable) {
        statusBar()->showMessage(tr("The team store is reachable again."), 10000);
        return;
    }
    // Until it is back: no timeout, the agent must not think a send was recorded.
    statusBar()->showMessage(tr("%1 Nothing is sent until it is back; what you typed stays, and "
                                "waconsole connects again by itself.")
                                 .arg(problem));
}

void MainWindow::setSandboxTemplates(TemplateLibrary::SandboxLookup lookup)
{
    if (m_services.templates)
        m_services.templates->setSandboxLookup(std::move(lookup));
    m_views->scheduleCheck();
}

void MainWindow::showNotice(const QString &title, const QString &text)
{
    m_result->showProblem(title, text);
}

HistoryPane *MainWindow::historyPane() const
{
    return m_history ? m_history->pane() : nullptr;
}

TemplateBrowser *MainWindow::showTemplates()
{
    return m_templates->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        styleTitle();
    QMainWindow::changeEvent(event);
}

QList<Diagnostic> MainWindow::findings(const QJsonObject &body) const
{
    QList<Diagnostic> found;
    const std::optional<Profile> profile = m_sendPanel->currentProfile();
    if (profile && m_services.templates)
        found += m_services.templates->findings(*profile, body);
    if (m_conversations)
        found += m_conversations->findings(profile, body);
    return found;
}

void MainWindow::checked(bool errors)
{
    m_sendPanel->setDraftState(errors, m_ui->jsonPane->isValid());
    updateCurl();
    updateTitle();
}

void MainWindow::newMessage()
{
    m_ui->jsonPane->flush();
    const OutgoingMessage current = message();
    OutgoingMessage blank = OutgoingMessage::create(current.type());
    blank.setRecipient(QString());
    const bool kept = current.toJson() == blank.toJson()
        || current.toJson() == m_sendPanel->lastSent()
        || (m_files->documentName() != tr("Untitled") && !m_files->isModified(current));
    if (!kept
        && !Confirm::ask(this, tr("Start a new message?"),
            tr("The message in the form has not been sent or saved; a new message clears every "
               "page and the recipient."),
            tr("Clear it"))) {
        return;
    }
    m_composer->clearAll();
    m_files->detach();
    m_ui->jsonPane->reset(message().toJson());
    m_views->checkNow();
    m_ui->recipientLineEdit->setFocus(Qt::OtherFocusReason);
}

void MainWindow::profileChanged()
{
    m_templates->profileChanged();
    m_views->scheduleCheck(); // the template checks depend on the profile's library
    const std::optional<Profile> profile = m_sendPanel->currentProfile();
    if (profile && m_services.graph) {
        const Profile chosen = *profile;
        m_ui->curlPane->setTokenReader(
            [this, chosen](QObject *context, const CurlPane::TokenCallback &done) {
                m_services.graph->readToken(chosen, context,
                    [done](const GraphAccess::Token &token) { done(token.value); });
            });
    } else {
        m_ui->curlPane->setTokenReader({});
    }
    updateCurl();
    updateTitle();
}

void MainWindow::updateCurl()
{
    const std::optional<Profile> profile = m_sendPanel->currentProfile();
    m_ui->curlPane->setRequest(
        profile ? apiConfig(*profile) : ApiConfig(), m_views->lastChecked().toJson());
}

void MainWindow::updateTitle()
{
    // The title names the profile too: a message must never go out on the wrong one.
    const std::optional<Profile> profile = m_sendPanel->currentProfile();
    QString where;
    if (profile) {
        where = profile->isSandbox() ? tr("Sandbox")
            : !m_sendPanel->isLive() ? profile->name
                                     : tr("%1 (live)").arg(profile->name);
    }
    setWindowTitle(m_files->documentName() + u"[*] — "_s
        + (where.isEmpty() ? QString() : where + u" — "_s) + u"waconsole"_s);
    setWindowModified(m_files->isModified(m_views->lastChecked()));
}

void MainWindow::styleTitle()
{
    QFont font = m_ui->pageTitleLabel->font();
    font.setBold(true);
    font.setPointSizeF(QApplication::font().pointSizeF() * 1.25);
    m_ui->pageTitleLabel->setFont(font);
}

void MainWindow::showAbout()
{
    AboutDialog::showFor(this);
}

WindowLayout::Parts MainWindow::layoutParts()
{
    WindowLayout::Parts parts {this, m_ui->mainSplitter, m_ui->sideSplitter, historyPane(),
        m_conversations ? m_conversations->madePane() : nullptr, {}};
    if (m_conversations)
        parts.tabbed.append(std::pair(m_history->dock(), m_conversations->dock()));
    return parts;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A template being designed asks before its changes go with the window.
    const TemplateDesigner *designer = m_templates->designer(); // none without a library
    if (TemplateBuilder *builder = designer ? designer->builder() : nullptr;
        builder && !builder->close()) {
        event->ignore();
        return;
    }
    if (m_files->hasDraftFile() && !m_files->saveDraft())
        statusBar()->showMessage(
            tr("The draft could not be saved to %1.").arg(m_files->draftPath()));
    WindowLayout::save(layoutParts());
    QMainWindow::closeEvent(event);
}

} // namespace Wac
