// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/listcomposerpage.h"

#include "ui_listcomposerpage.h"

#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/listroweditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

ListComposerPage::ListComposerPage(QWidget *parent)
    : SectionsComposerPage(MessageType::InteractiveList, parent)
    , m_ui(std::make_unique<Ui::ListComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    setUpSections({m_ui->sectionsList, m_ui->rowsCountLabel,
        {u"rows"_s, tr("Rows"), tr("Required when there are several sections"), tr("Row %1"),
            tr("Add &row"), false, [](QWidget *owner) { return new ListRowEditor(owner); }},
        10, [](int rows, int max) { return tr("Rows: %1/%2").arg(rows).arg(max); }});
    watchFields();
}

ListComposerPage::~ListComposerPage() = default;

void ListComposerPage::loadAction(const OutgoingMessage &message, const InteractivePayload &payload)
{
    FieldText::show(m_ui->listButtonLineEdit, payload.listButton);
    loadSections(message);
}

void ListComposerPage::storeAction(InteractivePayload &payload) const
{
    payload.listButton = FieldText::read(m_ui->listButtonLineEdit).value_or(QString());
}

void ListComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->listButtonLineEdit);
    fields.add(u"/interactive/action/button"_s, m_ui->listButtonLineEdit);
    describeSections(fields);
}

} // namespace Wac
