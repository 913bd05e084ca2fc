// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/locationsloteditor.h"

#include <QLineEdit>

namespace Wac {

LocationSlotEditor::LocationSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
{
    m_location = {addLine(tr("Latitude, e.g. -23.5614"), tr("Latitude")),
        addLine(tr("Longitude, e.g. -46.6559"), tr("Longitude")),
        addLine(tr("Place name (optional)"), tr("Place name")),
        addLine(tr("Address (optional)"), tr("Address"))};
}

QWidget *LocationSlotEditor::mainField() const
{
    return m_location.first();
}

QString LocationSlotEditor::problem() const
{
    bool bad = false;
    number(m_location.at(0), &bad);
    number(m_location.at(1), &bad);
    return bad ? badNumber() : QString();
}

TemplateParameter LocationSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    bool bad = false;
    p.location.latitude = number(m_location.at(0), &bad);
    p.location.longitude = number(m_location.at(1), &bad);
    p.location.name = optText(m_location.at(2));
    p.location.address = optText(m_location.at(3));
    return p;
}

void LocationSlotEditor::setValue(const TemplateParameter &p)
{
    m_location.at(0)->setText(numberText(p.location.latitude, 12));
    m_location.at(1)->setText(numberText(p.location.longitude, 12));
    m_location.at(2)->setText(p.location.name.value_or(QString()));
    m_location.at(3)->setText(p.location.address.value_or(QString()));
}

} // namespace Wac
