// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/sectionscomposerpage.h"

#include "widgets/composer/fieldassist.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int maxSections = 10;
const QString sectionsAt = u"/interactive/action/sections"_s;

} // namespace

void SectionsComposerPage::setUpSections(const Sections &sections)
{
    m_sections = sections;
    RepeatedList *list = sections.list;
    list->setTexts(tr("Section %1"), tr("Add &section"));
    list->setMaximum(maxSections);
    const SectionEditor::Kind kind = sections.kind;
    list->setFactory([kind](QWidget *owner) { return new SectionEditor(kind, owner); });
    watchList(list);
    connect(list, &RepeatedList::structureChanged, this, &SectionsComposerPage::updateTotal);
    updateTotal();
}

void SectionsComposerPage::loadSections(const OutgoingMessage &message)
{
    m_sections.list->load(actionArray(message, u"sections"_s));
    updateTotal();
}

void SectionsComposerPage::describeSections(FieldMap &fields) const
{
    m_sections.list->describeFields(fields, sectionsAt);
}

void SectionsComposerPage::storeLists(OutgoingMessage &message) const
{
    writeArray(message, sectionsAt, m_sections.list->toJson());
}

void SectionsComposerPage::updateTotal()
{
    int items = 0;
    for (int i = 0; i < m_sections.list->count(); ++i)
        items += m_sections.list->itemAs<SectionEditor>(i)->itemCount();
    FieldAssist::setTotal(m_sections.total, m_sections.totalText(items, m_sections.maxItems),
        items > m_sections.maxItems);
}

} // namespace Wac
