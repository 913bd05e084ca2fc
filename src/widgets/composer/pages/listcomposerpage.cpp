// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/listcomposerpage.h"

#include "ui_listcomposerpage.h"

#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/listsectioneditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int maxRows = 10;
constexpr int maxSections = 10;

} // namespace

ListComposerPage::ListComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveList, parent)
    , m_ui(std::make_unique<Ui::ListComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    m_ui->sectionsList->setTexts(tr("Section %1"), tr("Add &section"));
    m_ui->sectionsList->setMaximum(maxSections);
    m_ui->sectionsList->setFactory([](QWidget *owner) { return new ListSectionEditor(owner); });
    watchList(m_ui->sectionsList);
    connect(
        m_ui->sectionsList, &RepeatedList::structureChanged, this, &ListComposerPage::updateCount);
    watchFields();
    updateCount();
}

ListComposerPage::~ListComposerPage() = default;

void ListComposerPage::loadAction(const OutgoingMessage &message, const InteractivePayload &payload)
{
    FieldText::show(m_ui->listButtonLineEdit, payload.listButton);
    m_ui->sectionsList->load(actionArray(message, u"sections"_s));
    updateCount();
}

void ListComposerPage::storeAction(InteractivePayload &payload) const
{
    payload.listButton = FieldText::read(m_ui->listButtonLineEdit).value_or(QString());
}

void ListComposerPage::storeLists(OutgoingMessage &message) const
{
    writeArray(message, u"/interactive/action/sections"_s, m_ui->sectionsList->toJson());
}

void ListComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->listButtonLineEdit);
    fields.add(u"/interactive/action/button"_s, m_ui->listButtonLineEdit);
    m_ui->sectionsList->describeFields(fields, u"/interactive/action/sections"_s);
}

void ListComposerPage::updateCount()
{
    int rows = 0;
    for (int i = 0; i < m_ui->sectionsList->count(); ++i)
        rows += m_ui->sectionsList->itemAs<ListSectionEditor>(i)->rowCount();
    FieldAssist::setTotal(
        m_ui->rowsCountLabel, tr("Rows: %1/%2").arg(rows).arg(maxRows), rows > maxRows);
}

} // namespace Wac
