// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/productlistcomposerpage.h"

#include "ui_productlistcomposerpage.h"

#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/productitemeditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

ProductListComposerPage::ProductListComposerPage(QWidget *parent)
    : SectionsComposerPage(MessageType::InteractiveProductList, parent)
    , m_ui(std::make_unique<Ui::ProductListComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    setUpSections({m_ui->sectionsList, m_ui->productsCountLabel,
        {u"product_items"_s, tr("Products"), tr("e.g. Best sellers"), tr("Product %1"),
            tr("Add &product"), true, [](QWidget *owner) { return new ProductItemEditor(owner); }},
        30, [](int products, int max) { return tr("Products: %1/%2").arg(products).arg(max); }});
    watchFields();
}

ProductListComposerPage::~ProductListComposerPage() = default;

void ProductListComposerPage::loadAction(
    const OutgoingMessage &message, const InteractivePayload &payload)
{
    FieldText::show(m_ui->catalogIdLineEdit, payload.catalogId);
    loadSections(message);
}

void ProductListComposerPage::storeAction(InteractivePayload &payload) const
{
    payload.catalogId = FieldText::read(m_ui->catalogIdLineEdit).value_or(QString());
}

void ProductListComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->catalogIdLineEdit);
    fields.add(u"/interactive/action/catalog_id"_s, m_ui->catalogIdLineEdit);
    describeSections(fields);
}

} // namespace Wac
