// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/productsloteditor.h"

#include "core/jsonfields.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Wac {

ProductSlotEditor::ProductSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
{
    m_retailerId =
        addLine(tr("Product retailer ID (SKU), e.g. vrpj01fvwp"), tr("Product retailer ID"));
    m_catalogId = addLine(tr("Catalog ID, e.g. 194836987003835"), tr("Catalog ID"));
    // Every card of a product carousel shows a product of the one catalog.
    m_catalogId->setToolTip(tr("The same catalog on every card"));
}

QWidget *ProductSlotEditor::mainField() const
{
    return m_retailerId;
}

TemplateParameter ProductSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    JsonFields::setString(p.object, u"product_retailer_id", optText(m_retailerId));
    JsonFields::setString(p.object, u"catalog_id", optText(m_catalogId));
    return p;
}

void ProductSlotEditor::setValue(const TemplateParameter &p)
{
    m_retailerId->setText(p.object.value(u"product_retailer_id").toString());
    m_catalogId->setText(p.object.value(u"catalog_id").toString());
}

} // namespace Wac
