// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/outgoingmessage.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace Wac {

class HistoryCheck;
class HistoryLog;
class HistoryPane;

/**
 * The window's History dock: the pane over the history, kept current by the log's change
 * notices (whoever wrote), the damaged-file check in the background, and what a row's Reply,
 * React and Open put in the composer.
 */
class HistoryDock : public QObject
{
    Q_OBJECT

public:
    using CurrentMessage = std::function<OutgoingMessage()>;

    HistoryDock(HistoryLog *log, QMainWindow *window, QMenu *viewMenu, CurrentMessage current);
    /// Waits for a check still running: its thread is the dock's, and must end before it goes.
    ~HistoryDock() override;

    HistoryPane *pane() const { return m_pane; }

    QDockWidget *dock() const { return m_dock; }

    /// Reads the first page, applies the retention and checks the file in the background: once
    /// the window has painted, so that a long history never delays it.
    void load();

Q_SIGNALS:
    /// Show `message` in the composer, and `status` in the status bar.
    void composeRequested(const Wac::OutgoingMessage &message, const QString &status);
    void resendRequested(const QString &profile, const QJsonObject &body);
    void notice(const QString &title, const QString &text);
    void statusMessage(const QString &text, int timeoutMs);

private:
    /// Checks the whole file on a thread of its own; a damaged one is moved aside and the
    /// user told (notice).
    void checkInBackground();
    void replyTo(const QString &recipient, const QString &wamid);
    void reactTo(const QString &recipient, const QString &wamid);

    HistoryLog *m_log;
    HistoryPane *m_pane;
    QDockWidget *m_dock;
    CurrentMessage m_current;
    QList<std::shared_ptr<HistoryCheck>> m_checks; ///< running in their threads, stopped at the end
};

} // namespace Wac
