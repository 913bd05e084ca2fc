// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/history/historypane.h"

#include "ui_historypane.h"

#include "core/jsoninput.h"
#include "core/messagetype.h"
#include "net/apierror.h"
#include "storage/historyreason.h"
#include "storage/historystore.h"
#include "widgets/history/historymodel.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QShortcut>

#include <cmath>

#include "services/historylog.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString prettyJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return QString::fromUtf8(doc.isObject() ? indentedJson(doc.object()) : json);
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

template <typename View> void keepLines(View *view, int lines)
{
    const int margin = int(std::ceil(view->document()->documentMargin()));
    view->setMinimumHeight(
        lines * view->fontMetrics().lineSpacing() + 2 * view->frameWidth() + 2 * margin);
}

} // namespace

HistoryPane::HistoryPane(HistoryLog *log, QWidget *parent, bool later)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPane>())
    , m_log(log)
    , m_store(log->store())
    , m_model(new HistoryModel(m_store, this, later))
{
    connect(m_log, &HistoryLog::recordChanged, this, &HistoryPane::recordChanged);
    connect(m_log, &HistoryLog::reset, m_model, &HistoryModel::reload);
    connect(m_log, &HistoryLog::changedElsewhere, this, &HistoryPane::reloadKeepingSelection);
    m_ui->setupUi(this);
    QTableView *table = m_ui->historyTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm(table->font());
    table->setColumnWidth(HistoryModel::Time, fm.horizontalAdvance(u"2026-11-21 00:00:00"_s) + 16);
    table->setColumnWidth(HistoryModel::Profile, fm.horizontalAdvance(u"Production"_s) + 16);
    table->setColumnWidth(
        HistoryModel::Recipient, fm.horizontalAdvance(u"+55 11 91234-5678"_s) + 16);
    table->setColumnWidth(HistoryModel::Type, fm.horizontalAdvance(u"interactive.list"_s) + 16);
    table->setColumnWidth(HistoryModel::Text, fm.averageCharWidth() * 22);
    table->setTextElideMode(Qt::ElideRight);
    table->setColumnWidth(HistoryModel::Wamid, fm.horizontalAdvance(u"wamid.HBgLMTY1MDU1"_s) + 16);
    table->setColumnWidth(HistoryModel::Status, fm.horizontalAdvance(u"Outcome unknown"_s) + 16);
    table->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view :
        {m_ui->requestPlainTextEdit, m_ui->responsePlainTextEdit, m_ui->timelinePlainTextEdit})
        view->setFont(mono);
    // However small the dock is made, the details show ten lines.
    keepLines(m_ui->summaryTextBrowser, 10);
    for (QPlainTextEdit *view :
        {m_ui->requestPlainTextEdit, m_ui->responsePlainTextEdit, m_ui->timelinePlainTextEdit})
        keepLines(view, 10);
    // The details take the dock's whole height beside the list: a request reads as ten lines
    // where a row of details under the table would leave four.
    m_ui->historySplitter->setStretchFactor(0, 5);
    m_ui->historySplitter->setStretchFactor(1, 2);
    m_ui->historySplitter->setSizes({700, 300});
    // The type and status lists hold long names ("interactive.location_request_message"): they
    // stay narrow, so that the list and the details fit side by side in a 1024 px window, and
    // show them whole in their popups.
    for (QComboBox *combo : {m_ui->typeComboBox, m_ui->statusComboBox}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_ui->typeComboBox->view()->setMinimumWidth(
        fm.horizontalAdvance(u"interactive.location_request_message"_s) + 32);
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        edit->setMinimumWidth(fm.horizontalAdvance(u"2026-11-21"_s) + 48);
    setUpFilters();
    setUpActions();
    connect(m_model, &HistoryModel::totalCountChanged, this, &HistoryPane::updateCount);
    // The newest send is the one the user wants to see: after a reload and after each send.
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPane::selectNewest);
    connect(
        m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
            if (first == 0)
                selectNewest();
        });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryPane::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (this->table()->currentIndex().row() == from.row())
            selectionChanged();
    });
    updateCount();
    selectNewest();
}

void HistoryPane::selectNewest()
{
    if (m_model->rowCount() > 0) {
        // Not selectRow(), which reads the keyboard: a send made with Ctrl+Return would toggle.
        table()->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return; // its details follow through selectionChanged
    }
    table()->clearSelection();
    selectionChanged();
}

void HistoryPane::reloadKeepingSelection()
{
    // Another process wrote (a script sending in a loop, say): the rows the user chose stay
    // chosen and in view, so that a Delete never falls on a row that slid under the cursor.
    const QList<qint64> chosen = selectedIds();
    const bool onNewest = chosen.size() == 1 && chosen.first() == m_model->idAt(0);
    m_model->reload();
    if (chosen.isEmpty() || onNewest)
        return; // the reload selected the newest, which is what was shown
    QItemSelection selection;
    for (const qint64 id : chosen) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(
                m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        table()->selectionModel()->setCurrentIndex(
            selection.first().topLeft(), QItemSelectionModel::NoUpdate);
        table()->scrollTo(selection.first().topLeft());
    }
}

HistoryPane::~HistoryPane() = default;

QByteArray HistoryPane::saveSplitterState() const
{
    return m_ui->historySplitter->saveState();
}

void HistoryPane::restoreSplitterState(const QByteArray &state)
{
    m_ui->historySplitter->restoreState(state);
}

void HistoryPane::setUpFilters()
{
    m_ui->typeComboBox->addItem(tr("All types"), QString());
    for (const MessageType type : allMessageTypes())
        m_ui->typeComboBox->addItem(messageTypeId(type), messageTypeId(type));
    const QList<std::pair<QString, QString>> statuses = {{tr("Any status"), {}},
        {tr("Sending…"), u"pending"_s}, {tr("Accepted"), u"accepted"_s},
        {tr("Failed"), u"failed"_s}, {tr("Outcome unknown"), u"unknown"_s}, {tr("Sent"), u"sent"_s},
        {tr("Delivered"), u"delivered"_s}, {tr("Read"), u"read"_s}};
    for (const auto &[label, value] : statuses)
        m_ui->statusComboBox->addItem(label, value);
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-7));
    m_ui->toDateEdit->setDate(today);
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(200);
    connect(&m_searchPause, &QTimer::timeout, this, &HistoryPane::applyFilter);
    connect(
        m_ui->searchLineEdit, &QLineEdit::textChanged, &m_searchPause, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &HistoryPane::applyFilter);
    for (QComboBox *combo : {m_ui->typeComboBox, m_ui->statusComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryPane::applyFilter);
    connect(m_ui->datesCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->toDateEdit->setEnabled(on);
        applyFilter();
    });
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryPane::applyFilter);
}

HistoryFilter HistoryPane::currentFilter(QString *error) const
{
    HistoryFilter f = HistoryFilter::parse(m_ui->searchLineEdit->text(), error);
    if (const QString type = m_ui->typeComboBox->currentData().toString(); !type.isEmpty())
        f.type = type;
    if (const QString status = m_ui->statusComboBox->currentData().toString(); !status.isEmpty())
        f.status = status;
    if (m_ui->datesCheckBox->isChecked()) {
        f.from = m_ui->fromDateEdit->date().startOfDay().toMSecsSinceEpoch();
        f.until = m_ui->toDateEdit->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    return f;
}

void HistoryPane::applyFilter()
{
    m_searchPause.stop();
    QString error;
    const HistoryFilter filter = currentFilter(&error);
    m_ui->searchLineEdit->setToolTip(error);
    m_model->setFilter(filter);
    if (!error.isEmpty())
        Q_EMIT statusMessage(error);
}

void HistoryPane::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (m_model->totalIsAtLeast())
        m_ui->countLabel->setText(tr("Found: %L1 or more").arg(total));
    else if (m_model->filter().isEmpty())
        m_ui->countLabel->setText(tr("Messages: %L1").arg(total));
    else
        m_ui->countLabel->setText(tr("Found: %L1").arg(total));
}

void HistoryPane::recordChanged(qint64 id)
{
    m_model->recordChanged(id);
}

QTableView *HistoryPane::table() const
{
    return m_ui->historyTableView;
}

QList<qint64> HistoryPane::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : table()->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

const HistoryRecord *HistoryPane::current() const
{
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_model->recordAt(rows.first().row()) : nullptr;
}

void HistoryPane::selectionChanged()
{
    const HistoryRecord *r = current();
    const bool one = r != nullptr;
    const bool hasWamid = one && !r->answer.wamid.isEmpty();
    m_ui->copyWamidPushButton->setEnabled(hasWamid);
    m_ui->replyPushButton->setEnabled(hasWamid && !r->entry.recipient.isEmpty());
    m_ui->reactPushButton->setEnabled(hasWamid && !r->entry.recipient.isEmpty());
    m_ui->openPushButton->setEnabled(one);
    m_ui->resendPushButton->setEnabled(one && r->answer.outcome != HistoryOutcome::Pending);
    m_ui->deletePushButton->setEnabled(!table()->selectionModel()->selectedRows().isEmpty());
    if (one) {
        showDetails(*r);
        return;
    }
    const qsizetype count = table()->selectionModel()->selectedRows().size();
    m_ui->summaryTextBrowser->setPlainText(count > 1
            ? tr("Messages selected: %L1.").arg(count)
            : tr("Select a message to see its request, answer and timeline."));
    m_ui->requestPlainTextEdit->clear();
    m_ui->responsePlainTextEdit->clear();
    m_ui->timelinePlainTextEdit->clear();
}

void HistoryPane::showDetails(const HistoryRecord &r)
{
    QStringList lines;
    lines << u"<b>"_s + HistoryModel::statusText(r).toHtmlEscaped() + u"</b>"_s
            + (r.answer.httpStatus ? u" · HTTP "_s + QString::number(r.answer.httpStatus)
                                   : QString());
    QString to = tr("To %1").arg(r.entry.recipient.toHtmlEscaped());
    if (!r.answer.waId.isEmpty())
        to += u' ' + tr("(WhatsApp ID %1)").arg(r.answer.waId.toHtmlEscaped());
    lines << to + u" · "_s + tr("profile %1").arg(r.entry.profile.toHtmlEscaped());
    if (!r.answer.wamid.isEmpty())
        lines << u"WAMID "_s + r.answer.wamid.toHtmlEscaped();
    if (r.answer.outcome != HistoryOutcome::Accepted
        && r.answer.outcome != HistoryOutcome::Pending) {
        const QJsonObject response = QJsonDocument::fromJson(r.answer.responseJson).object();
        const ApiError error = ApiError::fromGraph(r.answer.httpStatus, response);
        QString text = HistoryReason::errorText(r.answer);
        if (error.code != 0)
            text = error.headline() + u" (#"_s + QString::number(error.code) + u"): "_s
                + error.message;
        lines << text.toHtmlEscaped();
        if (const QString hint = error.code != 0 ? error.hint() : QString(); !hint.isEmpty())
            lines << u"<i>"_s + hint.toHtmlEscaped() + u"</i>"_s;
        if (!r.answer.fbtraceId.isEmpty())
            lines << u"fbtrace_id "_s + r.answer.fbtraceId.toHtmlEscaped();
    }
    m_ui->summaryTextBrowser->setHtml(lines.join(u"<br>"_s));
    m_ui->requestPlainTextEdit->setPlainText(prettyJson(r.entry.requestJson));
    m_ui->responsePlainTextEdit->setPlainText(r.answer.responseJson.isEmpty()
            ? tr("(no answer was received)")
            : prettyJson(r.answer.responseJson));
    QStringList timeline;
    timeline << localTime(r.entry.createdAt) + u"  "_s + tr("written, request sent");
    for (const HistoryStatusEvent &e : m_store->timeline(r.answer.wamid)) {
        QString line = localTime(e.at) + u"  "_s + e.status;
        if (e.errorCode != 0)
            line += u"  #"_s + QString::number(e.errorCode) + u' ' + e.errorMessage;
        timeline << line;
    }
    m_ui->timelinePlainTextEdit->setPlainText(timeline.join(u'\n'));
}

} // namespace Wac
