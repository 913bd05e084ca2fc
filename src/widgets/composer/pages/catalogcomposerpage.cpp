// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/catalogcomposerpage.h"

#include "ui_catalogcomposerpage.h"

#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

CatalogComposerPage::CatalogComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveCatalog, parent)
    , m_ui(std::make_unique<Ui::CatalogComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    watchFields();
}

CatalogComposerPage::~CatalogComposerPage() = default;

void CatalogComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &payload)
{
    FieldText::show(m_ui->thumbnailLineEdit, payload.thumbnailProductRetailerId);
}

void CatalogComposerPage::storeAction(InteractivePayload &payload) const
{
    payload.thumbnailProductRetailerId = FieldText::read(m_ui->thumbnailLineEdit);
}

void CatalogComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->thumbnailLineEdit);
    fields.add(u"/interactive/action/parameters"_s, m_ui->thumbnailLineEdit);
    fields.add(
        u"/interactive/action/parameters/thumbnail_product_retailer_id"_s, m_ui->thumbnailLineEdit);
}

} // namespace Wac
