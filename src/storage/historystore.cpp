// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historystore.h"

#include "core/coretr.h"
#include "core/phonenumber.h"
#include "storage/datafolders.h"
#include "storage/historyreason.h"
#include "storage/historyschema.h"
#include "storage/historywriter.h"
#include "storage/inboxschema.h"
#include "storage/serverconnection.h"
#include "storage/sqldialect.h"
#include "storage/sqlrows.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString newConnectionName()
{
    return u"waconsole-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

HistoryStore::HistoryStore(const QString &path)
    : HistoryStore(StoreLocation::file(path))
{ }

HistoryStore::HistoryStore(const StoreLocation &location)
    : m_location(location)
    , m_connection(newConnectionName())
{ }

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    // Shared by the window and waconsole-cli, whose application names differ.
    return DataFolders::data() + u"/history.sqlite"_s;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void HistoryStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::fail(Failure failure, const QString &detail, QString *problem)
{
    m_failure = failure == Failure::None ? Failure::Unusable : failure;
    *problem = detail;
    return false;
}

bool HistoryStore::openFile(Mode mode, QString *problem)
{
    const bool readOnly = mode == Mode::ReadOnly;
    if (!readOnly && !HistoryFile::createPrivate(m_location.path, problem))
        return fail(Failure::Unusable, *problem, problem);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    ++m_generation;
    m_writer = HistoryWriter::current();
    db.setDatabaseName(m_location.path);
    // A reader (the CLI) must not even create the file, let alone change it.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1%2"_s.arg(qMax(0, m_busyTimeoutMs))
                             .arg(readOnly ? u";QSQLITE_OPEN_READONLY"_s : QString()));
    if (!db.open())
        return fail(HistoryFile::classify(db.lastError()), db.lastError().text(), problem);
    if (useSchema(db, mode, problem))
        return true;
    if (m_failure != Failure::None)
        return false;
    // Creating or migrating failed: only SQLite can tell a lock or damage from the rest.
    QString detail;
    const Failure failure = HistoryFile::diagnose(db, readOnly, &detail);
    return fail(failure, failure == Failure::Unusable ? *problem : detail, problem);
}

bool HistoryStore::openServer(Mode mode, QString *problem)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(ServerConnection::driver(), m_connection);
    ++m_generation;
    if (!ServerConnection::open(db, m_location, problem)
        || !ServerConnection::lockSchema(db, problem))
        return fail(Failure::Unusable, *problem, problem);
    m_writer = ServerConnection::holdWriterLock(db, problem);
    if (m_writer.isEmpty())
        return fail(Failure::Unusable, *problem, problem);
    const bool ok = useSchema(db, mode, problem);
    ServerConnection::unlockSchema(db);
    return ok || m_failure != Failure::None || fail(Failure::Unusable, *problem, problem);
}

bool HistoryStore::useSchema(QSqlDatabase &db, Mode mode, QString *problem)
{
    QSqlError error;
    const int version = HistorySchema::version(db, &error);
    if (version < 0 && error.isValid())
        return fail(HistoryFile::classify(error), error.text(), problem);
    if (version < 0) {
        return fail(Failure::Unusable,
            Tr::tr("the file is a database, but not a waconsole history"), problem);
    }
    if (version > HistorySchema::currentVersion) {
        return fail(Failure::Unusable,
            Tr::tr("it was written by a newer waconsole (schema %1)").arg(version), problem);
    }
    return prepareSchema(db, version, mode, problem);
}

bool HistoryStore::prepareSchema(QSqlDatabase &db, int version, Mode mode, QString *problem)
{
    if (mode == Mode::ReadOnly) {
        if (version == 0)
            *problem = Tr::tr("the file holds no history yet");
        else if (version < HistorySchema::currentVersion)
            *problem = Tr::tr("it was written by an older waconsole (schema %1); open the window "
                              "once to update it")
                           .arg(version);
        return version == HistorySchema::currentVersion;
    }
    if (!SqlDialect::of(db).isPostgres()) {
        QSqlQuery query(db);
        // WAL lets a reader (the CLI, an export) run beside the window's writes; if the file
        // system cannot do it, the default journal still keeps every write whole.
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s))
            qWarning("history: WAL is not available: %s", qPrintable(query.lastError().text()));
        query.exec(u"PRAGMA synchronous = NORMAL"_s);
        query.exec(u"PRAGMA foreign_keys = ON"_s);
    }
    if (version == 0)
        return HistorySchema::create(db, problem);
    if (version < HistorySchema::currentVersion)
        return HistorySchema::migrate(db, version, problem);
    return true;
}

bool HistoryStore::reachable()
{
    if (!m_location.isPostgres())
        return true; // a file is tried as it is: SQLite's own error says what failed
    if (isOpen() && QSqlQuery(database()).exec(u"SELECT 1"_s))
        return true;
    close();
    QString problem;
    if (openServer(m_mode, &problem))
        return true;
    close();
    m_error = Tr::tr("The team store %1 is unreachable (%2).").arg(m_location.describe(), problem);
    return false;
}

bool HistoryStore::open(QString *notice, Mode mode)
{
    close();
    m_mode = mode;
    m_failure = Failure::None;
    m_error.clear();
    QString problem;
    if (m_location.isPostgres() ? openServer(mode, &problem) : openFile(mode, &problem))
        return true;
    close();
    if (m_location.isPostgres()) {
        m_error =
            Tr::tr("The team store %1 cannot be used (%2).").arg(m_location.describe(), problem);
        return false;
    }
    const QString file = QDir::toNativeSeparators(m_location.path);
    if (m_failure == Failure::Busy) {
        m_error = Tr::tr("The history is busy (another program holds it): %1 stayed locked for "
                         "%2 s (%3).")
                      .arg(file)
                      .arg(m_busyTimeoutMs / 1000.0)
                      .arg(problem);
        return false;
    }
    if (m_failure != Failure::Damaged) {
        m_error = Tr::tr("The history file %1 cannot be used (%2).").arg(file, problem);
        return false;
    }
    if (mode != Mode::Window) {
        m_error = Tr::tr("The history file %1 is damaged (%2). It was left as it is; the "
                         "window moves it aside and starts a new history.")
                      .arg(file, problem);
        return false;
    }
    const QString movedTo = replaceDamaged(problem);
    if (notice && !movedTo.isEmpty()) {
        *notice = Tr::tr("The history file could not be used (%1). It was moved to %2 and a new "
                         "history was started.")
                      .arg(problem, QDir::toNativeSeparators(movedTo));
    }
    return isOpen();
}

QString HistoryStore::replaceDamaged(const QString &reason)
{
    close();
    const QString &path = m_location.path;
    const QString movedTo = QFile::exists(path) ? HistoryFile::moveAside(path) : QString();
    if (QFile::exists(path)) {
        m_error = Tr::tr("The history file %1 is damaged (%2) and could not be moved aside.")
                      .arg(QDir::toNativeSeparators(path), reason);
        return {};
    }
    QString problem;
    if (!openFile(Mode::Window, &problem)) {
        close();
        m_error = problem;
    }
    return movedTo;
}

int HistoryStore::markInterruptedUnknown()
{
    QSqlQuery writers(database());
    writers.prepare(u"SELECT DISTINCT writer FROM messages WHERE outcome = :pending"_s);
    writers.bindValue(u":pending"_s, int(HistoryOutcome::Pending));
    if (!execPrepared(writers, &m_error))
        return 0;
    QStringList gone;
    while (writers.next()) {
        const QString writer = writers.value(0).toString();
        QSqlDatabase db = database();
        if (m_location.isPostgres() ? !ServerConnection::writerAlive(db, writer)
                                    : !HistoryWriter::isAlive(writer))
            gone.append(writer);
    }
    int marked = 0;
    for (const QString &writer : std::as_const(gone)) {
        QSqlQuery query(database());
        // A code, not a sentence: the row outlives the language it was written in.
        query.prepare(u"UPDATE messages SET outcome = :unknown, error_reason = :why "
                      "WHERE outcome = :pending AND writer = :writer"_s);
        query.bindValue(u":unknown"_s, int(HistoryOutcome::Unknown));
        query.bindValue(u":pending"_s, int(HistoryOutcome::Pending));
        query.bindValue(u":why"_s, HistoryReason::interrupted.toString());
        query.bindValue(u":writer"_s, writer);
        marked += execPrepared(query, &m_error) ? query.numRowsAffected() : 0;
    }
    return marked;
}

qint64 HistoryStore::addPending(const HistoryEntry &e)
{
    if (!reachable())
        return 0; // nothing leaves without its record
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO messages (created_at, profile, phone_number_id, recipient, "
                  "recipient_digits, type, request_json, body, callback_data, replied_to, outcome, "
                  "writer, agent) VALUES (:at, :profile, :phone, :recipient, :digits, :type, "
                  ":request, :body, :callback, :reply, :pending, :writer, :agent) RETURNING id"_s);
    query.bindValue(u":agent"_s, HistorySchema::orEmpty(e.agent));
    query.bindValue(u":writer"_s, m_writer);
    query.bindValue(u":at"_s, e.createdAt);
    query.bindValue(u":profile"_s, HistorySchema::orEmpty(e.profile));
    query.bindValue(u":phone"_s, HistorySchema::orEmpty(e.phoneNumberId));
    query.bindValue(u":recipient"_s, HistorySchema::orEmpty(e.recipient));
    query.bindValue(u":digits"_s, HistorySchema::orEmpty(PhoneNumber::parse(e.recipient).digits()));
    query.bindValue(u":type"_s, HistorySchema::orEmpty(e.type));
    query.bindValue(u":request"_s, HistorySchema::orEmpty(QString::fromUtf8(e.requestJson)));
    query.bindValue(u":body"_s, HistorySchema::searchableText(e.requestJson));
    query.bindValue(u":callback"_s, HistorySchema::orEmpty(e.callbackData));
    query.bindValue(u":reply"_s, HistorySchema::orEmpty(e.repliedTo));
    query.bindValue(u":pending"_s, int(HistoryOutcome::Pending));
    return execPrepared(query, &m_error) && query.next() ? query.value(0).toLongLong() : 0;
}

bool HistoryStore::finish(qint64 id, const HistoryAnswer &a)
{
    if (!reachable())
        return false; // the row stays pending: the next start marks it unknown
    QSqlQuery query(database());
    query.prepare(u"UPDATE messages SET outcome = :outcome, http_status = :http, "
                  "response_json = :response, wamid = :wamid, wa_id = :waid, "
                  "message_status = :mstatus, error_code = :code, error_message = :message, "
                  "fbtrace_id = :trace, error_reason = :reason WHERE id = :id"_s);
    query.bindValue(u":outcome"_s, int(a.outcome));
    query.bindValue(u":http"_s, a.httpStatus);
    query.bindValue(u":response"_s,
        a.responseJson.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(a.responseJson)));
    query.bindValue(u":wamid"_s, a.wamid.isEmpty() ? QVariant() : QVariant(a.wamid));
    query.bindValue(u":waid"_s, HistorySchema::orEmpty(a.waId));
    query.bindValue(u":mstatus"_s, HistorySchema::orEmpty(a.messageStatus));
    query.bindValue(u":code"_s, a.errorCode);
    query.bindValue(u":message"_s, HistorySchema::orEmpty(a.errorMessage));
    query.bindValue(u":trace"_s, HistorySchema::orEmpty(a.fbtraceId));
    query.bindValue(u":reason"_s, HistorySchema::orEmpty(a.errorReason));
    query.bindValue(u":id"_s, id);
    if (!execPrepared(query, &m_error) || query.numRowsAffected() != 1)
        return false;
    if (a.wamid.isEmpty())
        return true;
    // Its statuses may have come first (a webhook before the answer was written).
    query.prepare(u"UPDATE messages SET last_status = coalesce((%1), '') WHERE id = :id"_s.arg(
        InboxSchema::newestStatusSql()));
    query.bindValue(u":wamid"_s, a.wamid);
    query.bindValue(u":id"_s, id);
    return execPrepared(query, &m_error);
}

} // namespace Wac
