// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/textcomposerpage.h"

#include "ui_textcomposerpage.h"

#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

TextComposerPage::TextComposerPage(QWidget *parent)
    : ComposerPage(MessageType::Text, parent)
    , m_ui(std::make_unique<Ui::TextComposerPage>())
{
    m_ui->setupUi(this);
    watchFields();
}

TextComposerPage::~TextComposerPage() = default;

void TextComposerPage::load(const OutgoingMessage &message)
{
    const TextPayload text = message.text();
    FieldText::show(m_ui->bodyTextEdit, text.body);
    FieldText::show(m_ui->previewUrlCheckBox, text.previewUrl);
}

void TextComposerPage::store(OutgoingMessage &message) const
{
    TextPayload text = message.text();
    text.body = FieldText::read(m_ui->bodyTextEdit).value_or(QString());
    text.previewUrl = FieldText::read(m_ui->previewUrlCheckBox);
    message.setText(text);
}

void TextComposerPage::describeFields(FieldMap &fields) const
{
    fields.add(u"/text"_s, m_ui->bodyTextEdit);
    fields.add(u"/text/body"_s, m_ui->bodyTextEdit);
    fields.add(u"/text/preview_url"_s, m_ui->previewUrlCheckBox);
}

} // namespace Wac
