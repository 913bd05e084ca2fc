// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/flowcomposerpage.h"

#include "ui_flowcomposerpage.h"

#include "widgets/composer/fieldtext.h"
#include "widgets/composer/fieldvalues.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QString parametersAt = u"/interactive/action/parameters"_s;
const QString dataAt = u"/interactive/action/parameters/flow_action_payload/data"_s;

} // namespace

FlowComposerPage::FlowComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveFlow, parent)
    , m_ui(std::make_unique<Ui::FlowComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    m_ui->modeComboBox->addItem(tr("Not set (published)"), QString());
    m_ui->modeComboBox->addItem(tr("Published"), u"published"_s);
    m_ui->modeComboBox->addItem(tr("Draft (for testing)"), u"draft"_s);
    m_ui->flowActionComboBox->addItem(tr("Not set (navigate)"), QString());
    m_ui->flowActionComboBox->addItem(tr("Navigate to a screen"), u"navigate"_s);
    m_ui->flowActionComboBox->addItem(tr("Data exchange with your endpoint"), u"data_exchange"_s);
    m_ui->flowIdRadioButton->setChecked(true);
    connect(m_ui->flowIdRadioButton, &QRadioButton::toggled, this, [this] {
        m_showBoth = false;
        updateRows();
    });
    updateRows();
    watchFields();
}

FlowComposerPage::~FlowComposerPage() = default;

QList<Diagnostic> FlowComposerPage::formProblems() const
{
    QList<Diagnostic> out;
    addProblem(out, dataAt, FieldValues::readObject(m_ui->dataTextEdit).error);
    return out;
}

void FlowComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &payload)
{
    const FlowParameters &flow = payload.flow;
    {
        const QSignalBlocker blocker(m_ui->flowIdRadioButton);
        (flow.flowName && !flow.flowId ? m_ui->flowNameRadioButton : m_ui->flowIdRadioButton)
            ->setChecked(true);
    }
    m_showBoth = flow.flowId && flow.flowName;
    FieldText::show(m_ui->flowIdLineEdit, flow.flowId);
    FieldText::show(m_ui->flowNameLineEdit, flow.flowName);
    FieldText::show(m_ui->flowCtaLineEdit, flow.flowCta);
    FieldText::show(m_ui->flowTokenLineEdit, flow.flowToken);
    FieldText::show(m_ui->messageVersionLineEdit, flow.messageVersion);
    FieldText::showChoice(m_ui->modeComboBox, flow.mode.value_or(QString()));
    FieldText::showChoice(m_ui->flowActionComboBox, flow.flowAction.value_or(QString()));
    FieldText::show(m_ui->screenLineEdit, flow.screen);
    FieldValues::showObject(m_ui->dataTextEdit, flow.data);
    updateRows();
}

void FlowComposerPage::storeAction(InteractivePayload &payload) const
{
    FlowParameters &flow = payload.flow;
    const bool byId = m_ui->flowIdRadioButton->isChecked();
    // A payload with both (an error the validator names) keeps both until the switch is used.
    flow.flowId = byId || m_showBoth ? FieldText::read(m_ui->flowIdLineEdit) : std::nullopt;
    flow.flowName = !byId || m_showBoth ? FieldText::read(m_ui->flowNameLineEdit) : std::nullopt;
    flow.flowCta = FieldText::read(m_ui->flowCtaLineEdit).value_or(QString());
    flow.flowToken = FieldText::read(m_ui->flowTokenLineEdit);
    flow.messageVersion = FieldText::read(m_ui->messageVersionLineEdit).value_or(QString());
    const QString mode = FieldText::readChoice(m_ui->modeComboBox);
    flow.mode = mode.isEmpty() ? std::nullopt : std::optional<QString>(mode);
    const QString action = FieldText::readChoice(m_ui->flowActionComboBox);
    flow.flowAction = action.isEmpty() ? std::nullopt : std::optional<QString>(action);
    flow.screen = FieldText::read(m_ui->screenLineEdit);
    flow.data = FieldValues::readObject(m_ui->dataTextEdit).value;
}

void FlowComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->flowCtaLineEdit);
    fields.add(parametersAt, m_ui->flowCtaLineEdit);
    fields.add(parametersAt + u"/flow_id"_s, m_ui->flowIdLineEdit);
    fields.add(parametersAt + u"/flow_name"_s, m_ui->flowNameLineEdit);
    fields.add(parametersAt + u"/flow_cta"_s, m_ui->flowCtaLineEdit);
    fields.add(parametersAt + u"/flow_token"_s, m_ui->flowTokenLineEdit);
    fields.add(parametersAt + u"/flow_message_version"_s, m_ui->messageVersionLineEdit);
    fields.add(parametersAt + u"/mode"_s, m_ui->modeComboBox);
    fields.add(parametersAt + u"/flow_action"_s, m_ui->flowActionComboBox);
    fields.add(parametersAt + u"/flow_action_payload"_s, m_ui->screenLineEdit);
    fields.add(parametersAt + u"/flow_action_payload/screen"_s, m_ui->screenLineEdit);
    fields.add(dataAt, m_ui->dataTextEdit);
}

void FlowComposerPage::updateRows()
{
    const bool byId = m_ui->flowIdRadioButton->isChecked();
    m_ui->flowFormLayout->setRowVisible(m_ui->flowIdLineEdit, byId || m_showBoth);
    m_ui->flowFormLayout->setRowVisible(m_ui->flowNameLineEdit, !byId || m_showBoth);
}

} // namespace Wac
