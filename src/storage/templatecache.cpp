// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/templatecache.h"

#include "core/coretr.h"
#include "storage/datafolders.h"
#include "storage/serverconnection.h"
#include "storage/sqldialect.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// Apart from the history's channel: a library is large and seldom replaced, and a console that
// hears of one reads only that profile's again.
const QString changeChannel = QStringLiteral("waconsole_templates");

} // namespace

TemplateCache::TemplateCache(QString path)
    : TemplateCache(StoreLocation::file(path))
{ }

TemplateCache::TemplateCache(StoreLocation location)
    : m_location(std::move(location))
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

StoreLocation TemplateCache::beside(const StoreLocation &history)
{
    return history.isPostgres() ? history : StoreLocation::file(defaultPath());
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
    return connect();
}

bool TemplateCache::connect()
{
    const bool server = m_location.isPostgres();
    if (!server)
        QDir().mkpath(QFileInfo(m_location.path).absolutePath());
    if (QSqlDatabase::contains(m_connection)) {
        database().close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    QSqlDatabase db =
        QSqlDatabase::addDatabase(server ? ServerConnection::driver() : u"QSQLITE"_s, m_connection);
    QString problem;
    if (server) {
        if (!ServerConnection::open(db, m_location, &problem))
            return fail(problem);
    } else {
        db.setDatabaseName(m_location.path);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery(db).exec(u"PRAGMA journal_mode = WAL"_s);
    }
    // Two consoles starting together on one server must not both create the tables.
    if (server && !ServerConnection::lockSchema(db, &problem))
        return fail(problem);
    // "Already exists, skipping" is the normal case on a team's server, not news for stderr.
    if (server)
        QSqlQuery(db).exec(u"SET client_min_messages TO warning"_s);
    const bool created = createTables(db);
    if (server)
        ServerConnection::unlockSchema(db);
    if (!created)
        return false;
    subscribe();
    return true;
}

bool TemplateCache::createTables(QSqlDatabase &db)
{
    // The library is a copy of what Graph holds: one row per template, the definition as JSON.
    QSqlQuery query(db);
    const bool created = query.exec(u"CREATE TABLE IF NOT EXISTS libraries ("
                                    "profile TEXT PRIMARY KEY, fetched_at BIGINT NOT NULL)"_s)
        && query.exec(u"CREATE TABLE IF NOT EXISTS templates ("
                      "profile TEXT NOT NULL, position INTEGER NOT NULL, "
                      "definition TEXT NOT NULL, PRIMARY KEY (profile, position))"_s);
    if (!created) {
        return fail(Tr::tr("%1 is not a template library: %2")
                        .arg(m_location.describe(), query.lastError().text()));
    }
    return true;
}

void TemplateCache::watch(ChangeHandler changed)
{
    m_changed = std::move(changed);
    subscribe();
}

void TemplateCache::subscribe()
{
    QSqlDriver *driver = database().driver();
    if (!m_changed || !m_location.isPostgres() || !database().isOpen()
        || driver->subscribedToNotifications().contains(changeChannel))
        return;
    driver->subscribeToNotification(changeChannel);
    // The driver is the context: a connection made again has a new one, subscribed again here.
    QObject::connect(driver, &QSqlDriver::notification, driver,
        [this](
            const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (name == changeChannel && source == QSqlDriver::OtherSource && m_changed)
                m_changed(payload.toString());
        });
}

bool TemplateCache::write(const QString &profile, const std::function<bool(QSqlQuery &)> &work)
{
    if (writeOnce(profile, work))
        return true;
    // A team server restarted since: one new connection, one more try. A file's error stands.
    return m_location.isPostgres() && connect() && writeOnce(profile, work);
}

bool TemplateCache::writeOnce(const QString &profile, const std::function<bool(QSqlQuery &)> &work)
{
    QSqlDatabase db = database();
    if (!db.isOpen() || !db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    const SqlDialect dialect(m_location.engine);
    bool ok = true;
    // Two consoles refreshing one profile at once: the second waits for the first's commit
    // rather than failing on its rows.
    if (const QString lock = dialect.transactionLock(); !lock.isEmpty()) {
        ok = query.prepare(lock);
        query.bindValue(u":key"_s, QString(u"templates:"_s + profile));
        ok = ok && query.exec();
    }
    ok = ok && work(query);
    if (ok && dialect.isPostgres()) {
        ok = query.prepare(u"SELECT pg_notify('%1', :profile)"_s.arg(changeChannel));
        query.bindValue(u":profile"_s, profile);
        ok = ok && query.exec();
    }
    if (!ok || !db.commit()) {
        const QString error =
            query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(error);
    }
    return true;
}

bool TemplateCache::store(
    const QString &profile, const QList<QJsonObject> &templates, const QDateTime &fetchedAt)
{
    return write(profile, [&](QSqlQuery &query) {
        bool ok = forget(query, profile)
            && query.prepare(
                u"INSERT INTO libraries (profile, fetched_at) VALUES (:profile, :at)"_s);
        query.bindValue(u":profile"_s, profile);
        query.bindValue(u":at"_s, fetchedAt.toMSecsSinceEpoch());
        ok = ok && query.exec()
            && query.prepare(u"INSERT INTO templates (profile, position, definition) "
                             "VALUES (:profile, :position, :definition)"_s);
        for (qsizetype i = 0; ok && i < templates.size(); ++i) {
            query.bindValue(u":profile"_s, profile);
            query.bindValue(u":position"_s, int(i));
            query.bindValue(u":definition"_s,
                QString::fromUtf8(QJsonDocument(templates.at(i)).toJson(QJsonDocument::Compact)));
            ok = query.exec();
        }
        return ok;
    });
}

bool TemplateCache::remove(const QString &profile)
{
    return write(profile, [&](QSqlQuery &query) { return forget(query, profile); });
}

bool TemplateCache::forget(QSqlQuery &query, const QString &profile)
{
    for (const QString &table : {u"templates"_s, u"libraries"_s}) {
        if (!query.prepare(u"DELETE FROM %1 WHERE profile = :profile"_s.arg(table)))
            return false;
        query.bindValue(u":profile"_s, profile);
        if (!query.exec())
            return false;
    }
    return true;
}

bool TemplateCache::read(const QString &profile, Library *library) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT fetched_at FROM libraries WHERE profile = :profile"_s);
    query.bindValue(u":profile"_s, profile);
    if (!query.exec())
        return false;
    if (!query.next())
        return true; // never fetched
    const QDateTime fetchedAt =
        QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    query.prepare(u"SELECT definition FROM templates WHERE profile = :profile ORDER BY position"_s);
    query.bindValue(u":profile"_s, profile);
    query.setForwardOnly(true);
    if (!query.exec())
        return false;
    while (query.next())
        library->templates.append(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    library->fetchedAt = fetchedAt;
    return true;
}

TemplateCache::Library TemplateCache::load(const QString &profile)
{
    Library library;
    if (!read(profile, &library) && m_location.isPostgres() && connect()) {
        library = {};
        read(profile, &library);
    }
    return library;
}

} // namespace Wac
