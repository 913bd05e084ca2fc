// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/storelocation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace Wac {

/**
 * Each profile's template library as last fetched, so that the browser, previews and checks work
 * offline: in SQLite (`templates.sqlite` beside the history) for a profile on this computer's
 * file, in the team's PostgreSQL database for a team store, where every console reads what any
 * of them fetched and hears when another replaced it. A refresh replaces a profile's whole library
 * in one transaction: a failed or cancelled fetch leaves the old one.
 */
class TemplateCache
{
public:
    struct Library
    {
        QList<QJsonObject> templates; ///< as Graph returned them, in its order
        QDateTime fetchedAt; ///< invalid when the profile was never fetched
    };

    /// Told the profile whose library another console replaced or removed.
    using ChangeHandler = std::function<void(const QString &profile)>;

    explicit TemplateCache(QString path);
    explicit TemplateCache(StoreLocation location);
    ~TemplateCache();
    TemplateCache(const TemplateCache &) = delete;
    TemplateCache &operator=(const TemplateCache &) = delete;

    /// GenericDataLocation/waconsole/templates.sqlite, shared by the window and the CLI.
    static QString defaultPath();
    /// Where the libraries of profiles keeping their history in `history` go: the team's
    /// database for a team store, else the default file.
    static StoreLocation beside(const StoreLocation &history);

    /// Opens (and creates) the cache; false with lastError() when it cannot.
    bool open();
    bool isOpen() const;

    /// Worth asking: open, or a team store, whose connection is made again when asked.
    bool available() const { return isOpen() || m_location.isPostgres(); }

    const StoreLocation &location() const { return m_location; }

    QString lastError() const { return m_error; }

    /// Replaces `profile`'s library with `templates`, fetched at `fetchedAt`.
    bool store(const QString &profile, const QList<QJsonObject> &templates,
        const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    Library load(const QString &profile);
    /// Forgets `profile`'s library (the profile was deleted).
    bool remove(const QString &profile);

    /// On a team store, `changed` is told of each library another console stores or removes
    /// (by NOTIFY, through the event loop); a file has no other writer to hear.
    void watch(ChangeHandler changed);

private:
    QSqlDatabase database() const;
    bool connect();
    bool createTables(QSqlDatabase &db);
    /// False when the server or file could not be read (not when there is no library).
    bool read(const QString &profile, Library *library) const;
    void subscribe();
    /// Runs `work` in a transaction; on a team store whose connection was lost (a restarted
    /// server), connects again and runs it once more.
    bool write(const QString &profile, const std::function<bool(QSqlQuery &)> &work);
    bool writeOnce(const QString &profile, const std::function<bool(QSqlQuery &)> &work);
    bool fail(const QString &error);
    /// Deletes a profile's library (its rows and its fetch time) inside `write`'s transaction.
    static bool forget(QSqlQuery &query, const QString &profile);

    StoreLocation m_location;
    QString m_connection;
    QString m_error;
    ChangeHandler m_changed;
};

} // namespace Wac
