// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/unknowncomposerpage.h"

#include "ui_unknowncomposerpage.h"

namespace Wac {

UnknownComposerPage::UnknownComposerPage(QWidget *parent)
    : ComposerPage(MessageType::Unknown, parent)
    , m_ui(std::make_unique<Ui::UnknownComposerPage>())
{
    m_ui->setupUi(this);
    watchFields();
}

UnknownComposerPage::~UnknownComposerPage() = default;

void UnknownComposerPage::setNote(const QString &text)
{
    m_ui->unknownLabel->setText(text);
}

// Nothing to show or write: the message stays exactly as it was set.
void UnknownComposerPage::load(const OutgoingMessage &) { }

void UnknownComposerPage::store(OutgoingMessage &) const { }

void UnknownComposerPage::describeFields(FieldMap &) const { }

} // namespace Wac
