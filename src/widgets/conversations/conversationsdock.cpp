// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/conversationsdock.h"

#include "core/customerwindow.h"
#include "core/replydraft.h"
#include "storage/profilestore.h"
#include "storage/settings.h"
#include "widgets/composer/composercontroller.h"
#include "widgets/conversations/conversationspane.h"
#include "widgets/conversations/customernotifier.h"
#include "widgets/conversations/customerwindownote.h"
#include "widgets/conversations/threadlook.h"
#include "widgets/previewwidget.h"
#include "widgets/problemlist.h"
#include "widgets/sendpanel.h"
#include "widgets/windowlayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

#include "services/historylog.h"
#include "services/inbox.h"
#include "services/mediafetcher.h"

using namespace Qt::StringLiterals;

namespace Wac {

ConversationsDock::ConversationsDock(
    const WindowServices &services, const Window &window, CurrentMessage current)
    : QObject(window.window)
    , m_services(services)
    , m_w(window)
    , m_current(std::move(current))
    , m_dock(new QDockWidget(tr("Conversations"), window.window))
    , m_note(new CustomerWindowNote(services.inbox, services.clock, window.windowNote, this))
    , m_notifier(new CustomerNotifier(services.inbox, window.window, this))
{
    m_dock->setObjectName(u"conversationsDock"_s);
    // The pane is made when the dock first shows: behind the History's tab (where it starts)
    // it costs the first paint nothing. A dock shown at start says so during show(), before
    // that paint, so it is whole in it.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            pane();
    });
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
        | QDockWidget::DockWidgetFloatable);
    m_w.window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // Beside the History, which stays in front until the user picks the other tab.
    if (m_w.history) {
        m_w.window->tabifyDockWidget(m_w.history, m_dock);
        m_w.history->raise();
    }
    setUpMenu(m_w.viewMenu);

    // What was read of a customer's window is stale once anything is written for them.
    const auto stale = [this] {
        m_note->invalidate();
        Q_EMIT refreshRequested();
    };
    connect(m_services.inbox, &Inbox::conversationChanged, this, stale);
    connect(m_services.history, &HistoryLog::changedElsewhere, this, stale);
    connect(m_services.history, &HistoryLog::reset, this, stale);
    connect(m_note, &CustomerWindowNote::changed, this, &ConversationsDock::refreshRequested);
    const auto templatePage = [this] { m_w.composer->selectType(MessageType::Template); };
    connect(m_note, &CustomerWindowNote::templateRequested, this, templatePage);
    m_w.problems->setAction(QString::fromLatin1(CustomerWindow::closedCode),
        tr("Choose it to open the Template page."), templatePage);
    const auto quotes = [this](const QString &wamid) { return quoteOf(wamid); };
    m_w.composer->setQuoteLookup(quotes);
    m_w.preview->setQuoteLookup(quotes);

    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &ConversationsDock::clockTicked);
}

ConversationsPane *ConversationsDock::pane()
{
    if (m_pane)
        return m_pane;
    m_pane = new ConversationsPane(m_services.inbox, m_services.history, m_services.clock, m_dock);
    m_dock->setWidget(m_pane);
    WindowLayout::restoreConversations(m_pane);
    connect(m_pane, &ConversationsPane::chosen, this, &ConversationsDock::follow);
    connect(m_pane, &ConversationsPane::seen, m_services.inbox, &Inbox::markRead);
    if (m_services.media) {
        connect(m_pane, &ConversationsPane::fetchRequested, m_services.media,
            [media = m_services.media](qint64 id) { media->retry(id); });
    }
    connect(m_pane, &ConversationsPane::replyRequested, this, &ConversationsDock::replyTo);
    connect(m_pane, &ConversationsPane::reactRequested, this, &ConversationsDock::reactTo);
    connect(m_pane, &ConversationsPane::statusMessage, this,
        [this](const QString &text) { Q_EMIT statusMessage(text, 6000); });
    if (m_loaded)
        m_pane->load(); // made after the start: it reads its first page now
    return m_pane;
}

void ConversationsDock::setUpMenu(QMenu *viewMenu)
{
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Conversations"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    viewMenu->addAction(toggle);
    QAction *notify = viewMenu->addAction(tr("&Notify of customers' messages"));
    notify->setObjectName(u"notifyConversationsAction"_s);
    notify->setToolTip(tr("A desktop notification for each message a customer writes while the "
                          "window is not in front"));
    notify->setCheckable(true);
    notify->setChecked(Settings::conversationsNotify());
    connect(notify, &QAction::toggled, this,
        [](bool on) { Settings::setValue(Settings::Key::ConversationsNotify, on); });
}

void ConversationsDock::load()
{
    m_loaded = true;
    if (m_pane)
        m_pane->load();
    m_note->start();
    m_minute.start();
}

QList<Diagnostic> ConversationsDock::findings(
    const std::optional<Profile> &profile, const QJsonObject &body)
{
    return m_note->findings(profile, body);
}

std::optional<PreviewOptions::Quote> ConversationsDock::quoteOf(const QString &wamid) const
{
    const std::optional<ThreadItem> item = m_services.inbox->store().inbound(wamid);
    if (!item)
        return std::nullopt;
    const std::optional<Conversation> open = m_pane ? m_pane->current() : std::nullopt;
    // The customer's name when it is the conversation open; a reply is to them almost always.
    return ThreadLook::quoteOf(*item, open ? ThreadLook::nameOf(*open) : tr("Customer"));
}

void ConversationsDock::clockTicked()
{
    if (m_pane)
        m_pane->clockTicked();
    m_note->clockTicked();
}

bool ConversationsDock::useProfileOf(const Conversation &c)
{
    const std::optional<Profile> now = m_w.sendPanel->currentProfile();
    if (!m_services.profiles || (now && now->phoneNumberId == c.phoneNumberId))
        return true;
    // The profile whose receiver saw them first, else any that sends from their number.
    QString chosen;
    for (const Profile &p : m_services.profiles->profiles()) {
        if (p.phoneNumberId == c.phoneNumberId && (chosen.isEmpty() || p.name == c.profile))
            chosen = p.name;
    }
    if (!chosen.isEmpty() && m_w.sendPanel->selectProfile(chosen)) {
        Q_EMIT statusMessage(
            tr("The profile %1 sends from the number this customer wrote to.").arg(chosen), 8000);
        return true;
    }
    Q_EMIT statusMessage(tr("No profile sends from the number this customer wrote to (ID %1): "
                            "a message from %2 would come from another number.")
                             .arg(c.phoneNumberId, now ? now->name : tr("this profile")),
        10000);
    return false;
}

void ConversationsDock::follow(const Conversation &c)
{
    m_services.inbox->markRead(c.id);
    useProfileOf(c);
    OutgoingMessage message = m_current();
    if (message.type() == MessageType::MarkAsRead || message.recipient() == c.address())
        return;
    message.setRecipient(c.address());
    // A reply to another customer's message would quote what this one never saw.
    message.setReplyTo(std::nullopt);
    Q_EMIT composeRequested(message, tr("Writing to %1").arg(ThreadLook::nameOf(c)));
}

void ConversationsDock::replyTo(const Conversation &c, const ThreadItem &item)
{
    useProfileOf(c);
    Q_EMIT composeRequested(ReplyDraft::reply(m_current(), c.address(), item.wamid),
        tr("Replying to %1's message").arg(ThreadLook::nameOf(c)));
}

void ConversationsDock::reactTo(const Conversation &c, const ThreadItem &item)
{
    useProfileOf(c);
    Q_EMIT composeRequested(ReplyDraft::reaction(c.address(), item.wamid),
        tr("Reacting to %1's message: choose the emoji.").arg(ThreadLook::nameOf(c)));
}

} // namespace Wac
