// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/voicecallcomposerpage.h"

#include "ui_voicecallcomposerpage.h"

#include "widgets/composer/fieldtext.h"
#include "widgets/composer/fieldvalues.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QString parametersAt = u"/interactive/action/parameters"_s;

} // namespace

VoiceCallComposerPage::VoiceCallComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveVoiceCall, parent)
    , m_ui(std::make_unique<Ui::VoiceCallComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    watchFields();
}

VoiceCallComposerPage::~VoiceCallComposerPage() = default;

QList<Diagnostic> VoiceCallComposerPage::formProblems() const
{
    QList<Diagnostic> out;
    addProblem(out, parametersAt + u"/ttl_minutes"_s,
        FieldValues::readNumber(m_ui->ttlMinutesLineEdit).error);
    return out;
}

void VoiceCallComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &payload)
{
    FieldText::show(m_ui->displayTextLineEdit, payload.voiceCall.displayText);
    FieldValues::showNumber(m_ui->ttlMinutesLineEdit, payload.voiceCall.ttlMinutes);
    FieldText::show(m_ui->payloadLineEdit, payload.voiceCall.payload);
}

void VoiceCallComposerPage::storeAction(InteractivePayload &payload) const
{
    // Each parameter left empty is left out: WhatsApp then uses its default.
    payload.voiceCall.displayText = FieldText::read(m_ui->displayTextLineEdit);
    payload.voiceCall.ttlMinutes = FieldValues::readNumber(m_ui->ttlMinutesLineEdit).value;
    payload.voiceCall.payload = FieldText::read(m_ui->payloadLineEdit);
}

void VoiceCallComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->displayTextLineEdit);
    fields.add(u"/interactive/action/name"_s, m_ui->displayTextLineEdit);
    fields.add(parametersAt, m_ui->displayTextLineEdit);
    fields.add(parametersAt + u"/display_text"_s, m_ui->displayTextLineEdit);
    fields.add(parametersAt + u"/ttl_minutes"_s, m_ui->ttlMinutesLineEdit);
    fields.add(parametersAt + u"/payload"_s, m_ui->payloadLineEdit);
}

} // namespace Wac
