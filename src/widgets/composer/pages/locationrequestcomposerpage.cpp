// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/locationrequestcomposerpage.h"

#include "ui_locationrequestcomposerpage.h"

namespace Wac {

LocationRequestComposerPage::LocationRequestComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveLocationRequest, parent)
    , m_ui(std::make_unique<Ui::LocationRequestComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    watchFields();
}

LocationRequestComposerPage::~LocationRequestComposerPage() = default;

// The action is fixed ({"name": "send_location"}); the view writes it.
void LocationRequestComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &) {
}

void LocationRequestComposerPage::storeAction(InteractivePayload &) const { }

void LocationRequestComposerPage::describeAction(FieldMap &) const { }

} // namespace Wac
