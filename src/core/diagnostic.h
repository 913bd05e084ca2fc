// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QList>
#include <QString>

namespace Wac {

enum class Severity
{
    Error,
    Warning
};

/**
 * One finding of the validator.
 *
 * `pointer` is the RFC 6901 JSON Pointer of the offending value (for a missing field, where it
 * would be; for a count limit, the array). `code` is stable across languages and releases and is
 * what tests and scripts compare; `message` is translated and states the limit and the value.
 */
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString pointer;
    QString code;
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

/// "error" or "warning": the untranslated word used in machine-readable output.
QString severityKeyword(Severity severity);

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace Wac
