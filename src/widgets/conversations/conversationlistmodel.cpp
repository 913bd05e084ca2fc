// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/conversationlistmodel.h"

#include "core/customerwindow.h"
#include "storage/inboxstore.h"
#include "widgets/conversations/threadlook.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

bool newer(const Conversation &a, const Conversation &b)
{
    return a.lastAt != b.lastAt ? a.lastAt > b.lastAt : a.id > b.id;
}

} // namespace

ConversationListModel::ConversationListModel(
    const InboxStore *store, std::function<QDateTime()> clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{ }

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows = m_store->conversations(m_search, {}, m_pageSize);
    m_more = m_rows.size() == m_pageSize;
    endResetModel();
}

void ConversationListModel::reloadShown()
{
    const int shown = std::max(m_pageSize, int(m_rows.size()));
    beginResetModel();
    m_rows = m_store->conversations(m_search, {}, shown);
    m_more = m_rows.size() == shown;
    endResetModel();
}

void ConversationListModel::setSearch(const QString &search)
{
    if (search.trimmed() == m_search)
        return;
    m_search = search.trimmed();
    reload();
}

bool ConversationListModel::matches(const Conversation &c) const
{
    if (m_search.isEmpty())
        return true;
    // The search's page that starts at this conversation: it is there when the search finds it.
    const QList<Conversation> first = m_store->conversations(m_search, {c.lastAt, c.id + 1}, 1);
    return !first.isEmpty() && first.first().id == c.id;
}

int ConversationListModel::placeOf(const Conversation &c, int skip) const
{
    int place = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (row == skip)
            continue;
        if (newer(c, m_rows.at(row)))
            return place;
        ++place;
    }
    return m_more ? -1 : place; // older than every row read: it comes with a later page
}

void ConversationListModel::conversationChanged(qint64 id)
{
    const std::optional<Conversation> c = m_store->conversation(id);
    const int old = rowOf(id);
    const int place = c && matches(*c) ? placeOf(*c, old) : -1;
    if (place < 0) {
        if (old >= 0) {
            beginRemoveRows({}, old, old);
            m_rows.removeAt(old);
            endRemoveRows();
        }
        return;
    }
    if (old < 0) {
        beginInsertRows({}, place, place);
        m_rows.insert(place, *c);
        endInsertRows();
        return;
    }
    if (place != old) {
        // Moved, not removed and inserted: the view keeps the row selected if it was.
        beginMoveRows({}, old, old, {}, place > old ? place + 1 : place);
        m_rows.move(old, place);
        endMoveRows();
    }
    m_rows[place] = *c;
    Q_EMIT dataChanged(index(place), index(place));
}

const Conversation *ConversationListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConversationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    const Conversation *c = at(index.row());
    if (!c || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return ThreadLook::nameOf(*c);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines {c->address()};
        if (!c->username.isEmpty())
            lines << u'@' + c->username;
        lines << CustomerWindow::at(c->lastInboundAt, nowMs()).text();
        if (c->unread > 0)
            lines << tr("Unread: %1").arg(c->unread);
        return lines.join(u'\n');
    }
    case IdRole:
        return c->id;
    default:
        break;
    }
    return {};
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    const Conversation &last = m_rows.last();
    const QList<Conversation> more =
        m_store->conversations(m_search, {last.lastAt, last.id}, m_pageSize);
    m_more = more.size() == m_pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

} // namespace Wac
