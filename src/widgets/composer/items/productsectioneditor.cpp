// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/productsectioneditor.h"

#include "ui_productsectioneditor.h"

#include "core/payloads/interactiveparts.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/productitemeditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

ProductSectionEditor::ProductSectionEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::ProductSectionEditor>())
{
    m_ui->setupUi(this);
    m_ui->itemsList->setCompact(true);
    m_ui->itemsList->setTexts(tr("Product %1"), tr("Add &product"));
    m_ui->itemsList->setFactory([](QWidget *owner) { return new ProductItemEditor(owner); });
    watchList(m_ui->itemsList);
    watchFields();
}

ProductSectionEditor::~ProductSectionEditor() = default;

int ProductSectionEditor::productCount() const
{
    return m_ui->itemsList->count();
}

void ProductSectionEditor::load(const QJsonObject &element)
{
    FieldText::show(m_ui->titleLineEdit, ProductSection::fromJson(element).title);
    m_ui->itemsList->load(element.value(u"product_items").toArray());
}

QJsonObject ProductSectionEditor::store(QJsonObject element) const
{
    ProductSection section = ProductSection::fromJson(element);
    section.title = FieldText::read(m_ui->titleLineEdit);
    element = section.toJson(element);
    writeArray(element, u"product_items"_s, m_ui->itemsList->toJson());
    return element;
}

void ProductSectionEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->titleLineEdit);
    fields.add(pointer + u"/title"_s, m_ui->titleLineEdit);
    m_ui->itemsList->describeFields(fields, pointer + u"/product_items"_s);
}

QWidget *ProductSectionEditor::firstField() const
{
    return m_ui->titleLineEdit;
}

} // namespace Wac
