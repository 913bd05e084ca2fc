// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Wac {

/**
 * Each profile's template library as last fetched, in SQLite (`templates.sqlite` beside the
 * history), so that the browser, previews and checks work offline. A refresh replaces a
 * profile's whole library in one transaction: a failed or cancelled fetch leaves the old one.
 */
class TemplateCache
{
public:
    struct Library
    {
        QList<QJsonObject> templates; ///< as Graph returned them, in its order
        QDateTime fetchedAt; ///< invalid when the profile was never fetched
    };

    explicit TemplateCache(QString path);
    ~TemplateCache();
    TemplateCache(const TemplateCache &) = delete;
    TemplateCache &operator=(const TemplateCache &) = delete;

    /// GenericDataLocation/waconsole/templates.sqlite, shared by the window and the CLI.
    static QString defaultPath();

    /// Opens (and creates) the file; false with lastError() when it cannot.
    bool open();
    bool isOpen() const;

    QString lastError() const { return m_error; }

    /// Replaces `profile`'s library with `templates`, fetched at `fetchedAt`.
    bool store(const QString &profile, const QList<QJsonObject> &templates,
        const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    Library load(const QString &profile) const;
    /// Forgets `profile`'s library (the profile was deleted).
    bool remove(const QString &profile);

private:
    QSqlDatabase database() const;
    bool fail(const QString &error);

    QString m_path;
    QString m_connection;
    QString m_error;
};

} // namespace Wac
