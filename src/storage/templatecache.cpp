// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/templatecache.h"

#include "core/coretr.h"
#include "storage/datafolders.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Wac {

TemplateCache::TemplateCache(QString path)
    : m_path(std::move(path))
    , m_connection(u"waconsole-templates-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

TemplateCache::~TemplateCache()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString TemplateCache::defaultPath()
{
    return DataFolders::data() + u"/templates.sqlite"_s;
}

QSqlDatabase TemplateCache::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool TemplateCache::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool TemplateCache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

bool TemplateCache::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? database()
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    query.exec(u"PRAGMA journal_mode = WAL"_s);
    // The library is a copy of what Graph holds: one row per template, the definition as JSON.
    const bool created = query.exec(u"CREATE TABLE IF NOT EXISTS libraries ("
                                    "profile TEXT PRIMARY KEY, fetched_at INTEGER NOT NULL)"_s)
        && query.exec(u"CREATE TABLE IF NOT EXISTS templates ("
                      "profile TEXT NOT NULL, position INTEGER NOT NULL, "
                      "definition TEXT NOT NULL, PRIMARY KEY (profile, position))"_s);
    if (!created) {
        return fail(Tr::tr("%1 is not a template library: %2")
                        .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
    }
    return true;
}

bool TemplateCache::store(
    const QString &profile, const QList<QJsonObject> &templates, const QDateTime &fetchedAt)
{
    QSqlDatabase db = database();
    if (!db.isOpen() || !db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    bool ok = query.prepare(u"DELETE FROM templates WHERE profile = :profile"_s);
    query.bindValue(u":profile"_s, profile);
    ok = ok && query.exec();
    ok = ok
        && query.prepare(u"INSERT OR REPLACE INTO libraries (profile, fetched_at) "
                         "VALUES (:profile, :at)"_s);
    query.bindValue(u":profile"_s, profile);
    query.bindValue(u":at"_s, fetchedAt.toMSecsSinceEpoch());
    ok = ok && query.exec();
    ok = ok
        && query.prepare(u"INSERT INTO templates (profile, position, definition) "
                         "VALUES (:profile, :position, :definition)"_s);
    for (qsizetype i = 0; ok && i < templates.size(); ++i) {
        query.bindValue(u":profile"_s, profile);
        query.bindValue(u":position"_s, i);
        query.bindValue(u":definition"_s,
            QString::fromUtf8(QJsonDocument(templates.at(i)).toJson(QJsonDocument::Compact)));
        ok = query.exec();
    }
    if (!ok || !db.commit()) {
        const QString error = query.lastError().text();
        db.rollback();
        return fail(error);
    }
    return true;
}

TemplateCache::Library TemplateCache::load(const QString &profile) const
{
    Library library;
    QSqlQuery query(database());
    query.prepare(u"SELECT fetched_at FROM libraries WHERE profile = :profile"_s);
    query.bindValue(u":profile"_s, profile);
    if (!query.exec() || !query.next())
        return library;
    library.fetchedAt = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    query.prepare(u"SELECT definition FROM templates WHERE profile = :profile ORDER BY position"_s);
    query.bindValue(u":profile"_s, profile);
    query.setForwardOnly(true);
    if (!query.exec())
        return library;
    while (query.next())
        library.templates.append(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return library;
}

bool TemplateCache::remove(const QString &profile)
{
    QSqlQuery query(database());
    bool ok = query.prepare(u"DELETE FROM templates WHERE profile = :profile"_s);
    query.bindValue(u":profile"_s, profile);
    ok = ok && query.exec() && query.prepare(u"DELETE FROM libraries WHERE profile = :profile"_s);
    query.bindValue(u":profile"_s, profile);
    return (ok && query.exec()) || fail(query.lastError().text());
}

} // namespace Wac
