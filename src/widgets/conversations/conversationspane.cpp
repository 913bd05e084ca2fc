// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/conversationspane.h"

#include "ui_conversationspane.h"

#include "core/customerwindow.h"
#include "storage/historystore.h"
#include "widgets/conversations/conversationdelegate.h"
#include "widgets/conversations/conversationlistmodel.h"
#include "widgets/conversations/threadactions.h"
#include "widgets/conversations/threadlook.h"
#include "widgets/conversations/threadmodel.h"
#include "widgets/theme.h"

#include <QScrollBar>

#include "services/historylog.h"
#include "services/inbox.h"

using namespace Qt::StringLiterals;

namespace Wac {

ConversationsPane::ConversationsPane(
    Inbox *inbox, HistoryLog *log, std::function<QDateTime()> clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationsPane>())
    , m_inbox(inbox)
    , m_log(log)
    , m_clock(std::move(clock))
    , m_list(new ConversationListModel(&inbox->store(), m_clock, this))
    , m_thread(new ThreadModel(&inbox->store(), m_clock, this))
{
    m_ui->setupUi(this);
    QListView *list = m_ui->conversationListView;
    list->setModel(m_list);
    list->setItemDelegate(new ConversationDelegate(m_list, list));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ConversationsPane::currentChanged);
    m_ui->threadView->setThread(m_thread);
    m_actions = new ThreadActions(m_ui->threadView,
        {m_ui->replyToolButton, m_ui->reactToolButton, m_ui->copyToolButton,
            m_ui->copyWamidToolButton, m_ui->rawJsonToolButton});
    connect(m_ui->threadView->selectionModel(), &QItemSelectionModel::currentChanged, m_actions,
        &ThreadActions::update);
    connect(m_thread, &QAbstractItemModel::modelReset, m_actions, &ThreadActions::update);
    connect(m_actions, &ThreadActions::statusMessage, this, &ConversationsPane::statusMessage);
    connect(m_actions, &ThreadActions::replyRequested, this, [this](const ThreadItem &item) {
        if (const std::optional<Conversation> c = current())
            Q_EMIT replyRequested(*c, item);
    });
    connect(m_actions, &ThreadActions::fetchRequested, this,
        [this](const ThreadItem &item) { Q_EMIT fetchRequested(item.id); });
    connect(m_actions, &ThreadActions::reactRequested, this, [this](const ThreadItem &item) {
        if (const std::optional<Conversation> c = current())
            Q_EMIT reactRequested(*c, item);
    });
    QFont name = m_ui->customerNameLabel->font();
    name.setBold(true);
    m_ui->customerNameLabel->setFont(name);
    // The list as wide as a chat list, the thread the rest.
    m_ui->conversationsSplitter->setStretchFactor(0, 2);
    m_ui->conversationsSplitter->setStretchFactor(1, 5);
    m_ui->conversationsSplitter->setSizes({300, 700});
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(200);
    connect(m_ui->conversationSearchLineEdit, &QLineEdit::textChanged, &m_searchPause,
        qOverload<>(&QTimer::start));
    connect(&m_searchPause, &QTimer::timeout, this, [this] {
        m_list->setSearch(m_ui->conversationSearchLineEdit->text());
        selectQuietly(m_current); // the thread shown stays chosen when the search finds it
    });
    connect(m_inbox, &Inbox::conversationChanged, this, &ConversationsPane::conversationChanged);
    connect(m_inbox, &Inbox::mediaChanged, m_thread, &ThreadModel::inboundChanged);
    connect(m_log, &HistoryLog::recordChanged, this, &ConversationsPane::recordChanged);
    connect(m_log, &HistoryLog::changedElsewhere, this, &ConversationsPane::reloadKeepingPlace);
    connect(m_log, &HistoryLog::reset, this, &ConversationsPane::reloadKeepingPlace);
    updateHeader();
}

ConversationsPane::~ConversationsPane() = default;

void ConversationsPane::load()
{
    m_list->reload();
    updateHeader();
}

ThreadView *ConversationsPane::threadView() const
{
    return m_ui->threadView;
}

std::optional<Conversation> ConversationsPane::current() const
{
    if (m_current == 0)
        return std::nullopt;
    if (const Conversation *row = m_list->at(m_list->rowOf(m_current)))
        return *row;
    return m_inbox->store().conversation(m_current);
}

bool ConversationsPane::select(qint64 id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return false;
    m_ui->conversationListView->setCurrentIndex(m_list->index(row));
    return true;
}

void ConversationsPane::selectQuietly(qint64 id)
{
    const int row = m_list->rowOf(id);
    if (id == 0 || row < 0)
        return;
    m_quiet = true;
    m_ui->conversationListView->setCurrentIndex(m_list->index(row));
    m_quiet = false;
}

void ConversationsPane::currentChanged()
{
    if (m_quiet)
        return;
    const QModelIndex index = m_ui->conversationListView->currentIndex();
    const Conversation *c = m_list->at(index.row());
    if (!c || c->id == m_current)
        return;
    m_current = c->id;
    m_thread->setConversation(*c);
    updateHeader();
    Q_EMIT chosen(*c);
}

void ConversationsPane::conversationChanged(qint64 id)
{
    m_list->conversationChanged(id);
    if (id != m_current)
        return;
    const int before = m_thread->rowCount();
    m_thread->refresh(current());
    updateHeader();
    if (m_thread->rowCount() != before && isVisible() && window()->isActiveWindow())
        Q_EMIT seen(id);
}

void ConversationsPane::recordChanged(qint64 historyId)
{
    if (m_thread->outboundChanged(historyId))
        return;
    // A new send: its customer's conversation moved (a trigger wrote it), if they wrote.
    const qint64 id = conversationOfRecord(historyId);
    if (id == 0)
        return;
    m_list->conversationChanged(id);
    if (id == m_current)
        m_thread->refresh();
}

qint64 ConversationsPane::conversationOfRecord(qint64 historyId) const
{
    const std::optional<HistoryRecord> record = m_log->store()->record(historyId);
    if (!record)
        return 0;
    const std::optional<Conversation> c =
        m_inbox->store().find(record->entry.phoneNumberId, record->entry.recipient);
    return c ? c->id : 0;
}

void ConversationsPane::reloadKeepingPlace()
{
    // Another process wrote and nothing says what: the rows shown are read again, and the
    // customer chosen and the place scrolled to stay.
    QScrollBar *bar = m_ui->conversationListView->verticalScrollBar();
    const int scrolled = bar->value();
    m_list->reloadShown();
    selectQuietly(m_current);
    bar->setValue(scrolled);
    m_thread->refresh();
    updateHeader();
}

QByteArray ConversationsPane::saveSplitterState() const
{
    return m_ui->conversationsSplitter->saveState();
}

void ConversationsPane::restoreSplitterState(const QByteArray &state)
{
    m_ui->conversationsSplitter->restoreState(state);
}

void ConversationsPane::clockTicked()
{
    updateHeader();
    m_ui->conversationListView->viewport()->update();
}

void ConversationsPane::updateHeader()
{
    const std::optional<Conversation> c = current();
    QLabel *window = m_ui->threadWindowLabel;
    if (!c) {
        m_ui->customerNameLabel->setText(m_list->rowCount() == 0 && m_list->search().isEmpty()
                ? tr("No customer has written yet")
                : tr("Choose a conversation"));
        m_ui->customerAddressLabel->clear();
        window->clear();
        return;
    }
    m_ui->customerNameLabel->setText(ThreadLook::nameOf(*c));
    QString address = c->address();
    if (!c->username.isEmpty() && !c->name.isEmpty())
        address += u" · @"_s + c->username;
    m_ui->customerAddressLabel->setText(address);
    const CustomerWindow state =
        CustomerWindow::at(c->lastInboundAt, m_clock().toMSecsSinceEpoch());
    //: The customer-service window's state in the thread's header: "24-hour window open · …".
    window->setText(tr("24-hour window %1").arg(state.text()));
    QPalette palette = window->palette();
    palette.setColor(QPalette::WindowText,
        state.isOpen()         ? Theme::toneColor(Theme::Tone::Good, this->palette())
            : state.isClosed() ? Theme::toneColor(Theme::Tone::Bad, this->palette())
                               : this->palette().color(QPalette::PlaceholderText));
    window->setPalette(palette);
}

} // namespace Wac
