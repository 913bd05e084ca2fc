// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/history/historymodel.h"

#include "core/messagesummary.h"
#include "storage/historyreason.h"
#include "storage/historystore.h"
#include "widgets/theme.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int fetchSize = 256; ///< rows added by one fetchMore()
constexpr int rowsPerPage = 128; ///< rows read from the store at once for display
constexpr int cachedPages = 8;
constexpr qint64 countCap = 10000; ///< a filtered count stops here ("10,000 or more")

} // namespace

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent, bool later)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (!later)
        reload();
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_recent.clear();
    m_total = m_store->count(m_filter, m_filter.isEmpty() ? 0 : countCap);
    // The first page comes with the reset: views never see an empty model in between.
    m_ids = m_store->ids(m_filter, 0, fetchSize);
    m_more = m_ids.size() == fetchSize;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

void HistoryModel::append(qint64 count)
{
    const QList<qint64> more = m_store->ids(m_filter, m_ids.isEmpty() ? 0 : m_ids.last(), count);
    m_more = more.size() == count;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + more.size() - 1));
    m_ids += more;
    endInsertRows();
}

void HistoryModel::fetchTo(int row)
{
    if (row >= m_ids.size() && m_more)
        append(row + 1 - m_ids.size() + fetchSize);
}

bool HistoryModel::totalIsAtLeast() const
{
    return !m_filter.isEmpty() && m_total >= countCap;
}

int HistoryModel::rowOf(qint64 id) const
{
    // Ids are in descending order.
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id, std::greater<>());
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

void HistoryModel::recordChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        dropCachedPage(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!m_store->matches(m_filter, id) || (!m_ids.isEmpty() && id < m_ids.first()))
        return;
    // A new send: on top, and every cached page shifts by one row.
    beginInsertRows({}, 0, 0);
    m_ids.prepend(id);
    m_pages.clear();
    m_recent.clear();
    ++m_total;
    endInsertRows();
    Q_EMIT totalCountChanged(m_total);
}

void HistoryModel::dropCachedPage(int row) const
{
    m_pages.remove(row / rowsPerPage);
    m_recent.removeAll(row / rowsPerPage);
}

const HistoryRecord *HistoryModel::recordAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / rowsPerPage;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * rowsPerPage, rowsPerPage);
        const QList<HistoryRecord> found = m_store->records(ids);
        // Aligned with the ids: a row deleted meanwhile stays an empty record until reload().
        QList<Row> rows(ids.size());
        for (qsizetype i = 0, j = 0; i < ids.size(); ++i) {
            if (j < found.size() && found.at(j).id == ids.at(i)) {
                rows[i].record = found.at(j++);
                rows[i].text = messageSummary(
                    QJsonDocument::fromJson(rows[i].record.entry.requestJson).object());
            } else {
                rows[i].record.id = ids.at(i);
            }
        }
        if (m_recent.size() >= cachedPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, rows);
    }
    m_recent.removeAll(page);
    m_recent.append(page);
    return &it.value().at(row % rowsPerPage).record;
}

QString HistoryModel::textAt(int row) const
{
    // recordAt() loads the page; the text came with it.
    if (!recordAt(row))
        return {};
    return m_pages.value(row / rowsPerPage).at(row % rowsPerPage).text;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::statusText(const HistoryRecord &r)
{
    switch (r.answer.outcome) {
    case HistoryOutcome::Pending:
        return tr("Sending…");
    case HistoryOutcome::Failed:
        return tr("Failed");
    case HistoryOutcome::Unknown:
        return tr("Outcome unknown");
    case HistoryOutcome::Accepted:
        break;
    }
    if (r.lastStatus == u"sent")
        return tr("Sent");
    if (r.lastStatus == u"delivered")
        return tr("Delivered");
    if (r.lastStatus == u"read")
        return tr("Read");
    if (r.lastStatus == u"failed")
        return tr("Failed after acceptance");
    if (!r.answer.messageStatus.isEmpty() && r.answer.messageStatus != u"accepted")
        return tr("Accepted (%1)").arg(r.answer.messageStatus);
    return tr("Accepted");
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryRecord *r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (r->answer.outcome == HistoryOutcome::Failed || r->lastStatus == u"failed")
            return Theme::toneColor(Theme::Tone::Bad, QGuiApplication::palette());
        if (r->answer.outcome == HistoryOutcome::Unknown)
            return Theme::toneColor(Theme::Tone::Uncertain, QGuiApplication::palette());
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Text) {
        const QString text = textAt(index.row());
        return text.isEmpty() ? QVariant() : text;
    }
    if (role == Qt::ToolTipRole && index.column() == Error) {
        const QString error = HistoryReason::errorText(r->answer);
        return error.isEmpty() ? QVariant() : error;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(r->entry.createdAt)
            .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Profile:
        return r->entry.profile;
    case Recipient:
        return r->entry.recipient;
    case Type:
        return r->entry.type;
    case Text:
        return textAt(index.row());
    case Wamid:
        return r->answer.wamid;
    case Status:
        return statusText(*r);
    case Error:
        return HistoryReason::errorLine(r->answer);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case Recipient:
        return tr("Recipient");
    case Type:
        return tr("Type");
    case Text:
        return tr("Text");
    case Wamid:
        return tr("WAMID");
    case Status:
        return tr("Status");
    case Error:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && m_more)
        append(fetchSize);
}

} // namespace Wac
