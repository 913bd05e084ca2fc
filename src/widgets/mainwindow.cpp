// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/validation/validator.h"
#include "widgets/composer/composercontroller.h"
#include "widgets/composer/composerpage.h"
#include "widgets/composer/formstyle.h"
#include "widgets/dialogs/shortcutsdialog.h"
#include "widgets/resultpanel.h"
#include "widgets/theme.h"

#include <QClipboard>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int pointerRole = Qt::UserRole;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/waconsole.svg"_s));
    FormStyle::polish(this);
    styleTitle();
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_profileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_profileLabel);
    m_secretsLabel = new QLabel(this);
    m_secretsLabel->setObjectName(u"secretsLabel"_s);
    statusBar()->addPermanentWidget(m_secretsLabel);

    ComposerController::Widgets widgets;
    widgets.types = m_ui->typeTreeWidget;
    widgets.stack = m_ui->pageStack;
    widgets.title = m_ui->pageTitleLabel;
    widgets.replyChip = m_ui->replyChipToolButton;
    widgets.recipient = m_ui->recipientLineEdit;
    widgets.recipientNote = m_ui->recipientNoteLabel;
    widgets.replyTo = m_ui->replyToLineEdit;
    widgets.callbackData = m_ui->callbackDataLineEdit;
    m_composer = new ComposerController(widgets, this);
    connect(m_composer, &ComposerController::changed, this, &MainWindow::scheduleRefresh);
    connect(m_composer, &ComposerController::uploadRequested, this, &MainWindow::upload);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 5);
    m_ui->mainSplitter->setStretchFactor(2, 4);
    m_ui->mainSplitter->setSizes({170, 560, 480});
    m_ui->sideSplitter->setStretchFactor(0, 3);
    m_ui->sideSplitter->setStretchFactor(1, 1);
    m_ui->sideSplitter->setSizes({460, 170});

    // Edits are coalesced into one refresh per pass of the event loop: every keystroke is
    // validated and shown at once, a burst of programmatic changes only once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_ui->jsonPane, &JsonPane::edited, this, &MainWindow::jsonEdited);
    connect(m_ui->jsonPane, &JsonPane::validityChanged, this, &MainWindow::scheduleRefresh);
    connect(m_ui->jsonPane, &JsonPane::revertRequested, this,
        [this] { m_ui->jsonPane->reset(m_composer->message().toJson()); });
    connect(m_ui->problemsTreeWidget, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { problemActivated(item->data(0, pointerRole).toString()); });
    connect(m_ui->problemsTreeWidget, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { problemActivated(item->data(0, pointerRole).toString()); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->keyboardShortcutsAction, &QAction::triggered, this,
        [this] { ShortcutsDialog::showFor(this); });
    connect(m_ui->profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(m_ui->copyJsonAction, &QAction::triggered, this, [this] {
        m_ui->viewTabWidget->setCurrentWidget(m_ui->jsonPane);
        m_ui->jsonPane->editor()->selectAll();
        m_ui->jsonPane->editor()->copy();
        statusBar()->showMessage(tr("The JSON body is on the clipboard."), 4000);
    });
    connect(m_ui->copyCurlAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->curlPane->command());
        statusBar()->showMessage(tr("The curl command is on the clipboard."), 4000);
    });
    Theme::setUpMenu(m_ui->systemThemeAction, m_ui->lightThemeAction, m_ui->darkThemeAction);

    m_result = new ResultPanel(m_ui->resultContainer);
    auto *resultLayout = new QVBoxLayout(m_ui->resultContainer);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_result);
    // Ctrl+Return sends from anywhere in the window, the JSON editor included.
    m_sendAction = new QAction(tr("Send"), this);
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addAction(m_sendAction);
    connect(m_sendAction, &QAction::triggered, this, [this] { send(false); });
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_ui->sendAnywayPushButton, &QPushButton::clicked, this, [this] { send(true); });
    connect(
        m_ui->profileComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::profileChanged);

    setUpFileActions();
    fillExamples();
    refresh();
}

MainWindow::~MainWindow() = default;

OutgoingMessage MainWindow::message() const
{
    return m_composer->message();
}

void MainWindow::setMessage(const OutgoingMessage &message)
{
    m_composer->setMessage(message);
    m_ui->jsonPane->reset(message.toJson());
    m_refresh.stop();
    refresh();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        styleTitle();
    QMainWindow::changeEvent(event);
}

void MainWindow::scheduleRefresh()
{
    m_refresh.start();
}

void MainWindow::refresh()
{
    m_message = m_composer->message();
    const QJsonObject body = m_message.toJson();
    FieldLimits limits;
    QList<Diagnostic> diagnostics = m_composer->formProblems();
    diagnostics += validate(body, &limits);
    diagnostics += templateFindings(body);
    m_composer->showDiagnostics(diagnostics, limits);
    m_ui->jsonPane->setBody(body);
    m_ui->jsonPane->setFindings(diagnostics);
    m_ui->previewPane->setMessage(m_message);
    if (!m_ui->jsonPane->isValid()) {
        diagnostics.prepend({Severity::Error, QString(), u"json.unparsed"_s,
            tr("The JSON tab holds an edit that does not parse (%1); fix it or discard it.")
                .arg(m_ui->jsonPane->error())});
    }
    m_hasErrors = hasErrors(diagnostics);
    fillProblems(diagnostics);
    updateCurl();
    updateTitle();
}

void MainWindow::fillProblems(const QList<Diagnostic> &diagnostics)
{
    QTreeWidget *tree = m_ui->problemsTreeWidget;
    tree->setUpdatesEnabled(false);
    tree->clear();
    int errors = 0;
    for (const Diagnostic &d : diagnostics) {
        const QString where = d.pointer.isEmpty() ? QString() : d.pointer + u"  "_s;
        auto *item = new QTreeWidgetItem(tree, {d.message});
        item->setData(0, pointerRole, d.pointer);
        item->setToolTip(0, where + u'[' + d.code + u']');
        item->setIcon(0,
            style()->standardIcon(
                d.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        errors += d.isError() ? 1 : 0;
    }
    tree->setUpdatesEnabled(true);
    const int warnings = int(diagnostics.size()) - errors;
    m_ui->problemsLabel->setText(diagnostics.isEmpty()
            ? tr("P&roblems: none, ready to send")
            : tr("P&roblems: %1 errors, %2 warnings").arg(errors).arg(warnings));
    updateSendState();
}

void MainWindow::problemActivated(const QString &pointer)
{
    if (pointer.isEmpty() && !m_ui->jsonPane->isValid()) {
        m_ui->viewTabWidget->setCurrentWidget(m_ui->jsonPane);
        m_ui->jsonPane->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_composer->focusField(pointer))
        return;
    // No field shows it (an unknown key, say): show it in the JSON.
    m_ui->viewTabWidget->setCurrentWidget(m_ui->jsonPane);
    m_ui->jsonPane->focusPointer(pointer);
}

void MainWindow::jsonEdited(const QJsonObject &body)
{
    const OutgoingMessage edited = OutgoingMessage::fromJson(body);
    if (edited == m_composer->message())
        return;
    m_composer->setMessage(edited);
    m_composer->revealAll();
    refresh();
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
    QMessageBox::about(this, tr("About waconsole"),
        tr("<b>waconsole</b> %1<br>Compose, validate and send WhatsApp Business "
           "Cloud API messages.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace Wac
