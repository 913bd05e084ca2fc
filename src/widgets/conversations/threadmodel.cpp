// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/threadmodel.h"

#include "core/messagesummary.h"
#include "preview/previewparts.h"
#include "storage/inboxstore.h"
#include "widgets/conversations/threadlook.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

qint64 keyOf(const ThreadItem &item)
{
    return item.inbound ? item.id : -item.id;
}

bool before(const ThreadItem &a, const ThreadItem &b)
{
    return a.at != b.at ? a.at < b.at : keyOf(a) < keyOf(b);
}

bool same(const ThreadItem &a, const ThreadItem &b)
{
    return a.status == b.status && a.outcome == b.outcome && a.errorCode == b.errorCode
        && a.errorMessage == b.errorMessage && a.media == b.media && a.mediaPath == b.mediaPath
        && a.mediaHere == b.mediaHere && a.mediaError == b.mediaError && a.wamid == b.wamid
        && a.json == b.json;
}

} // namespace

ThreadModel::ThreadModel(const InboxStore *store, std::function<QDateTime()> clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{ }

void ThreadModel::setConversation(const std::optional<Conversation> &conversation)
{
    m_conversation = conversation;
    replaceAll(conversation ? m_store->thread(*conversation, {}, m_pageSize) : QList<ThreadItem>());
}

void ThreadModel::replaceAll(const QList<ThreadItem> &newestFirst)
{
    QList<Entry> entries;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        entries.append(Entry {*it, ++m_revisions, {}, {}});
    m_hasOlder = newestFirst.size() == m_pageSize;
    rebuild(std::move(entries));
}

int ThreadModel::fetchOlder()
{
    if (!m_conversation || !m_hasOlder || m_entries.isEmpty())
        return 0;
    const ThreadItem &oldest = m_entries.first().item;
    const QList<ThreadItem> older =
        m_store->thread(*m_conversation, {oldest.at, keyOf(oldest)}, m_pageSize);
    m_hasOlder = older.size() == m_pageSize;
    QList<Entry> entries = m_entries;
    for (const ThreadItem &item : older)
        entries.prepend(Entry {item, ++m_revisions, {}, {}});
    rebuild(std::move(entries));
    return int(older.size());
}

void ThreadModel::refresh(const std::optional<Conversation> &now)
{
    if (!m_conversation)
        return;
    if (now && now->id == m_conversation->id)
        m_conversation = now;
    const QList<ThreadItem> newest = m_store->thread(*m_conversation, {}, m_pageSize);
    QList<ThreadItem> added;
    for (const ThreadItem &item : newest) {
        if (entryOf(keyOf(item)) < 0)
            added << item;
        else
            replace(item);
    }
    if (added.isEmpty())
        return;
    // More came than a page holds: what lies between is read as the user scrolls up.
    if (added.size() == newest.size() && !m_entries.isEmpty()) {
        replaceAll(newest);
        return;
    }
    QList<Entry> entries = m_entries;
    for (const ThreadItem &item : std::as_const(added))
        entries.append(Entry {item, ++m_revisions, {}, {}});
    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return before(a.item, b.item); });
    rebuild(std::move(entries));
}

bool ThreadModel::outboundChanged(qint64 historyId)
{
    const int at = entryOf(-historyId);
    if (at < 0 || !m_conversation)
        return false;
    // The page that starts at this message, one long: the message as it is now.
    const ThreadItem &old = m_entries.at(at).item;
    const QList<ThreadItem> now = m_store->thread(*m_conversation, {old.at, -historyId + 1}, 1);
    if (!now.isEmpty() && keyOf(now.first()) == -historyId)
        replace(now.first());
    return true;
}

bool ThreadModel::inboundChanged(qint64 inboundId)
{
    if (entryOf(inboundId) < 0)
        return false;
    if (const std::optional<ThreadItem> item = m_store->inbound(inboundId))
        replace(*item);
    return true;
}

bool ThreadModel::replace(const ThreadItem &item)
{
    const int at = entryOf(keyOf(item));
    if (at < 0 || same(m_entries.at(at).item, item))
        return false;
    // A reaction that failed is shown on its own again; anything else changes its row only.
    if (item.type == u"reaction"_s) {
        QList<Entry> entries = m_entries;
        entries[at] = Entry {item, ++m_revisions, entries.at(at).day, {}};
        rebuild(std::move(entries));
        return true;
    }
    Entry &entry = m_entries[at];
    entry.item = item;
    entry.revision = ++m_revisions;
    entry.picture.reset();
    const int row = int(m_rows.indexOf(at));
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
    return true;
}

void ThreadModel::rebuild(QList<Entry> entries)
{
    // Views read the rows as they were until the reset begins: nothing changes before it.
    beginResetModel();
    m_entries = std::move(entries);
    m_rows.clear();
    QHash<QString, int> byWamid;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!m_entries.at(i).item.wamid.isEmpty())
            byWamid.insert(m_entries.at(i).item.wamid, i);
    }
    // Each side's newest reaction on a message is the one that stands; an empty emoji took it
    // back.
    QHash<QString, QString> theirs, ours;
    for (int i = 0; i < m_entries.size(); ++i) {
        const ThreadItem &item = m_entries.at(i).item;
        const std::optional<ThreadLook::Reaction> reaction = ThreadLook::reactionOf(item);
        if (reaction && byWamid.contains(reaction->target)) {
            (item.inbound ? theirs : ours).insert(reaction->target, reaction->emoji);
            continue;
        }
        m_rows.append(i);
    }
    const QHash<QString, QStringList> before = m_reactions;
    m_reactions.clear();
    for (const QHash<QString, QString> *side : {&ours, &theirs}) {
        for (auto it = side->cbegin(); it != side->cend(); ++it) {
            if (!it.value().isEmpty())
                m_reactions[it.key()].append(it.value());
        }
    }
    decorate(before);
    endResetModel();
}

int ThreadModel::entryOf(qint64 key) const
{
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        if (keyOf(m_entries.at(i).item) == key)
            return i;
    }
    return -1;
}

const ThreadModel::Entry *ThreadModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_entries.at(m_rows.at(row)) : nullptr;
}

const ThreadItem *ThreadModel::itemAt(int row) const
{
    const Entry *entry = entryAt(row);
    return entry ? &entry->item : nullptr;
}

int ThreadModel::revisionAt(int row) const
{
    const Entry *entry = entryAt(row);
    return entry ? entry->revision : -1;
}

qint64 ThreadModel::keyAt(int row) const
{
    const ThreadItem *item = itemAt(row);
    return item ? keyOf(*item) : 0;
}

int ThreadModel::rowOfKey(qint64 key) const
{
    const int entry = entryOf(key);
    return entry < 0 ? -1 : int(m_rows.indexOf(entry));
}

std::optional<PreviewOptions::Quote> ThreadModel::quoteOf(const ThreadItem &item) const
{
    const QString &target = item.contextId;
    if (target.isEmpty() || item.type == u"reaction"_s)
        return std::nullopt;
    const QString name = m_conversation ? ThreadLook::nameOf(*m_conversation) : QString();
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->item.wamid == target)
            return ThreadLook::quoteOf(it->item, name);
    }
    if (const std::optional<ThreadItem> theirs = m_store->inbound(target))
        return ThreadLook::quoteOf(*theirs, name);
    return item.inbound ? std::optional(PreviewOptions::Quote {
               ThreadLook::tr("An earlier message"), PreviewParts::shortId(target)})
                        : std::nullopt;
}

void ThreadModel::decorate(const QHash<QString, QStringList> &reactionsBefore)
{
    const QDate today = m_clock().toLocalTime().date();
    QDate previous;
    for (const int at : std::as_const(m_rows)) {
        Entry &entry = m_entries[at];
        const QDate day = QDateTime::fromMSecsSinceEpoch(entry.item.at).date();
        const QString chip = day == previous ? QString() : ThreadLook::dayText(day, today);
        previous = day;
        const QString &wamid = entry.item.wamid;
        if (chip != entry.day || reactionsBefore.value(wamid) != m_reactions.value(wamid)) {
            entry.day = chip;
            entry.revision = ++m_revisions;
        }
    }
}

ThreadBubble ThreadModel::bubbleAt(int row) const
{
    const Entry *entry = entryAt(row);
    if (!entry)
        return {};
    const ThreadItem &item = entry->item;
    ThreadBubble b = ThreadLook::bubbleOf(item);
    if (item.media == InboundMedia::Fetched && item.mediaHere
        && (item.mediaMimeType.startsWith(u"image/"_s) || item.type == u"sticker"_s)) {
        if (!entry->picture)
            entry->picture = ThreadLook::picture(item.mediaPath);
        b.picture = *entry->picture;
    }
    b.quote = quoteOf(item);
    b.reactions = m_reactions.value(item.wamid);
    b.day = entry->day;
    return b;
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    const ThreadItem *item = itemAt(index.row());
    if (!item || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return ThreadLook::textOf(*item);
    case Qt::ToolTipRole: {
        const QString failure = ThreadLook::failureOf(*item, true);
        return failure.isEmpty() ? QVariant() : failure;
    }
    case KeyRole:
        return keyOf(*item);
    case WamidRole:
        return item->wamid;
    default:
        break;
    }
    return {};
}

} // namespace Wac
