// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/webhooks/webhookdelivery.h"
#include "storage/sqldialect.h"

#include <QString>

namespace Wac {

class PreparedStatements;

/**
 * Who a customer message is from, as a conversation of the history file: the same customer by
 * number or by BSUID is one conversation, whichever they wrote with; a group's messages are the
 * group's. What a later message says of them (a name, a number shown again) is kept.
 */
class ConversationMatcher
{
public:
    ConversationMatcher(PreparedStatements &statements, SqlDialect dialect);

    /// The conversation of `message` (made when it is the first); 0 with `error` set when the
    /// file did not answer. Runs inside the caller's transaction.
    qint64 conversationFor(const QString &profile, const WebhookMessage &message, QString *error);

private:
    qint64 find(
        const QString &phoneNumberId, const QString &column, const QString &value, QString *error);

    PreparedStatements &m_statements;
    SqlDialect m_dialect;
};

} // namespace Wac
