// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/productcomposerpage.h"

#include "ui_productcomposerpage.h"

#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

ProductComposerPage::ProductComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveProduct, parent)
    , m_ui(std::make_unique<Ui::ProductComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    m_ui->interactiveFields->setBodyPlaceholder(tr("Optional text above the product"));
    watchFields();
}

ProductComposerPage::~ProductComposerPage() = default;

void ProductComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &payload)
{
    FieldText::show(m_ui->catalogIdLineEdit, payload.catalogId);
    FieldText::show(m_ui->productRetailerIdLineEdit, payload.productRetailerId);
}

void ProductComposerPage::storeAction(InteractivePayload &payload) const
{
    payload.catalogId = FieldText::read(m_ui->catalogIdLineEdit).value_or(QString());
    payload.productRetailerId =
        FieldText::read(m_ui->productRetailerIdLineEdit).value_or(QString());
}

void ProductComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->catalogIdLineEdit);
    fields.add(u"/interactive/action/catalog_id"_s, m_ui->catalogIdLineEdit);
    fields.add(u"/interactive/action/product_retailer_id"_s, m_ui->productRetailerIdLineEdit);
}

} // namespace Wac
