// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "storage/profile.h"
#include "storage/storelocation.h"

#include <QJsonValue>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Wac {
class HistoryStore;
}

namespace Wac::Cli {

/// Exit codes of waconsole-cli, documented in its --help.
enum Exit
{
    Ok = 0,
    Invalid = 1,
    Unreadable = 2,
    OutcomeUnknown = 3,
    NotSent = 4
};

/// One line per diagnostic, "POINTER: error|warning: message [code]" (validate's format).
void printDiagnostics(const QList<Diagnostic> &diagnostics, QTextStream &out);
/// `validate FILE|-`: one line per diagnostic, "POINTER: error|warning: message [code]".
int validate(const QString &path, QTextStream &out, QTextStream &err);
/// `roundtrip FILE|-`: the body loaded into the message model and written back.
int roundtrip(const QString &path, QTextStream &out, QTextStream &err);

/// Opens the history file the window writes, as a reader (never changing it) unless `writer`;
/// false after telling `err` why the file cannot be used (busy, damaged and left alone, …).
/// Only the window moves a damaged file aside.
bool openHistory(HistoryStore &store, QTextStream &err, bool writer = false);

/// The saved profile `name` for what it keeps (its store, its agent); "Sandbox" names the
/// default file. nullopt after telling `err` there is none.
std::optional<Profile> savedProfile(const QString &name, QTextStream &err);

/// Where `profile` (none: the default file) keeps its history, its team store's password from
/// WACONSOLE_STORE_PASSWORD or the keychain; nullopt after telling `err` why it cannot be had.
std::optional<StoreLocation> storeOf(const std::optional<Profile> &profile, QTextStream &err);

/// True after telling `err` that `location` is a file not written yet: a reader has nothing.
bool noHistoryYet(const StoreLocation &location, QTextStream &err);

/// The JSON in FILE (or standard input for "-"), or nullopt after telling \`err\` why not.
std::optional<QJsonValue> readJson(const QString &path, QTextStream &err);

} // namespace Wac::Cli
