// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/contactinfocomposerpage.h"

#include "ui_contactinfocomposerpage.h"

#include "widgets/composer/fieldmap.h"

using namespace Qt::StringLiterals;

namespace Wac {

ContactInfoComposerPage::ContactInfoComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveRequestContactInfo, parent)
    , m_ui(std::make_unique<Ui::ContactInfoComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    watchFields();
}

ContactInfoComposerPage::~ContactInfoComposerPage() = default;

// The action is fixed ({"name": "request_contact_info"}) and the button's text is WhatsApp's
// own: there is nothing to fill in beyond the body and footer.
void ContactInfoComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &) { }

void ContactInfoComposerPage::storeAction(InteractivePayload &) const { }

void ContactInfoComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->contactInfoLabel);
    fields.add(u"/interactive/action/name"_s, m_ui->contactInfoLabel);
}

} // namespace Wac
