// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyfilter.h"

#include <QByteArray>
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

/**
 * One export, a page of rows per writeNext(): a caller with an event loop runs it a step at a
 * time and stays responsive in between (the window does); write() runs it to the end. `store`
 * and `out` must outlive it. Rows added while it runs are not in it; rows deleted are left out.
 */
class Writer
{
public:
    Writer(const HistoryStore &store, Selection selection, Format format, QIODevice *out);

    /// Writes the next page (the last call closes the document). False when writing failed.
    bool writeNext();

    bool atEnd() const { return m_atEnd; }

    qint64 done() const { return m_done; } ///< rows of the selection written so far

    qint64 total() const { return m_total; } ///< rows in the selection when it started

    QString error() const { return m_error; }

private:
    bool flush();

    const HistoryStore *m_store;
    Selection m_selection;
    Format m_format;
    QIODevice *m_out;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_lastId = 0;
    bool m_wroteRow = false;
    bool m_atEnd = false;
    QByteArray m_buffer;
    QString m_error;
};

/// False when stopped or when writing failed (`error` says which).
bool write(const HistoryStore &store, const Selection &selection, Format format, QIODevice *out,
    const Progress &progress, QString *error);

/// Why an export that was stopped wrote nothing ("Export cancelled.").
QString cancelledText();

/// The outcome's stable name, as exports and the CLI write it.
QString outcomeName(int outcome);

} // namespace HistoryExport

} // namespace Wac
