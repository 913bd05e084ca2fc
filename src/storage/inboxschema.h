// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>
#include <QStringList>

namespace Wac {
class SqlDialect;
}

namespace Wac::InboxSchema {

/**
 * What version 5 of the history file adds for receiving: the raw deliveries, each status once
 * (per message and status), the customers' messages with their text index, one row per
 * conversation kept in step by triggers (whoever writes a send), and the other changes. The
 * same statements make a new file and migrate an old one.
 */
QStringList version5(const SqlDialect &dialect);

/// What version 7 changes for receiving: the conversations' and messages' words stored on
/// PostgreSQL (SqlDialect::storedWords()).
QStringList version7(const SqlDialect &dialect);

/// A message's timeline goes with it. Statuses of messages the history never had (sent by
/// another tool, or before the answer was written) stay until the retention ends.
QStringList statusesWithMessageTrigger(const SqlDialect &dialect);

/// The newest status of `wamid`'s timeline (as `:wamid`): the latest timestamp, and on a tie
/// (Meta's timestamps are whole seconds) the furthest along, so that a `delivered` arriving
/// after its `read` does not hide it.
QString newestStatusSql();

} // namespace Wac::InboxSchema
