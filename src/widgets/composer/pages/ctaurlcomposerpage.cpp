// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/ctaurlcomposerpage.h"

#include "ui_ctaurlcomposerpage.h"

#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

CtaUrlComposerPage::CtaUrlComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveCtaUrl, parent)
    , m_ui(std::make_unique<Ui::CtaUrlComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    watchFields();
}

CtaUrlComposerPage::~CtaUrlComposerPage() = default;

void CtaUrlComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &payload)
{
    FieldText::show(m_ui->displayTextLineEdit, payload.ctaDisplayText);
    FieldText::show(m_ui->urlLineEdit, payload.ctaUrl);
}

void CtaUrlComposerPage::storeAction(InteractivePayload &payload) const
{
    payload.ctaDisplayText = FieldText::read(m_ui->displayTextLineEdit).value_or(QString());
    payload.ctaUrl = FieldText::read(m_ui->urlLineEdit).value_or(QString());
}

void CtaUrlComposerPage::describeAction(FieldMap &fields) const
{
    const QString at = u"/interactive/action/parameters"_s;
    fields.add(u"/interactive/action"_s, m_ui->displayTextLineEdit);
    fields.add(at, m_ui->displayTextLineEdit);
    fields.add(at + u"/display_text"_s, m_ui->displayTextLineEdit);
    fields.add(at + u"/url"_s, m_ui->urlLineEdit);
}

} // namespace Wac
