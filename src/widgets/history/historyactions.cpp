// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// What the history dock does with its rows: copy, reply, react, open, resend, export, delete,
// clear, keep for N days and compact.
#include "ui_historypane.h"

#include "storage/historydeletion.h"
#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "storage/settings.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/dialogs/filedialogs.h"
#include "widgets/history/historyexportjob.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QProgressDialog>
#include <QShortcut>

#include "services/historylog.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QJsonObject requestOf(const HistoryRecord &r)
{
    return QJsonDocument::fromJson(r.entry.requestJson).object();
}

} // namespace

void HistoryPane::setUpActions()
{
    connect(m_ui->copyWamidPushButton, &QPushButton::clicked, this, &HistoryPane::copyWamid);
    connect(m_ui->replyPushButton, &QPushButton::clicked, this, [this] {
        if (const HistoryRecord *r = current())
            Q_EMIT replyRequested(r->entry.recipient, r->answer.wamid);
    });
    connect(m_ui->reactPushButton, &QPushButton::clicked, this, [this] {
        if (const HistoryRecord *r = current())
            Q_EMIT reactRequested(r->entry.recipient, r->answer.wamid);
    });
    const auto open = [this] {
        if (const HistoryRecord *r = current())
            Q_EMIT openRequested(requestOf(*r));
    };
    connect(m_ui->openPushButton, &QPushButton::clicked, this, open);
    connect(table(), &QAbstractItemView::activated, this, open);
    connect(m_ui->resendPushButton, &QPushButton::clicked, this, &HistoryPane::resend);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &HistoryPane::deleteSelected);
    auto *copy = new QShortcut(QKeySequence::Copy, table(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &HistoryPane::copyWamid);
    auto *remove =
        new QShortcut(QKeySequence::Delete, table(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &HistoryPane::deleteSelected);

    m_exportMenu = new QMenu(this);
    m_exportMenu->addAction(tr("Selected messages…"), this, [this] { exportRows(true); });
    m_exportMenu->addAction(tr("All messages shown…"), this, [this] { exportRows(false); });
    m_ui->exportPushButton->setMenu(m_exportMenu);
    m_moreMenu = new QMenu(this);
    fillMoreMenu();
    m_ui->moreToolButton->setMenu(m_moreMenu);
}

void HistoryPane::fillMoreMenu()
{
    QMenu *keep = m_moreMenu->addMenu(tr("&Keep messages"));
    auto *group = new QActionGroup(keep);
    const int current = Settings::historyKeepDays();
    for (const int days : {0, 7, 30, 90, 365}) {
        QAction *action =
            keep->addAction(days == 0 ? tr("Forever") : tr("For %n days", nullptr, days));
        action->setCheckable(true);
        action->setChecked(days == current);
        action->setData(days);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, days] { setKeepDays(days); });
    }
    m_moreMenu->addAction(tr("C&ompact the history file"), this, &HistoryPane::compact);
    m_moreMenu->addSeparator();
    m_moreMenu->addAction(tr("C&lear the history…"), this, &HistoryPane::clearAll);
}

void HistoryPane::copyWamid()
{
    const HistoryRecord *r = current();
    if (!r || r->answer.wamid.isEmpty())
        return;
    QApplication::clipboard()->setText(r->answer.wamid);
    Q_EMIT statusMessage(tr("Copied %1").arg(r->answer.wamid));
}

void HistoryPane::resend()
{
    const HistoryRecord *r = current();
    if (!r)
        return;
    QString question = tr("Send this %1 message to %2 again with the profile %3? It is a new "
                          "message: the customer gets it twice.")
                           .arg(r->entry.type, r->entry.recipient, r->entry.profile);
    if (r->answer.outcome == HistoryOutcome::Unknown)
        question += u"\n\n"_s
            + tr("Its first send may have gone out: no answer came. Check before sending again.");
    if (!Confirm::ask(this, tr("Send again"), question, tr("Send again")))
        return;
    Q_EMIT resendRequested(r->entry.profile, requestOf(*r));
}

void HistoryPane::exportRows(bool selectedOnly)
{
    HistoryExport::Selection selection;
    if (selectedOnly) {
        selection.ids = selectedIds();
        if (selection.ids.isEmpty()) {
            Q_EMIT statusMessage(tr("Select the messages to export first."));
            return;
        }
    } else {
        selection.filter = m_model->filter();
    }
    const QString stamp = QDate::currentDate().toString(Qt::ISODate);
    const QString path = FileDialogs::saveFileName(this, tr("Export the history"),
        u"waconsole-history-"_s + stamp + u".csv"_s, tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    auto *progress = new QProgressDialog(tr("Exporting the history…"), tr("Cancel"), 0, 100, this);
    progress->setMinimumDuration(400);
    auto *job = new HistoryExportJob(*m_store, selection, progress, this);
    connect(job, &HistoryExportJob::exported, this,
        [this](const QString &to) { Q_EMIT statusMessage(tr("Exported to %1").arg(to)); });
    connect(job, &HistoryExportJob::failed, this, [this](const QString &reason) {
        Q_EMIT statusMessage(tr("Nothing was exported: %1").arg(reason));
    });
    // One export at a time: the button comes back when this one ends, however it ends.
    m_ui->exportPushButton->setEnabled(false);
    connect(job, &QObject::destroyed, m_ui->exportPushButton,
        [button = m_ui->exportPushButton] { button->setEnabled(true); });
    QString error;
    if (!job->start(path, &error)) {
        delete job;
        Q_EMIT statusMessage(tr("Cannot write %1: %2").arg(path, error));
    }
}

void HistoryPane::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()
        || !Confirm::ask(this, tr("Delete from the history"),
            tr("Delete the selected messages from the history (%L1)? This cannot be undone.")
                .arg(ids.size()),
            tr("Delete")))
        return;
    const int removed = m_log->remove(ids); // the log's notice reloads the list
    if (removed < 0) {
        Q_EMIT statusMessage(tr("Nothing was deleted: %1").arg(m_log->deletionError()));
        return;
    }
    Q_EMIT statusMessage(tr("Messages deleted from the history: %L1.").arg(removed));
}

void HistoryPane::clearAll()
{
    const qint64 total = m_store->count({});
    if (!Confirm::ask(this, tr("Clear the history"),
            tr("Delete every message in the history (%L1)? This cannot be undone.").arg(total),
            tr("Clear")))
        return;
    if (!m_log->clear()) {
        Q_EMIT statusMessage(tr("Nothing was deleted: %1").arg(m_log->deletionError()));
        return;
    }
    Q_EMIT statusMessage(tr("The history is empty."));
}

void HistoryPane::setKeepDays(int days)
{
    if (days > 0) {
        HistoryFilter older;
        older.until = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 3600 * 1000;
        const qint64 count = m_store->count(older);
        if (count > 0
            && !Confirm::ask(this, tr("Keep messages"),
                tr("Messages older than the new limit will be deleted now: %L1.").arg(count),
                tr("Delete them"))) {
            m_moreMenu->clear();
            fillMoreMenu(); // back to the setting in force
            return;
        }
    }
    Settings::setValue(Settings::Key::HistoryKeepDays, days);
    applyRetention();
}

void HistoryPane::applyRetention()
{
    const int days = Settings::historyKeepDays();
    if (days <= 0)
        return;
    const int removed = m_log->removeOlderThan(days, QDateTime::currentMSecsSinceEpoch());
    if (removed < 0)
        Q_EMIT statusMessage(tr("Nothing was deleted: %1").arg(m_log->deletionError()));
    if (removed > 0) {
        Q_EMIT statusMessage(tr("Messages older than the kept days deleted: %L1.").arg(removed));
    }
}

void HistoryPane::compact()
{
    const qint64 before = QFileInfo(m_store->path()).size();
    HistoryDeletion deletion(m_store);
    if (!deletion.compact()) {
        Q_EMIT statusMessage(tr("Compacting failed: %1").arg(deletion.lastError()));
        return;
    }
    const qint64 after = QFileInfo(m_store->path()).size();
    Q_EMIT statusMessage(
        tr("The history file went from %1 to %2.")
            .arg(QLocale().formattedDataSize(before), QLocale().formattedDataSize(after)));
}

} // namespace Wac
