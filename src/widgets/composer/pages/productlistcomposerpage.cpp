// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/productlistcomposerpage.h"

#include "ui_productlistcomposerpage.h"

#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/productsectioneditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int maxProducts = 30;
constexpr int maxSections = 10;

} // namespace

ProductListComposerPage::ProductListComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveProductList, parent)
    , m_ui(std::make_unique<Ui::ProductListComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    m_ui->sectionsList->setTexts(tr("Section %1"), tr("Add &section"));
    m_ui->sectionsList->setMaximum(maxSections);
    m_ui->sectionsList->setFactory([](QWidget *owner) { return new ProductSectionEditor(owner); });
    watchList(m_ui->sectionsList);
    connect(m_ui->sectionsList, &RepeatedList::structureChanged, this,
        &ProductListComposerPage::updateCount);
    watchFields();
    updateCount();
}

ProductListComposerPage::~ProductListComposerPage() = default;

void ProductListComposerPage::loadAction(
    const OutgoingMessage &message, const InteractivePayload &payload)
{
    FieldText::show(m_ui->catalogIdLineEdit, payload.catalogId);
    m_ui->sectionsList->load(actionArray(message, u"sections"_s));
    updateCount();
}

void ProductListComposerPage::storeAction(InteractivePayload &payload) const
{
    payload.catalogId = FieldText::read(m_ui->catalogIdLineEdit).value_or(QString());
}

void ProductListComposerPage::storeLists(OutgoingMessage &message) const
{
    writeArray(message, u"/interactive/action/sections"_s, m_ui->sectionsList->toJson());
}

void ProductListComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->catalogIdLineEdit);
    fields.add(u"/interactive/action/catalog_id"_s, m_ui->catalogIdLineEdit);
    m_ui->sectionsList->describeFields(fields, u"/interactive/action/sections"_s);
}

void ProductListComposerPage::updateCount()
{
    int products = 0;
    for (int i = 0; i < m_ui->sectionsList->count(); ++i)
        products += m_ui->sectionsList->itemAs<ProductSectionEditor>(i)->productCount();
    FieldAssist::setTotal(m_ui->productsCountLabel,
        tr("Products: %1/%2").arg(products).arg(maxProducts), products > maxProducts);
}

} // namespace Wac
