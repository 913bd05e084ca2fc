// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/markreadcomposerpage.h"

#include "ui_markreadcomposerpage.h"

#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

MarkReadComposerPage::MarkReadComposerPage(QWidget *parent)
    : ComposerPage(MessageType::MarkAsRead, parent)
    , m_ui(std::make_unique<Ui::MarkReadComposerPage>())
{
    m_ui->setupUi(this);
    watchFields();
}

MarkReadComposerPage::~MarkReadComposerPage() = default;

void MarkReadComposerPage::load(const OutgoingMessage &message)
{
    const MarkReadPayload read = message.markRead();
    FieldText::show(m_ui->messageIdLineEdit, read.messageId);
    m_ui->typingIndicatorCheckBox->setChecked(read.typingIndicator);
}

void MarkReadComposerPage::store(OutgoingMessage &message) const
{
    MarkReadPayload read = message.markRead();
    read.messageId = FieldText::read(m_ui->messageIdLineEdit).value_or(QString());
    read.typingIndicator = m_ui->typingIndicatorCheckBox->isChecked();
    message.setMarkRead(read);
}

void MarkReadComposerPage::describeFields(FieldMap &fields) const
{
    fields.add(QString(), m_ui->messageIdLineEdit);
    fields.add(u"/message_id"_s, m_ui->messageIdLineEdit);
    fields.add(u"/typing_indicator"_s, m_ui->typingIndicatorCheckBox);
}

} // namespace Wac
