// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storecommand.h"

#include "core/coretr.h"
#include "storage/historystore.h"
#include "storage/storecopy.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "clicommands.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

namespace {

const QString fromOption = u"from"_s;
const QString toOption = u"to"_s;

} // namespace

void addStoreOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {fromOption, Tr::tr("store copy: the profile whose store is read."), u"PROFILE"_s});
    parser.addOption(
        {toOption, Tr::tr("store copy: the profile whose store receives the copy."), u"PROFILE"_s});
}

QString storeHelp()
{
    return Tr::tr(
        "\n\nHistory and team stores (the profile's store; without --profile, the\n"
        "history file of this computer):\n"
        "  history           the newest sends first: [--profile NAME] [--filter EXPR]\n"
        "                    [--limit N] [--format table|csv|json]\n"
        "  store copy        copy one profile's store into another's (a file into the\n"
        "                    team's PostgreSQL store, or back): --from PROFILE --to\n"
        "                    PROFILE; run it again to resume, it adds only what is new.\n"
        "                    \"Sandbox\" names this computer's file; a team store's\n"
        "                    password comes from WACONSOLE_STORE_PASSWORD or the keychain");
}

int storeCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.at(1) != u"copy"_s || !parser.isSet(fromOption)
        || !parser.isSet(toOption)) {
        err << Tr::tr("Usage: waconsole-cli store copy --from PROFILE --to PROFILE") << Qt::endl;
        return Unreadable;
    }
    const auto from = savedProfile(parser.value(fromOption), err);
    const auto to = from ? savedProfile(parser.value(toOption), err) : std::nullopt;
    const auto source = to ? storeOf(from, err) : std::nullopt;
    const auto target = source ? storeOf(to, err) : std::nullopt;
    if (!target)
        return Unreadable;
    if (source->sameStore(*target)) {
        err << Tr::tr("waconsole-cli: \"%1\" and \"%2\" keep their history in the same store "
                      "(%3): there is nothing to copy.")
                   .arg(from->name, to->name, source->describe())
            << Qt::endl;
        return Unreadable;
    }
    if (noHistoryYet(*source, err))
        return Ok;
    HistoryStore reader(*source);
    if (!openHistory(reader, err))
        return Unreadable;
    HistoryStore writer(*target);
    if (!openHistory(writer, err, true))
        return NotSent;
    StoreCopy copy(&reader, &writer);
    // Moved into a team store, an agent's own sends carry the name the team knows them by;
    // rows taken out of a team store keep theirs as they are.
    if (!source->isPostgres() && target->isPostgres())
        copy.setAgent(to->agentName.isEmpty() ? to->name : to->agentName);
    QString error;
    const bool ok = copy.run(
        [&err](const StoreCopy::Progress &p) {
            err << Tr::tr("%1: %L2 of %L3").arg(p.table).arg(p.done).arg(p.total) << Qt::endl;
        },
        &error);
    const StoreCopy::Counts counts = copy.counts();
    if (!ok) {
        err << Tr::tr("waconsole-cli: the copy stopped (%1). What was copied stays; run the same "
                      "command again to go on.")
                   .arg(error)
            << Qt::endl;
        return NotSent;
    }
    out << Tr::tr("Copied %1 into %2: %L3 rows read, %L4 of them new.")
               .arg(source->describe(), target->describe())
               .arg(counts.read)
               .arg(counts.added)
        << Qt::endl;
    return Ok;
}

} // namespace Wac::Cli
