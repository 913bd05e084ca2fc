// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyfilter.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPane;
}

class QMenu;
class QTableView;

namespace Wac {

class HistoryModel;
class HistoryLog;
class HistoryStore;
struct HistoryRecord;

/**
 * The history dock: a filter bar (text, WAMID, number, type, status, dates) run as indexed SQL,
 * the table of sends newest first, the selected send's request, answer, timeline and decoded
 * error, and what can be done with it: copy its WAMID, reply or react to it, open it in the
 * composer, send it again, export, delete, clear, keep for N days, compact.
 */
class HistoryPane : public QWidget
{
    Q_OBJECT

public:
    /// Shows the newest sends at once, unless `later`: the History dock of a window that is
    /// starting reads its first page once the window has painted (model()->reload()).
    /// The pane over `log`'s history: it reads the store, writes (deletes, retention) through
    /// the log, and follows the log's notices of any write, this pane's or anyone else's.
    explicit HistoryPane(HistoryLog *log, QWidget *parent = nullptr, bool later = false);
    ~HistoryPane() override;

    HistoryModel *model() const { return m_model; }

    /// A send was recorded or answered: shows it at once.
    void recordChanged(qint64 id);
    /// Deletes what is older than the kept days, as set in the More menu (at start and on change).
    void applyRetention();
    /// The filter the bar's fields make.
    HistoryFilter currentFilter(QString *error = nullptr) const;

    /// The widths of the list and the details beside it, to keep across runs.
    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

Q_SIGNALS:
    void replyRequested(const QString &recipient, const QString &wamid);
    void reactRequested(const QString &recipient, const QString &wamid);
    void openRequested(const QJsonObject &body);
    void resendRequested(const QString &profile, const QJsonObject &body);
    void statusMessage(const QString &text);

private:
    void setUpFilters();
    void setUpActions();
    void applyFilter();
    void updateCount();
    void selectionChanged();
    void reloadKeepingSelection();
    void selectNewest();
    void showDetails(const HistoryRecord &record);
    QTableView *table() const;
    QList<qint64> selectedIds() const;
    const HistoryRecord *current() const;

    // historyactions.cpp
    void copyWamid();
    void resend();
    void exportRows(bool selectedOnly);
    void deleteSelected();
    void clearAll();
    void setKeepDays(int days);
    void compact();
    void fillMoreMenu();

    std::unique_ptr<Ui::HistoryPane> m_ui;
    HistoryLog *m_log;
    HistoryStore *m_store;
    HistoryModel *m_model;
    QMenu *m_moreMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QTimer m_searchPause;
};

} // namespace Wac
