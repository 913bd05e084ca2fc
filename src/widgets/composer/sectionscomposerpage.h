// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"
#include "widgets/composer/items/sectioneditor.h"

#include <functional>

class QLabel;

namespace Wac {

/**
 * The frame of the list and product-list pages: up to ten sections of items under
 * `interactive.action.sections`, and a running total of the items in all of them against the
 * type's limit ("Rows: 7/10").
 */
class SectionsComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    using InteractiveComposerPage::InteractiveComposerPage;

protected:
    struct Sections
    {
        RepeatedList *list = nullptr;
        QLabel *total = nullptr;
        SectionEditor::Kind kind;
        int maxItems = 0;
        std::function<QString(int items, int max)> totalText;
    };

    /// Call after setupUi().
    void setUpSections(const Sections &sections);
    void loadSections(const OutgoingMessage &message);
    void describeSections(FieldMap &fields) const;
    void storeLists(OutgoingMessage &message) const final;

private:
    void updateTotal();

    Sections m_sections;
};

} // namespace Wac
