// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Wac {

/**
 * Text pasted or dropped into the console: a JSON request body, or a whole `curl` command as
 * the reference pages and Postman print it (several lines joined with `\`, the body in `-d '…'`,
 * `--data`, `--data-raw`, `--data-binary` or `--json`). Quoting follows the POSIX shell, so
 * what curl would send is what is read.
 */
struct PayloadImport
{
    enum class Source
    {
        Json,
        Curl
    };

    QJsonObject body;
    Source source = Source::Json;
    QString url; ///< the curl command's URL, when there is one
    QString error; ///< empty on success: what is wrong, and where

    bool ok() const { return error.isEmpty(); }

    static PayloadImport fromText(const QString &text);
    /// A file's bytes: JSON is read from them as they are (a BOM or bytes that are not UTF-8
    /// are errors, not silently dropped or replaced); a curl command as text.
    static PayloadImport fromBytes(const QByteArray &bytes);
};

/// Splits a shell command line into words the way a POSIX shell would (quotes, backslash
/// escapes, `\`-newline continuations, `$'…'`); `error` says why when it cannot.
QStringList shellWords(const QString &command, QString *error = nullptr);

} // namespace Wac
