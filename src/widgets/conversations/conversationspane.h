// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/inboxrecord.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ConversationsPane;
}

namespace Wac {

class ConversationListModel;
class HistoryLog;
class Inbox;
class ThreadActions;
class ThreadModel;
class ThreadView;

/**
 * The Conversations dock's pane: the customers who wrote, newest first, with a search; the
 * chosen one's thread under a header with their name, address and 24-hour countdown; the
 * actions on a message. It follows every write, this process's or another's, and keeps what
 * the user chose and where they scrolled.
 */
class ConversationsPane : public QWidget
{
    Q_OBJECT

public:
    ConversationsPane(
        Inbox *inbox, HistoryLog *log, std::function<QDateTime()> clock, QWidget *parent = nullptr);
    ~ConversationsPane() override;

    /// Reads the first page of conversations (once the window has painted).
    void load();

    ConversationListModel *conversations() const { return m_list; }

    ThreadModel *thread() const { return m_thread; }

    ThreadView *threadView() const;

    /// The chosen conversation as it is now.
    std::optional<Conversation> current() const;
    /// Chooses the conversation `id` as a click on it does; false when the list does not hold it.
    bool select(qint64 id);
    /// The clock moved on: the countdowns say so.
    void clockTicked();

    /// The widths of the list and the thread, to keep across runs.
    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

Q_SIGNALS:
    /// The user chose `conversation` (a click, the keyboard).
    void chosen(const Wac::Conversation &conversation);
    void replyRequested(const Wac::Conversation &conversation, const Wac::ThreadItem &item);
    void reactRequested(const Wac::Conversation &conversation, const Wac::ThreadItem &item);
    /// A conversation that is open got a message while the user looks at it.
    void seen(qint64 conversationId);
    void statusMessage(const QString &text);
    /// A customer's file that could not be fetched is to be fetched again.
    void fetchRequested(qint64 inboundId);

private:
    void currentChanged();
    void conversationChanged(qint64 id);
    void recordChanged(qint64 historyId);
    void reloadKeepingPlace();
    void updateHeader();
    qint64 conversationOfRecord(qint64 historyId) const;
    void selectQuietly(qint64 id);

    std::unique_ptr<Ui::ConversationsPane> m_ui;
    Inbox *m_inbox;
    HistoryLog *m_log;
    std::function<QDateTime()> m_clock;
    ConversationListModel *m_list;
    ThreadModel *m_thread;
    ThreadActions *m_actions = nullptr;
    QTimer m_searchPause;
    qint64 m_current = 0;
    bool m_quiet = false; ///< a selection made by the pane itself, not by the user
};

} // namespace Wac
