// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyexport.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <memory>

class QProgressDialog;

namespace Wac {

class HistoryStore;

/**
 * One export of the history from the window, a page of rows per turn of the event loop (a
 * zero-interval timer), so the window keeps painting and answering while it runs; the progress
 * dialog moves between pages and its Cancel stops the export. The file is written through
 * QSaveFile: it appears only complete, and a cancelled or failed export leaves none. The job
 * deletes itself, and its dialog, when it ends; `store` must outlive it.
 */
class HistoryExportJob : public QObject
{
    Q_OBJECT

public:
    /// `progress` is the dialog to move and to listen to for Cancel; the job takes it over.
    HistoryExportJob(const HistoryStore &store, HistoryExport::Selection selection,
        QProgressDialog *progress, QObject *parent);
    ~HistoryExportJob() override;

    /// Opens `path` (the format follows its suffix: .json, else CSV) and starts. False when the
    /// file cannot be opened, with `error` saying why; nothing was started then.
    bool start(const QString &path, QString *error);

Q_SIGNALS:
    void exported(const QString &path);
    void failed(const QString &reason);

private:
    void writeNextPage();
    void cancel();
    void end();

    const HistoryStore &m_store;
    HistoryExport::Selection m_selection;
    QPointer<QProgressDialog> m_progress;
    QSaveFile m_file;
    std::unique_ptr<HistoryExport::Writer> m_writer;
    QTimer m_pages;
};

} // namespace Wac
