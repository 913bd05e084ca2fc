// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyrecord.h"

#include <QList>
#include <QString>

#include <utility>

namespace Wac {

struct StoreLocation;

/**
 * The answers sends got while their team store's server was away, kept until the store has
 * them (HistoryLog writes them when it is back). With a file (keepIn()) they outlast the
 * console: one that quits before the server returns writes them at its next start, instead of
 * leaving their rows pending, then "unknown", with the WAMIDs lost.
 */
class HeldAnswers
{
public:
    using Held = std::pair<qint64, HistoryAnswer>;

    /// Where this user's answers held for `store` are kept (the data folder, a file per store).
    static QString pathFor(const StoreLocation &store);

    /// Takes in what an earlier run left in `path` and keeps every change there from now on:
    /// this user's only, removed once nothing is held. False with lastError() when the file
    /// cannot be read (it is left as it is).
    bool keepIn(const QString &path);

    bool isEmpty() const { return m_held.isEmpty(); }

    qsizetype size() const { return m_held.size(); }

    const Held &first() const { return m_held.first(); }

    void append(qint64 id, const HistoryAnswer &answer);
    void removeFirst();

    /// Why the file could not be read or written; empty when it could.
    QString lastError() const { return m_error; }

private:
    void save();

    QList<Held> m_held;
    QString m_path;
    QString m_error;
};

} // namespace Wac
