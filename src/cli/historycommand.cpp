// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "historycommand.h"

#include "core/coretr.h"
#include "storage/historyexport.h"
#include "storage/historyreason.h"
#include "storage/historystore.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

#include "clicommands.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

namespace {

/// One line per send, columns separated by tabs: readable, and easy to cut.
void writeTable(const QList<HistoryRecord> &records, QTextStream &out)
{
    for (const HistoryRecord &r : records) {
        const QString status = r.lastStatus.isEmpty()
            ? HistoryExport::outcomeName(int(r.answer.outcome))
            : r.lastStatus;
        QString error = HistoryReason::errorLine(r.answer);
        out << QDateTime::fromMSecsSinceEpoch(r.entry.createdAt).toString(u"yyyy-MM-dd HH:mm:ss"_s)
            << u'\t' << status << u'\t' << r.entry.type << u'\t' << r.entry.recipient << u'\t'
            << (r.answer.wamid.isEmpty() ? u"-"_s : r.answer.wamid) << u'\t'
            << error.replace(u'\n', u' ') << u'\n';
    }
    out.flush();
}

} // namespace

int history(const std::optional<Profile> &profile, const QString &filterText, qint64 limit,
    const QString &format, QTextStream &out, QTextStream &err)
{
    if (format != u"table" && format != u"csv" && format != u"json") {
        err << Tr::tr("--format takes table, csv or json.") << Qt::endl;
        return Unreadable;
    }
    QString problem;
    const HistoryFilter filter = HistoryFilter::parse(filterText, &problem);
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return Unreadable;
    }
    const std::optional<StoreLocation> location = storeOf(profile, err);
    if (!location)
        return Unreadable;
    if (noHistoryYet(*location, err))
        return format == u"json" ? (out << "[]\n", Ok) : Ok;
    HistoryStore store(*location);
    if (!openHistory(store, err))
        return Unreadable;
    const qint64 count = limit > 0 ? limit : 50;
    if (format == u"table") {
        writeTable(store.page(filter, 0, count), out);
        return Ok;
    }
    out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return Unreadable;
    QString error;
    const bool ok = HistoryExport::write(store, {{}, store.ids(filter, 0, count)},
        format == u"csv" ? HistoryExport::Format::Csv : HistoryExport::Format::Json, &stdoutFile,
        {}, &error);
    if (!ok)
        err << error << Qt::endl;
    return ok ? Ok : Unreadable;
}

} // namespace Wac::Cli
