// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The window's History dock: recording sends, and reply / react / open / resend from a row.
#include "ui_mainwindow.h"

#include "core/messagetype.h"
#include "storage/historystore.h"
#include "storage/profilestore.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"
#include "widgets/mainwindow.h"
#include "widgets/resultpanel.h"
#include "widgets/sendcontroller.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Wac {

void MainWindow::setHistory(HistoryStore *history, const QString &openNotice)
{
    m_history = history;
    if (const int interrupted = history->markInterruptedUnknown(); interrupted > 0) {
        statusBar()->showMessage(tr("Sends with no answer when waconsole last stopped, now "
                                    "marked \"outcome unknown\" in the history: %L1.")
                                     .arg(interrupted));
    }
    m_sender->setHistory(history);
    m_historyPane = new HistoryPane(history, this);
    auto *dock = new QDockWidget(tr("History"), this);
    dock->setObjectName(u"historyDock"_s);
    dock->setWidget(m_historyPane);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
        | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {190}, Qt::Vertical); // five rows: the composer keeps the room
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&History"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(toggle);

    connect(m_sender, &SendController::historyChanged, m_historyPane, &HistoryPane::recordChanged);
    connect(m_historyPane, &HistoryPane::statusMessage, statusBar(),
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_historyPane, &HistoryPane::replyRequested, this, &MainWindow::replyTo);
    connect(m_historyPane, &HistoryPane::reactRequested, this, &MainWindow::reactTo);
    connect(m_historyPane, &HistoryPane::openRequested, this,
        [this](const QJsonObject &body) { setMessage(OutgoingMessage::fromJson(body)); });
    connect(m_historyPane, &HistoryPane::resendRequested, this, &MainWindow::resendFromHistory);
    m_historyPane->applyRetention();
    if (!openNotice.isEmpty())
        m_result->showProblem(tr("History"), openNotice);
    checkHistoryInBackground();
}

void MainWindow::checkHistoryInBackground()
{
    // A full check reads the whole file: on a large history it takes seconds, so it runs on its
    // own connection in a thread while the window is already in use.
    const QString path = m_history->path();
    auto problem = std::make_shared<QString>();
    QThread *thread =
        QThread::create([path, problem] { *problem = HistoryStore::checkIntegrity(path); });
    connect(thread, &QThread::finished, this, [this, thread, problem] {
        thread->deleteLater();
        if (problem->isEmpty())
            return;
        const QString movedTo = m_history->replaceDamaged(*problem);
        m_historyPane->model()->reload();
        m_result->showProblem(tr("History"),
            tr("The history file is damaged (%1). It was moved to %2 and a new history was "
               "started.")
                .arg(*problem, movedTo));
    });
    thread->start(QThread::LowPriority);
}

void MainWindow::replyTo(const QString &recipient, const QString &wamid)
{
    OutgoingMessage message = m_message;
    if (message.type() == MessageType::MarkAsRead || message.type() == MessageType::Reaction)
        message = OutgoingMessage::create(MessageType::Text);
    message.setRecipient(recipient);
    message.setReplyTo(wamid);
    setMessage(message);
    statusBar()->showMessage(tr("Replying to %1").arg(wamid), 8000);
}

void MainWindow::reactTo(const QString &recipient, const QString &wamid)
{
    // The emoji is left for the user to choose; the page says it is missing until then.
    setMessage(OutgoingMessage::fromJson({{u"messaging_product"_s, u"whatsapp"_s},
        {u"recipient_type"_s, u"individual"_s}, {u"to"_s, recipient}, {u"type"_s, u"reaction"_s},
        {u"reaction"_s, QJsonObject {{u"message_id"_s, wamid}, {u"emoji"_s, u""_s}}}}));
    statusBar()->showMessage(tr("Reacting to %1: choose the emoji.").arg(wamid), 8000);
}

void MainWindow::resendFromHistory(const QString &profileName, const QJsonObject &body)
{
    const std::optional<Profile> profile = m_profiles->find(profileName);
    if (!profile) {
        statusBar()->showMessage(
            tr("The profile %1 no longer exists: open the message in the composer and send it "
               "with another.")
                .arg(profileName));
        return;
    }
    if (m_sender->isBusy() || !startSend(*profile, body))
        statusBar()->showMessage(tr("Wait for the request in flight to finish."));
}

} // namespace Wac
