// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/variablesloteditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac {

VariableSlotEditor::VariableSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
{
    // Made in reading order, which is the order Tab takes: the value, its type, then the
    // amount and currency of a currency value.
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(slot.example);
    m_value->setAccessibleName(tr("Value of {{%1}}").arg(slot.variable));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Text"), u"text"_s);
    m_type->addItem(tr("Currency"), u"currency"_s);
    m_type->addItem(tr("Date & time"), u"date_time"_s);
    m_type->setAccessibleName(tr("Value type"));
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("Amount, e.g. 100.99"));
    m_amount->setAccessibleName(tr("Amount"));
    m_currency = new QLineEdit(this);
    m_currency->setPlaceholderText(tr("USD"));
    m_currency->setAccessibleName(tr("Currency code"));
    m_currency->setMaximumWidth(fontMetrics().horizontalAdvance(u"MMMMM"_s));
    grid()->addWidget(m_value, 0, 0);
    grid()->addWidget(m_type, 0, 1);
    grid()->addWidget(m_amount, 1, 0);
    grid()->addWidget(m_currency, 1, 1);
    grid()->setColumnStretch(0, 1);
    connect(m_type, &QComboBox::currentIndexChanged, this, &VariableSlotEditor::typeChanged);
    typeChanged();
}

void VariableSlotEditor::typeChanged()
{
    const QString type = m_type->currentData().toString();
    m_currency->setVisible(type == u"currency"_s);
    m_amount->setVisible(type == u"currency"_s);
    // Graph shows the fallback value of currency and date_time parameters as written.
    m_value->setToolTip(
        type == u"text"_s ? QString() : tr("What the customer sees, e.g. $100.99 or May 3"));
}

QWidget *VariableSlotEditor::mainField() const
{
    return m_value;
}

QString VariableSlotEditor::problem() const
{
    bool bad = false;
    if (m_amount->isVisible())
        number(m_amount, &bad);
    return bad ? badNumber() : QString();
}

TemplateParameter VariableSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    p.type = m_type->currentData().toString();
    if (p.type == u"text"_s)
        p.text = m_value->text();
    else
        p.fallbackValue = m_value->text();
    if (p.type == u"currency"_s) {
        bool bad = false;
        p.currencyCode = m_currency->text().trimmed().toUpper();
        if (const auto amount = number(m_amount, &bad))
            p.amount1000 = std::round(*amount * 1000);
    }
    return p;
}

void VariableSlotEditor::setValue(const TemplateParameter &p)
{
    const int at = m_type->findData(p.type);
    m_type->setCurrentIndex(at < 0 ? 0 : at);
    m_value->setText(p.type == u"text"_s ? p.text.value_or(QString()) : p.fallbackValue);
    m_currency->setText(p.currencyCode);
    m_amount->setText(p.amount1000 ? numberText(*p.amount1000 / 1000) : QString());
}

} // namespace Wac
