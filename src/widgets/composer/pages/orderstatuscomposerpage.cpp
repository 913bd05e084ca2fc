// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/orderstatuscomposerpage.h"

#include "ui_orderstatuscomposerpage.h"

#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

OrderStatusComposerPage::OrderStatusComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveOrderStatus, parent)
    , m_ui(std::make_unique<Ui::OrderStatusComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    // The statuses in the order an order goes through them (2026 notes §1.14).
    m_ui->statusComboBox->addItem(tr("Processing"), u"processing"_s);
    m_ui->statusComboBox->addItem(tr("Partially shipped"), u"partially_shipped"_s);
    m_ui->statusComboBox->addItem(tr("Shipped"), u"shipped"_s);
    m_ui->statusComboBox->addItem(tr("Completed"), u"completed"_s);
    m_ui->statusComboBox->addItem(tr("Canceled"), u"canceled"_s);
    watchFields();
}

OrderStatusComposerPage::~OrderStatusComposerPage() = default;

void OrderStatusComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &payload)
{
    FieldText::show(m_ui->referenceIdLineEdit, payload.orderStatus.referenceId);
    FieldText::showChoice(m_ui->statusComboBox, payload.orderStatus.status);
    FieldText::show(m_ui->descriptionLineEdit, payload.orderStatus.description);
}

void OrderStatusComposerPage::storeAction(InteractivePayload &payload) const
{
    payload.orderStatus.referenceId =
        FieldText::read(m_ui->referenceIdLineEdit).value_or(QString());
    payload.orderStatus.status = FieldText::readChoice(m_ui->statusComboBox);
    payload.orderStatus.description = FieldText::read(m_ui->descriptionLineEdit);
}

void OrderStatusComposerPage::describeAction(FieldMap &fields) const
{
    const QString at = u"/interactive/action/parameters"_s;
    fields.add(u"/interactive/action"_s, m_ui->referenceIdLineEdit);
    fields.add(at, m_ui->referenceIdLineEdit);
    fields.add(at + u"/reference_id"_s, m_ui->referenceIdLineEdit);
    fields.add(at + u"/order"_s, m_ui->statusComboBox);
    fields.add(at + u"/order/status"_s, m_ui->statusComboBox);
    fields.add(at + u"/order/description"_s, m_ui->descriptionLineEdit);
}

} // namespace Wac
