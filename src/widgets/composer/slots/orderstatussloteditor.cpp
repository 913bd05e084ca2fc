// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/orderstatussloteditor.h"

#include "core/jsonfields.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Wac {

OrderStatusSlotEditor::OrderStatusSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
    , m_status(new QComboBox(this))
{
    m_referenceId = addLine(tr("Reference ID, e.g. order-ref_2026.0042"), tr("Order reference ID"));
    m_referenceId->setToolTip(
        tr("The order's reference_id: up to 35 letters, digits, _ . or -, as sent with its "
           "order_details"));
    // No status is chosen for the user: a send without one is named as incomplete.
    m_status->addItem(tr("Choose a status"), QString());
    m_status->addItem(tr("Processing"), u"processing"_s);
    m_status->addItem(tr("Partially shipped"), u"partially_shipped"_s);
    m_status->addItem(tr("Shipped"), u"shipped"_s);
    m_status->addItem(tr("Completed"), u"completed"_s);
    m_status->addItem(tr("Canceled"), u"canceled"_s);
    m_status->setAccessibleName(tr("Order status"));
    grid()->addWidget(m_status, grid()->rowCount(), 0, 1, -1);
    m_description = addLine(tr("Description (optional)"), tr("Order status description"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &TemplateSlotEditor::changed);
}

QWidget *OrderStatusSlotEditor::mainField() const
{
    return m_referenceId;
}

TemplateParameter OrderStatusSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    p.object = m_loaded;
    JsonFields::setString(p.object, u"reference_id", optText(m_referenceId));
    QJsonObject order = m_loaded.value(u"order").toObject();
    const QString status = m_status->currentData().toString();
    JsonFields::setString(
        order, u"status", status.isEmpty() ? std::nullopt : std::optional(status));
    JsonFields::setString(order, u"description", optText(m_description));
    if (order.isEmpty())
        p.object.remove(u"order"_s);
    else
        p.object.insert(u"order"_s, order);
    return p;
}

void OrderStatusSlotEditor::setValue(const TemplateParameter &p)
{
    m_loaded = p.object;
    const QJsonObject order = p.object.value(u"order").toObject();
    m_referenceId->setText(p.object.value(u"reference_id").toString());
    m_description->setText(order.value(u"description").toString());
    const QString status = order.value(u"status").toString();
    int at = m_status->findData(status);
    if (at < 0) {
        // A status Meta does not document stays as written (the check names it) rather
        // than becoming one the user did not choose.
        m_status->addItem(tr("%1 (not a documented status)").arg(status), status);
        at = m_status->count() - 1;
    }
    m_status->setCurrentIndex(at);
}

} // namespace Wac
