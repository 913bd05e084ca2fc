// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/deliverystore.h"

#include "storage/historystore.h"
#include "storage/sqlrows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

DeliveryRow deliveryOf(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
        q.value(3).toBool(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(),
        q.value(7).toByteArray()};
}

} // namespace

DeliveryStore::DeliveryStore(const HistoryStore *history)
    : m_history(history)
{ }

QList<DeliveryRow> DeliveryStore::deliveries(qint64 beforeId, int limit) const
{
    QSqlQuery q(m_history->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, received_at, profile, verified, statuses, messages, others, body "
              "FROM deliveries WHERE id < :before ORDER BY id DESC "
              "LIMIT :limit"_s);
    // A bound value, not an OR: the primary key's range is read, never the whole table.
    q.bindValue(u":before"_s, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    q.bindValue(u":limit"_s, limit);
    return collect<DeliveryRow>(q, &m_error, deliveryOf);
}

std::optional<DeliveryRow> DeliveryStore::delivery(qint64 id) const
{
    QSqlQuery q(m_history->database());
    q.prepare(u"SELECT id, received_at, profile, verified, statuses, messages, others, body "
              "FROM deliveries WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (q.exec() && q.next())
        return deliveryOf(q);
    return std::nullopt;
}

qint64 DeliveryStore::count() const
{
    QSqlQuery q(m_history->database());
    return q.exec(u"SELECT count(*) FROM deliveries"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace Wac
