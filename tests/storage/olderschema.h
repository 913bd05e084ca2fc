// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

inline bool runAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return false;
    }
    return true;
}

/// Takes what version 6 added (a send's agent, a copied row's origin, the store's ID) out of a
/// current file, so that a test can make a file of version 5 and see it migrated.
inline bool dropVersion6(QSqlDatabase &db)
{
    return runAll(db,
        {QStringLiteral("DROP INDEX messages_origin"),
            QStringLiteral("ALTER TABLE messages DROP COLUMN origin"),
            QStringLiteral("ALTER TABLE messages DROP COLUMN agent"),
            QStringLiteral("DROP INDEX deliveries_origin"),
            QStringLiteral("ALTER TABLE deliveries DROP COLUMN origin"),
            QStringLiteral("DELETE FROM meta WHERE name = 'storeId'")});
}

/// Takes what versions 5 (receiving) and 6 added out of a current file, so that a test can make
/// a file of an older version from a current one and see it migrated. False when a statement
/// failed.
inline bool dropVersion5(QSqlDatabase &db)
{
    if (!dropVersion6(db))
        return false;
    const QStringList statements = {
        QStringLiteral("DROP TABLE deliveries"),
        QStringLiteral("DROP TABLE events"),
        QStringLiteral("DROP TABLE inbound_fts"),
        QStringLiteral("DROP TABLE inbound"),
        QStringLiteral("DROP TABLE conversations_fts"),
        QStringLiteral("DROP TABLE conversations"),
        QStringLiteral("DROP INDEX statuses_once"),
        QStringLiteral("DROP INDEX statuses_at"),
        QStringLiteral("DROP INDEX messages_wa_id"),
        QStringLiteral("DROP INDEX messages_recipient_text"),
        QStringLiteral("DROP TRIGGER statuses_with_message"),
        QStringLiteral("DROP TRIGGER conversations_outbound_insert"),
        QStringLiteral("DROP TRIGGER conversations_outbound_update"),
        QStringLiteral("ALTER TABLE statuses DROP COLUMN delivery_id"),
        QStringLiteral("ALTER TABLE statuses DROP COLUMN recipient"),
        QStringLiteral("ALTER TABLE statuses DROP COLUMN raw_json"),
    };
    return runAll(db, statements);
}
