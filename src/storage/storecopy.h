// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Wac {

class HistoryStore;

/**
 * Copies everything one store holds into another (an agent's file into the team's server, or
 * back): sends with their answers and statuses, raw deliveries, conversations, what customers
 * wrote and the webhook events. Copying again adds only what is new, so an interrupted copy is
 * resumed by running it again: a copied send or delivery keeps where it came from ("<store
 * id>:<row id>", unique in every store), the rest is unique by its WAMID or content already.
 * Conversations are matched by business number and customer, and the copied rows point at the
 * target's own ones.
 */
class StoreCopy
{
public:
    struct Progress
    {
        QString table;
        qint64 done = 0;
        qint64 total = 0;
    };

    struct Counts
    {
        qint64 read = 0; ///< rows of the source
        qint64 added = 0; ///< rows the target did not hold yet
    };

    StoreCopy(HistoryStore *from, HistoryStore *to);

    /// Who sent the source's sends that name no agent (the source profile's agent name).
    void setAgent(const QString &agent) { m_agent = agent; }

    /// Rows per transaction on the target: what a crash or a lost server can cost to redo.
    static constexpr int batchRows = 500;

    /// Runs the copy; false with `error` naming the table that failed (what was committed
    /// before stays, and the next run goes on from there).
    bool run(const std::function<void(const Progress &)> &progress, QString *error);

    Counts counts() const { return m_counts; }

private:
    enum class Key
    {
        Origin, ///< a send or a delivery: its origin column
        Unique, ///< a status, inbound message or event: its unique columns
    };

    struct Table
    {
        QString name;
        Key key;
        QString conflict; ///< the unique columns an insert may meet
        QHash<QString, QHash<qint64, qint64> *> remaps; ///< column → old id to new id
        QHash<qint64, qint64> *ids = nullptr; ///< filled with the source's id to the target's
    };

    bool copyTable(const Table &table, QString *error);
    bool copyBatch(const Table &table, QSqlQuery &rows, const QStringList &columns, qint64 *lastId,
        qint64 *done, QString *error);
    qint64 insertRow(
        const Table &table, const QStringList &columns, const QSqlQuery &row, QString *error);
    bool copyConversations(QString *error);

    HistoryStore *m_from;
    HistoryStore *m_to;
    QString m_agent;
    QString m_fromId;
    QString m_toId;
    QHash<qint64, qint64> m_deliveries;
    QHash<qint64, qint64> m_conversations;
    std::function<void(const Progress &)> m_progress;
    Counts m_counts;
};

} // namespace Wac
