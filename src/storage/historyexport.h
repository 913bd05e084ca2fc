// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyfilter.h"

#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace Wac {

class HistoryStore;

/**
 * Writes history rows as CSV (RFC 4180, a header row, UTF-8) or as a JSON array whose request and
 * response are JSON again, not strings. Rows are read and written a page at a time, so an export
 * of any size needs the memory of one page. Values are machine-readable and untranslated: times
 * are ISO 8601 UTC, outcomes are pending / accepted / failed / unknown.
 */
namespace HistoryExport {

enum class Format
{
    Csv,
    Json,
};

/// Called after each page with rows written and rows in all; false stops the export.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct Selection
{
    HistoryFilter filter; ///< every row it matches, newest first…
    QList<qint64> ids; ///< …unless these are given: exactly these rows, in this order
};

/// False when stopped or when writing failed (`error` says which).
bool write(const HistoryStore &store, const Selection &selection, Format format, QIODevice *out,
    const Progress &progress, QString *error);

/// The outcome's stable name, as exports and the CLI write it.
QString outcomeName(int outcome);

} // namespace HistoryExport

} // namespace Wac
