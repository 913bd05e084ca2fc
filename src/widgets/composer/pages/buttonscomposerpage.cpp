// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/buttonscomposerpage.h"

#include "ui_buttonscomposerpage.h"

#include "widgets/composer/items/replybuttoneditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

ButtonsComposerPage::ButtonsComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveButton, parent)
    , m_ui(std::make_unique<Ui::ButtonsComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    m_ui->buttonsList->setTexts(tr("Button %1"), tr("&Add button"));
    m_ui->buttonsList->setMaximum(3);
    m_ui->buttonsList->setFactory([](QWidget *owner) { return new ReplyButtonEditor(owner); });
    watchList(m_ui->buttonsList);
    watchFields();
}

ButtonsComposerPage::~ButtonsComposerPage() = default;

void ButtonsComposerPage::loadAction(const OutgoingMessage &message, const InteractivePayload &)
{
    m_ui->buttonsList->load(actionArray(message, u"buttons"_s));
}

void ButtonsComposerPage::storeAction(InteractivePayload &) const { }

void ButtonsComposerPage::storeLists(OutgoingMessage &message) const
{
    writeArray(message, u"/interactive/action/buttons"_s, m_ui->buttonsList->toJson());
}

void ButtonsComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->buttonsList);
    m_ui->buttonsList->describeFields(fields, u"/interactive/action/buttons"_s);
}

} // namespace Wac
