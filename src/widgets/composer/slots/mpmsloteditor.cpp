// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/mpmsloteditor.h"

#include "widgets/composer/fieldassist.h"
#include "widgets/composer/items/productitemeditor.h"
#include "widgets/composer/items/sectioneditor.h"
#include "widgets/composer/repeatedlist.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// Meta's multi-product template page: up to 10 sections and 30 products across them.
constexpr int maxSections = 10;
constexpr int maxProducts = 30;

} // namespace

MpmSlotEditor::MpmSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
    , m_sections(new RepeatedList(this))
    , m_total(new QLabel(this))
{
    m_thumbnail =
        addLine(tr("Thumbnail product retailer ID, e.g. 2lc20305pt"), tr("Thumbnail product"));
    const SectionEditor::Kind kind {u"product_items"_s, tr("Products"), tr("e.g. Popular bundles"),
        tr("Product %1"), tr("Add &product"), true,
        [](QWidget *owner) { return new ProductItemEditor(owner); }};
    m_sections->setTexts(tr("Section %1"), tr("Add &section"));
    m_sections->setMaximum(maxSections);
    m_sections->setFactory([kind](QWidget *owner) { return new SectionEditor(kind, owner); });
    m_sections->setAccessibleName(tr("Sections"));
    grid()->addWidget(m_sections, grid()->rowCount(), 0, 1, -1);
    grid()->addWidget(m_total, grid()->rowCount(), 0, 1, -1);
    // Fields a nested list adds later are not seen by FieldText::watchEdits(): the list says.
    connect(m_sections, &RepeatedList::changed, this, &TemplateSlotEditor::changed);
    connect(m_sections, &RepeatedList::structureChanged, this, [this] {
        updateTotal();
        Q_EMIT changed();
    });
    updateTotal();
}

void MpmSlotEditor::updateTotal()
{
    int products = 0;
    for (int i = 0; i < m_sections->count(); ++i)
        products += m_sections->itemAs<SectionEditor>(i)->itemCount();
    FieldAssist::setTotal(
        m_total, tr("Products: %1/%2").arg(products).arg(maxProducts), products > maxProducts);
}

QWidget *MpmSlotEditor::mainField() const
{
    return m_thumbnail;
}

TemplateParameter MpmSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    if (!m_thumbnail->text().isEmpty())
        p.object.insert(u"thumbnail_product_retailer_id"_s, m_thumbnail->text());
    p.object.insert(u"sections"_s, m_sections->toJson());
    return p;
}

void MpmSlotEditor::setValue(const TemplateParameter &p)
{
    m_thumbnail->setText(p.object.value(u"thumbnail_product_retailer_id").toString());
    m_sections->load(p.object.value(u"sections").toArray());
    updateTotal();
}

} // namespace Wac
