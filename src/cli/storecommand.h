// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace Wac::Cli {

/// Adds the options only `store` takes (--from, --to).
void addStoreOptions(QCommandLineParser &parser);

/// What `store` and `history` do, for --help.
QString storeHelp();

/**
 * `store copy --from PROFILE --to PROFILE`: copies everything the first profile's store holds
 * into the second's (an agent's file into the team store, or back), printing progress on
 * standard error. Running it again copies only what is new, so an interrupted copy is resumed
 * by running it again. Exit 0 when all of it is in the target, 4 when the target cannot be
 * written, 2 for a wrong command line or a store that cannot be read.
 */
int storeCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace Wac::Cli
