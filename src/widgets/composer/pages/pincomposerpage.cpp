// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/pincomposerpage.h"

#include "ui_pincomposerpage.h"

#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

PinComposerPage::PinComposerPage(QWidget *parent)
    : ComposerPage(MessageType::Pin, parent)
    , m_ui(std::make_unique<Ui::PinComposerPage>())
{
    m_ui->setupUi(this);
    m_ui->operationComboBox->addItem(tr("Pin the message"), u"pin"_s);
    m_ui->operationComboBox->addItem(tr("Unpin the message"), u"unpin"_s);
    m_ui->daysSpinBox->setRange(1, 30); // pin.expiration_days, 1 to 30 (2026 notes §1.12)
    connect(m_ui->operationComboBox, &QComboBox::currentIndexChanged, this,
        &PinComposerPage::updateDays);
    connect(m_ui->daysSpinBox, &QSpinBox::valueChanged, this, [this] { m_daysChosen = true; });
    watchFields();
}

PinComposerPage::~PinComposerPage() = default;

void PinComposerPage::updateDays()
{
    const bool pinning = FieldText::readChoice(m_ui->operationComboBox) == u"pin"_s;
    m_ui->daysSpinBox->setEnabled(pinning);
    m_ui->daysLabel->setEnabled(pinning);
}

void PinComposerPage::load(const OutgoingMessage &message)
{
    const PinPayload pin = message.pin();
    const QJsonValue days = message.toJson().value(u"pin").toObject().value(u"expiration_days");
    m_loadedOperation = pin.operation;
    m_loadedDays = pin.expirationDays;
    m_daysChosen = false;
    FieldText::showChoice(m_ui->operationComboBox, pin.operation);
    FieldText::show(m_ui->messageIdLineEdit, pin.messageId);
    const QSignalBlocker blocker(m_ui->daysSpinBox);
    m_ui->daysSpinBox->setValue(days.isString() ? days.toString().toInt() : days.toInt(30));
    updateDays();
}

void PinComposerPage::store(OutgoingMessage &message) const
{
    PinPayload pin = message.pin();
    pin.operation = FieldText::readChoice(m_ui->operationComboBox);
    pin.messageId = FieldText::read(m_ui->messageIdLineEdit).value_or(QString());
    const bool switched = pin.operation != m_loadedOperation;
    if (pin.operation == u"pin"_s) {
        pin.expirationDays = m_daysChosen || switched
            ? std::optional<double>(m_ui->daysSpinBox->value())
            : m_loadedDays;
    } else {
        // An unpin has no days: switching to it drops them, an unpin loaded with some keeps them.
        pin.expirationDays = switched ? std::nullopt : m_loadedDays;
    }
    message.setPin(pin);
}

void PinComposerPage::describeFields(FieldMap &fields) const
{
    fields.add(u"/pin"_s, m_ui->messageIdLineEdit);
    fields.add(u"/pin/type"_s, m_ui->operationComboBox);
    fields.add(u"/pin/message_id"_s, m_ui->messageIdLineEdit);
    fields.add(u"/pin/expiration_days"_s, m_ui->daysSpinBox);
    fields.add(u"/recipient_type"_s, m_ui->groupHintLabel);
}

} // namespace Wac
