// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/outgoingmessage.h"
#include "preview/previewoptions.h"
#include "storage/inboxrecord.h"
#include "storage/profile.h"
#include "widgets/windowservices.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;

namespace Wac {

class ComposerController;
class ConversationsPane;
class CustomerNotifier;
class CustomerWindowNote;
class PreviewWidget;
class ProblemList;
class SendPanel;

/**
 * The window's Conversations: the dock beside the History with the conversations pane, the
 * composer following the chosen customer (profile and recipient), Reply and React from a
 * message, the customers' words quoted by a reply's chip and preview, the 24-hour window at
 * the recipient, and a notice of a customer's message while the window is away.
 */
class ConversationsDock : public QObject
{
    Q_OBJECT

public:
    /// The parts of the window it works with; none is owned.
    struct Window
    {
        QMainWindow *window = nullptr;
        QMenu *viewMenu = nullptr;
        QDockWidget *history = nullptr; ///< the dock it shares a place with, if any
        ComposerController *composer = nullptr;
        PreviewWidget *preview = nullptr;
        ProblemList *problems = nullptr;
        QLabel *windowNote = nullptr; ///< beside the recipient
        SendPanel *sendPanel = nullptr;
    };

    using CurrentMessage = std::function<OutgoingMessage()>;

    /// `services` must hold the inbox and the history.
    ConversationsDock(const WindowServices &services, const Window &window, CurrentMessage current);

    /// The pane, made now if the dock has not shown yet.
    ConversationsPane *pane();

    /// The pane if it was made; none while the dock has stayed behind another.
    ConversationsPane *madePane() const { return m_pane; }

    QDockWidget *dock() const { return m_dock; }

    /// Reads the first page of conversations and starts the window note: once the window has
    /// painted.
    void load();
    /// The 24-hour window's findings for `body` sent from `profile` now.
    QList<Diagnostic> findings(const std::optional<Profile> &profile, const QJsonObject &body);
    /// A received message's words by its WAMID, as a reply quotes them.
    std::optional<PreviewOptions::Quote> quoteOf(const QString &wamid) const;
    /// What the minute's timer does: the countdowns move on.
    void clockTicked();

Q_SIGNALS:
    /// Show `message` in the composer, and `status` in the status bar.
    void composeRequested(const Wac::OutgoingMessage &message, const QString &status);
    /// The message's findings changed with time (the window closed): check it again.
    void refreshRequested();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void setUpMenu(QMenu *viewMenu);
    void follow(const Conversation &conversation);
    bool useProfileOf(const Conversation &conversation);
    void replyTo(const Conversation &conversation, const ThreadItem &item);
    void reactTo(const Conversation &conversation, const ThreadItem &item);

    WindowServices m_services;
    Window m_w;
    CurrentMessage m_current;
    ConversationsPane *m_pane = nullptr;
    QDockWidget *m_dock;
    CustomerWindowNote *m_note;
    CustomerNotifier *m_notifier;
    QTimer m_minute;
    bool m_loaded = false; ///< load() ran: a pane made later reads its first page at once
};

} // namespace Wac
