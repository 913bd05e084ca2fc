// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/callpermissioncomposerpage.h"

#include "ui_callpermissioncomposerpage.h"

#include "widgets/composer/fieldmap.h"
#include "widgets/composer/interactivefields.h"

using namespace Qt::StringLiterals;

namespace Wac {

CallPermissionComposerPage::CallPermissionComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveCallPermissionRequest, parent)
    , m_ui(std::make_unique<Ui::CallPermissionComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    // Meta: "no header or footer"; only the body can be customised.
    m_ui->interactiveFields->setFooterAllowed(false);
    m_ui->interactiveFields->setBodyPlaceholder(
        tr("Optional: why you would like to call, e.g. about order #4512"));
    watchFields();
}

CallPermissionComposerPage::~CallPermissionComposerPage() = default;

// The action is fixed ({"name": "call_permission_request"}); the view writes it.
void CallPermissionComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &) { }

void CallPermissionComposerPage::storeAction(InteractivePayload &) const { }

void CallPermissionComposerPage::describeAction(FieldMap &fields) const
{
    // A wrong or missing action name is named on the explanation of what the action is.
    fields.add(u"/interactive/action"_s, m_ui->callPermissionLabel);
    fields.add(u"/interactive/action/name"_s, m_ui->callPermissionLabel);
}

} // namespace Wac
