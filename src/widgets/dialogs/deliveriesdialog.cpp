// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/deliveriesdialog.h"

#include "storage/deliverystore.h"
#include "widgets/jsonhighlighter.h"

#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int pageSize = 200;
constexpr int idRole = Qt::UserRole;

/// The fields of the changes a body holds ("messages", "message_template_status_update"…).
QString fieldsOf(const QByteArray &body)
{
    QStringList fields;
    for (const QJsonValue &entry : QJsonDocument::fromJson(body).object()[u"entry"_s].toArray()) {
        for (const QJsonValue &change : entry[u"changes"_s].toArray()) {
            const QString field = change[u"field"_s].toString();
            if (!fields.contains(field))
                fields << field;
        }
    }
    return fields.join(u", "_s);
}

} // namespace

DeliveriesDialog::DeliveriesDialog(const DeliveryStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(u"deliveriesDialog"_s);
    setWindowTitle(tr("Webhook deliveries"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"deliveriesTreeWidget"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("Received"), tr("Profile"), tr("Signature"), tr("Holds"), tr("Fields")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"deliveryBodyTextEdit"_s);
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_body->document(), palette());
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_body);
    split->setStretchFactor(1, 1);
    m_count = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy body"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyDeliveryButton"_s);
    m_more = buttons->addButton(tr("&Older"), QDialogButtonBox::ActionRole);
    m_more->setObjectName(u"olderDeliveriesButton"_s);
    auto *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_more, &QPushButton::clicked, this, &DeliveriesDialog::loadMore);
    connect(refresh, &QPushButton::clicked, this, &DeliveriesDialog::reload);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const auto row = m_store->delivery(m_list->currentItem()->data(0, idRole).toLongLong());
        if (row) // the exact bytes, not the pretty printed text
            QGuiApplication::clipboard()->setText(QString::fromUtf8(row->body));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DeliveriesDialog::showSelected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(820, 560);
    reload();
}

void DeliveriesDialog::reload()
{
    m_list->clear();
    m_oldest = 0;
    loadMore();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

void DeliveriesDialog::loadMore()
{
    const QList<DeliveryRow> rows = m_store->deliveries(m_oldest, pageSize);
    for (const DeliveryRow &row : rows) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, idRole, row.id);
        item->setText(
            0, QDateTime::fromMSecsSinceEpoch(row.receivedAt).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        item->setText(1, row.profile);
        item->setText(2, row.verified ? tr("verified") : tr("not checked"));
        item->setText(3,
            tr("statuses: %1 · messages: %2 · other: %3")
                .arg(row.statuses)
                .arg(row.messages)
                .arg(row.others));
        item->setText(4, fieldsOf(row.body));
        m_oldest = row.id;
    }
    const qint64 total = m_store->count();
    m_more->setEnabled(rows.size() == pageSize);
    m_count->setText(tr("%L1 of %L2 deliveries shown. They are kept as long as the history keeps "
                        "its sends.")
                         .arg(m_list->topLevelItemCount())
                         .arg(total));
}

void DeliveriesDialog::showSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_copy->setEnabled(item != nullptr);
    if (!item) {
        m_body->setPlainText(tr("No webhook delivery has been accepted yet."));
        return;
    }
    const auto row = m_store->delivery(item->data(0, idRole).toLongLong());
    if (!row) {
        m_body->clear();
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(row->body, &error);
    m_body->setPlainText(error.error == QJsonParseError::NoError
            ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
            : QString::fromUtf8(row->body));
}

} // namespace Wac
