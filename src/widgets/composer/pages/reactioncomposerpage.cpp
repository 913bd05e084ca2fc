// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/reactioncomposerpage.h"

#include "ui_reactioncomposerpage.h"

#include "widgets/composer/emojipicker.h"
#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

ReactionComposerPage::ReactionComposerPage(QWidget *parent)
    : ComposerPage(MessageType::Reaction, parent)
    , m_ui(std::make_unique<Ui::ReactionComposerPage>())
{
    m_ui->setupUi(this);
    watchFields();
    auto *picker = new EmojiPicker(this);
    connect(m_ui->emojiToolButton, &QToolButton::clicked, picker,
        [this, picker] { picker->popup(m_ui->emojiToolButton); });
    connect(picker, &EmojiPicker::picked, this, [this](const QString &emoji) {
        m_ui->emojiLineEdit->setText(emoji);
        m_ui->emojiLineEdit->setFocus(Qt::OtherFocusReason);
    });
}

ReactionComposerPage::~ReactionComposerPage() = default;

void ReactionComposerPage::load(const OutgoingMessage &message)
{
    const ReactionPayload reaction = message.reaction();
    FieldText::show(m_ui->messageIdLineEdit, reaction.messageId);
    FieldText::show(m_ui->emojiLineEdit, reaction.emoji);
}

void ReactionComposerPage::store(OutgoingMessage &message) const
{
    ReactionPayload reaction = message.reaction();
    reaction.messageId = FieldText::read(m_ui->messageIdLineEdit).value_or(QString());
    reaction.emoji = FieldText::read(m_ui->emojiLineEdit).value_or(QString());
    message.setReaction(reaction);
}

void ReactionComposerPage::describeFields(FieldMap &fields) const
{
    fields.add(u"/reaction"_s, m_ui->messageIdLineEdit);
    fields.add(u"/reaction/message_id"_s, m_ui->messageIdLineEdit);
    fields.add(u"/reaction/emoji"_s, m_ui->emojiLineEdit);
}

} // namespace Wac
