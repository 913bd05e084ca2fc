// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/addresscomposerpage.h"

#include "ui_addresscomposerpage.h"

#include "widgets/composer/fieldtext.h"
#include "widgets/composer/fieldvalues.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QString valuesAt = u"/interactive/action/parameters/values"_s;

} // namespace

AddressComposerPage::AddressComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveAddress, parent)
    , m_ui(std::make_unique<Ui::AddressComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    m_ui->countryComboBox->addItems({u"IN"_s, u"SG"_s});
    watchFields();
}

AddressComposerPage::~AddressComposerPage() = default;

QList<Diagnostic> AddressComposerPage::formProblems() const
{
    QList<Diagnostic> out;
    addProblem(out, valuesAt, FieldValues::readObject(m_ui->valuesTextEdit).error);
    return out;
}

void AddressComposerPage::loadAction(const OutgoingMessage &, const InteractivePayload &payload)
{
    FieldText::show(m_ui->countryComboBox, payload.addressCountry);
    FieldValues::showObject(m_ui->valuesTextEdit, payload.addressValues);
}

void AddressComposerPage::storeAction(InteractivePayload &payload) const
{
    payload.addressCountry = FieldText::read(m_ui->countryComboBox).value_or(QString());
    payload.addressValues = FieldValues::readObject(m_ui->valuesTextEdit).value;
}

void AddressComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->countryComboBox);
    fields.add(u"/interactive/action/parameters"_s, m_ui->countryComboBox);
    fields.add(u"/interactive/action/parameters/country"_s, m_ui->countryComboBox);
    fields.add(valuesAt, m_ui->valuesTextEdit);
}

} // namespace Wac
