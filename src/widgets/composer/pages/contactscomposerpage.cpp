// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/contactscomposerpage.h"

#include "ui_contactscomposerpage.h"

#include "widgets/composer/items/contacteditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

ContactsComposerPage::ContactsComposerPage(QWidget *parent)
    : ComposerPage(MessageType::Contacts, parent)
    , m_ui(std::make_unique<Ui::ContactsComposerPage>())
{
    m_ui->setupUi(this);
    m_ui->contactsList->setTexts(tr("Contact %1"), tr("Add &contact"));
    m_ui->contactsList->setFactory([](QWidget *owner) { return new ContactEditor(owner); });
    watchList(m_ui->contactsList);
    watchFields();
}

ContactsComposerPage::~ContactsComposerPage() = default;

void ContactsComposerPage::load(const OutgoingMessage &message)
{
    m_ui->contactsList->load(message.toJson().value(u"contacts").toArray());
}

void ContactsComposerPage::store(OutgoingMessage &message) const
{
    writeArray(message, u"/contacts"_s, m_ui->contactsList->toJson());
}

void ContactsComposerPage::describeFields(FieldMap &fields) const
{
    m_ui->contactsList->describeFields(fields, u"/contacts"_s);
}

} // namespace Wac
