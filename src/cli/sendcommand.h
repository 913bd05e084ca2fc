// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/apiconfig.h"
#include "net/sendresult.h"

class QTextStream;

namespace Wac::Cli {

struct SendOptions
{
    ApiConfig config;
    QString profile; ///< when set, config comes from this profile and the token from the keychain
    bool sendAnyway = false; ///< send even when the validator finds errors (to see the server's)
};

/**
 * `send FILE|-`: validates, sends with the token from WACONSOLE_TOKEN or, with a profile, from
 * the keychain (never from a flag, which other users could read in the process list), prints the
 * response JSON on stdout and the decoded outcome on stderr. Exit 0 accepted, 1 rejected (by the
 * validator or the API), 2 unreadable input or no token, 3 outcome unknown, 4 not sent.
 */
int send(const QString &path, const SendOptions &options, QTextStream &out, QTextStream &err);

/// `upload FILE`: checks the file's MIME type and size (reference §4), uploads it to
/// `/{phone-number-id}/media` and prints `{"id": ...}`. Exit codes as for send; a file refused
/// before sending exits 1.
/// The exit code of an outcome (0 accepted, 1 rejected, 3 unknown, 4 not sent or cancelled).
int exitCodeFor(SendResult::Outcome outcome);
/// The decoded outcome, hint and fbtrace_id on `err`.
void describe(const SendResult &result, QTextStream &err);
/// WACONSOLE_TOKEN, or else `profile`'s token from the keychain; empty after telling why not.
QByteArray resolveToken(const QString &profile, QTextStream &err);

int upload(const QString &path, const SendOptions &options, const QString &mimeType,
    QTextStream &out, QTextStream &err);

} // namespace Wac::Cli
