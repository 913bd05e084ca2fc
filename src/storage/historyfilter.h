// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>
#include <QVariantMap>

namespace Wac {

class SqlDialect;

/**
 * Which history rows to show. Every field narrows the set; empty ones do not apply. The same
 * filter comes from the dock's bar and from `waconsole-cli history --filter`, written as words and
 * `key:value` terms: `type:text status:failed to:+1555 wamid:wamid.X profile:Sandbox
 * since:2026-11-01 until:2026-11-20` and any other words searched in the message text.
 */
struct HistoryFilter
{
    QString wamid; ///< exactly this WAMID
    QString recipient; ///< the number typed begins with these digits
    QString text; ///< every word appears in the message's text (prefixes match)
    QString type; ///< a message type key, e.g. "text" or "interactive.list"
    QString status; ///< pending, accepted, failed, unknown, or a delivery status (sent, read…)
    QString profile;
    qint64 from = 0; ///< UTC ms, inclusive; 0: no lower bound
    qint64 until = 0; ///< UTC ms, exclusive; 0: no upper bound

    bool isEmpty() const;
    bool operator==(const HistoryFilter &other) const;

    bool operator!=(const HistoryFilter &other) const { return !(*this == other); }

    /// Reads `expression`; on a term it cannot use, `error` says which and why.
    static HistoryFilter parse(const QString &expression, QString *error = nullptr);

    /// The tables to select from: `messages AS m`, joined to the text index when words are
    /// searched, so that SQLite walks the index newest first and stops at a page's end.
    QString sqlSource(const SqlDialect &dialect) const;
    /// The condition on sqlSource() ("TRUE" when empty) and the values to bind to it.
    QString sqlCondition(const SqlDialect &dialect, QVariantMap *binds) const;
    /// The row id column to order and page by, newest first.
    QString sqlOrderKey(const SqlDialect &dialect) const;
};

} // namespace Wac
