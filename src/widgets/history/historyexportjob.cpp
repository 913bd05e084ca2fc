// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/history/historyexportjob.h"

#include <QFileInfo>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace Wac {

HistoryExportJob::HistoryExportJob(const HistoryStore &store, HistoryExport::Selection selection,
    QProgressDialog *progress, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_selection(std::move(selection))
    , m_progress(progress)
{
    // Not modal: QProgressDialog::setValue() spins the event loop itself when it is.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &HistoryExportJob::cancel);
    m_pages.setInterval(0);
    connect(&m_pages, &QTimer::timeout, this, &HistoryExportJob::writeNextPage);
}

HistoryExportJob::~HistoryExportJob()
{
    delete m_progress.data();
}

bool HistoryExportJob::start(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = m_file.errorString();
        return false;
    }
    const auto format = QFileInfo(path).suffix().compare(u"json", Qt::CaseInsensitive) == 0
        ? HistoryExport::Format::Json
        : HistoryExport::Format::Csv;
    m_writer = std::make_unique<HistoryExport::Writer>(m_store, m_selection, format, &m_file);
    m_progress->setValue(0); // starts the dialog's clock: it shows only if the export lasts
    m_pages.start();
    return true;
}

void HistoryExportJob::writeNextPage()
{
    if (!m_writer->writeNext()) {
        const QString reason = m_writer->error();
        m_file.cancelWriting();
        Q_EMIT failed(reason.isEmpty() ? m_file.errorString() : reason);
        return end();
    }
    if (!m_writer->atEnd()) {
        const qint64 total = m_writer->total();
        m_progress->setValue(total > 0 ? int(qMin(m_writer->done(), total) * 100 / total) : 0);
        return;
    }
    if (!m_file.commit()) {
        Q_EMIT failed(m_file.errorString());
        return end();
    }
    Q_EMIT exported(m_file.fileName());
    end();
}

void HistoryExportJob::cancel()
{
    if (!m_pages.isActive())
        return; // ended already: the file is whole
    m_file.cancelWriting();
    Q_EMIT failed(HistoryExport::cancelledText());
    end();
}

void HistoryExportJob::end()
{
    m_pages.stop();
    if (m_progress)
        m_progress->hide();
    deleteLater();
}

} // namespace Wac
