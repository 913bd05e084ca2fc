// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/history/historydock.h"

#include "core/replydraft.h"
#include "storage/historycheck.h"
#include "storage/historystore.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QThread>

#include <memory>

#include "services/historylog.h"

using namespace Qt::StringLiterals;

namespace Wac {

HistoryDock::HistoryDock(
    HistoryLog *log, QMainWindow *window, QMenu *viewMenu, CurrentMessage current)
    : QObject(window)
    , m_log(log)
    , m_pane(new HistoryPane(log, window, true))
    , m_dock(new QDockWidget(tr("History"), window))
    , m_current(std::move(current))
{
    m_dock->setObjectName(u"historyDock"_s);
    m_dock->setWidget(m_pane);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
        | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // As low as its ten lines of details allow: the composer keeps the room.
    window->resizeDocks({m_dock}, {m_dock->minimumSizeHint().height()}, Qt::Vertical);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&History"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    viewMenu->addSeparator();
    viewMenu->addAction(toggle);

    connect(m_pane, &HistoryPane::statusMessage, this,
        [this](const QString &text) { Q_EMIT statusMessage(text, 8000); });
    connect(m_pane, &HistoryPane::replyRequested, this, &HistoryDock::replyTo);
    connect(m_pane, &HistoryPane::reactRequested, this, &HistoryDock::reactTo);
    connect(m_pane, &HistoryPane::openRequested, this, [this](const QJsonObject &body) {
        Q_EMIT composeRequested(OutgoingMessage::fromJson(body), QString());
    });
    connect(m_pane, &HistoryPane::resendRequested, this, &HistoryDock::resendRequested);
}

HistoryDock::~HistoryDock()
{
    // The window can close while the check reads the file: at a million rows that takes many
    // seconds, which quitting must not wait for. Stopped, the check ends within milliseconds
    // (asked again while we wait, see HistoryCheck::stop); its thread is our child (unowned, it
    // leaked when the window went first), and a running QThread must not be destroyed, so wait for
    // it before ~QObject deletes it.
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly)) {
        do {
            for (const std::shared_ptr<HistoryCheck> &check : std::as_const(m_checks))
                check->stop();
        } while (!thread->wait(QDeadlineTimer(20)));
    }
}

void HistoryDock::load()
{
    m_pane->model()->reload();
    m_pane->applyRetention();
    checkInBackground();
}

void HistoryDock::checkInBackground()
{
    // A full check reads the whole file: on a large history it takes seconds, so it runs on its
    // own connection in a thread while the window is already in use.
    const QString path = m_log->store()->path();

    struct Outcome
    {
        HistoryFile::Failure failure = HistoryFile::Failure::None;
        QString detail;
    };

    auto check = std::make_shared<HistoryCheck>(path, HistoryStore::defaultBusyTimeoutMs);
    auto outcome = std::make_shared<Outcome>();
    m_checks.append(check);
    QThread *thread =
        QThread::create([check, outcome] { outcome->failure = check->run(&outcome->detail); });
    connect(thread, &QThread::finished, this, [this, thread, check, outcome] {
        thread->deleteLater();
        m_checks.removeOne(check);
        using Failure = HistoryFile::Failure;
        if (outcome->failure == Failure::None || outcome->failure == Failure::Stopped)
            return;
        // A lock is not damage: another program holding the file keeps it, healthy or not.
        if (outcome->failure != Failure::Damaged) {
            Q_EMIT notice(tr("History"),
                outcome->failure == Failure::Busy
                    ? tr("The history is busy (another program holds it), so its check was "
                         "skipped; the file was left as it is.")
                    : tr("The history file could not be checked (%1); it was left as it is.")
                          .arg(outcome->detail));
            return;
        }
        const QString movedTo = m_log->replaceDamaged(outcome->detail);
        Q_EMIT notice(tr("History"),
            tr("The history file is damaged (%1). It was moved to %2 and a new history was "
               "started.")
                .arg(outcome->detail, movedTo));
    });
    thread->setParent(this);
    thread->start(QThread::LowPriority);
}

void HistoryDock::replyTo(const QString &recipient, const QString &wamid)
{
    Q_EMIT composeRequested(
        ReplyDraft::reply(m_current(), recipient, wamid), tr("Replying to %1").arg(wamid));
}

void HistoryDock::reactTo(const QString &recipient, const QString &wamid)
{
    Q_EMIT composeRequested(
        ReplyDraft::reaction(recipient, wamid), tr("Reacting to %1: choose the emoji.").arg(wamid));
}

} // namespace Wac
