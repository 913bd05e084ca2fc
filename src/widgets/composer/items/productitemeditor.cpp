// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/productitemeditor.h"

#include "ui_productitemeditor.h"

#include "core/payloads/interactiveparts.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

ProductItemEditor::ProductItemEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::ProductItemEditor>())
{
    m_ui->setupUi(this);
    watchFields();
}

ProductItemEditor::~ProductItemEditor() = default;

void ProductItemEditor::load(const QJsonObject &element)
{
    FieldText::show(
        m_ui->productRetailerIdLineEdit, ProductItem::fromJson(element).productRetailerId);
}

QJsonObject ProductItemEditor::store(QJsonObject element) const
{
    ProductItem item = ProductItem::fromJson(element);
    item.productRetailerId = FieldText::read(m_ui->productRetailerIdLineEdit).value_or(QString());
    return item.toJson(element);
}

void ProductItemEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->productRetailerIdLineEdit);
    fields.add(pointer + u"/product_retailer_id"_s, m_ui->productRetailerIdLineEdit);
}

QWidget *ProductItemEditor::firstField() const
{
    return m_ui->productRetailerIdLineEdit;
}

} // namespace Wac
