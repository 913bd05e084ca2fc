// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Wac::Test {

/**
 * Webhook bodies as Meta posts them (reference §6.3), for feeding Inbox::record: a `messages`
 * change of the Sandbox's number with the customers' messages and their contacts, or with
 * statuses of ours.
 */
struct WebhookBodies
{
    QString phoneNumberId = QStringLiteral("106540352242922");

    /// A customer: their contact entry, which a message of theirs names.
    static QJsonObject contact(const QString &waId, const QString &name);
    /// A message `wamid` of `type` from `waId` at `seconds` (Unix), its part `part`.
    static QJsonObject message(const QString &waId, const QString &wamid, qint64 seconds,
        const QString &type, const QJsonValue &part);
    static QJsonObject text(
        const QString &waId, const QString &wamid, qint64 seconds, const QString &body);
    static QJsonObject status(const QString &wamid, const QString &status, qint64 seconds,
        const QString &recipient, int errorCode = 0);

    QByteArray messages(const QJsonArray &messages, const QJsonArray &contacts) const;
    QByteArray statuses(const QJsonArray &statuses) const;
};

} // namespace Wac::Test
