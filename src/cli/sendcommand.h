// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/graphdefaults.h"
#include "net/sendresult.h"
#include "storage/profile.h"

#include <optional>

class QTextStream;

namespace Wac {
class GraphAccess;
}

namespace Wac::Cli {

struct SendOptions
{
    /// A saved profile (savedProfile), or one made from --base-url and its flags.
    Profile profile;
    bool savedProfile = false; ///< its token may come from the keychain
    int timeoutMs = GraphDefaults::timeoutMs;
    bool sendAnyway = false; ///< send even when the validator finds errors (to see the server's)
    bool recordHistory = true; ///< write the send into the history the window shows
};

/// The longest --timeout, in seconds: a day, far inside what a timer counts in milliseconds.
inline constexpr int maxTimeoutSeconds = 86400;
/// --timeout's `seconds` in milliseconds (a whole number from 1 to maxTimeoutSeconds), or
/// nullopt after telling `err` why not.
std::optional<int> timeoutMs(const QString &seconds, QTextStream &err);

/// Fills `options` from the saved profile `name`; false after saying there is none.
bool useProfile(const QString &name, SendOptions &options, QTextStream &err);
/// A profile made from the command line's --base-url and its companions, named after the
/// address in the history.
Profile adHocProfile(const QUrl &baseUrl, const QString &apiVersion);

/**
 * `send FILE|-`: validates, sends with the token from WACONSOLE_TOKEN or, with a profile, from
 * the keychain (never from a flag, which other users could read in the process list), and
 * records the send in the history as the window does (pending before the request leaves,
 * finished with the answer) unless told not to. Prints the response JSON on stdout and the
 * decoded outcome on stderr. Exit 0 accepted, 1 rejected (by the validator or the API), 2
 * unreadable input or no token, 3 outcome unknown, 4 not sent.
 */
int send(const QString &path, const SendOptions &options, QTextStream &out, QTextStream &err);

/// `upload FILE`: checks the file's MIME type and size (reference §4), uploads it to
/// `/{phone-number-id}/media` and prints `{"id": ...}`. Exit codes as for send; a file refused
/// before sending exits 1.
int upload(const QString &path, const SendOptions &options, const QString &mimeType,
    QTextStream &out, QTextStream &err);

/// The exit code of an outcome (0 accepted, 1 rejected, 3 unknown, 4 not sent or cancelled).
int exitCodeFor(SendResult::Outcome outcome);
/// The decoded outcome, hint and fbtrace_id on `err`.
void describe(const SendResult &result, QTextStream &err);
/// Points `graph` at the token to use (WACONSOLE_TOKEN, or the keychain for a saved profile);
/// false after telling `err` there is none to be had.
bool prepareToken(GraphAccess &graph, const SendOptions &options, QTextStream &err);

} // namespace Wac::Cli
