// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// The history filter as typed in the dock's bar or given to `waconsole-cli history --filter`.
// Whatever is typed either reads as a filter or is refused with a reason, and a filter that
// reads is a query SQLite runs: against a real history file with the real schema, so that no
// text (quotes, FTS5 syntax, huge dates) turns into broken or injected SQL.

#include "storage/historyfilter.h"
#include "storage/historyschema.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>

#include "fuzzcheck.h"

using namespace Wac;

namespace {

QSqlDatabase &history()
{
    static QTemporaryDir folder;
    static QSqlDatabase db = [] {
        QSqlDatabase opened = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"fuzz"_qs);
        opened.setDatabaseName(folder.filePath(u"history.sqlite"_qs));
        QString error;
        if (!folder.isValid() || !opened.open() || !HistorySchema::create(opened, &error)) {
            std::fprintf(stderr, "cannot create the history: %s\n", qPrintable(error));
            std::abort();
        }
        return opened;
    }();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // for the SQLite driver plugin
    (void)history();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString expression =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const HistoryFilter filter = HistoryFilter::parse(expression, &error);
    if (!error.isEmpty())
        return 0;
    WAC_FUZZ_CHECK(HistoryFilter::parse(expression) == filter, "reading is deterministic");
    QVariantMap binds;
    const SqlDialect sqlite;
    const QString condition = filter.sqlCondition(sqlite, &binds);
    QSqlQuery query(history());
    query.setForwardOnly(true);
    WAC_FUZZ_CHECK(
        query.prepare(u"SELECT count(*) FROM "_qs + filter.sqlSource(sqlite) + u" WHERE "_qs
            + condition + u" ORDER BY "_qs + filter.sqlOrderKey(sqlite) + u" DESC"_qs),
        "the filter's SQL is SQL");
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
        WAC_FUZZ_CHECK(false, "SQLite runs the filter");
    }
    return 0;
}
