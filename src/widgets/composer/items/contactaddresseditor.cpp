// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/contactaddresseditor.h"

#include "ui_contactaddresseditor.h"

#include "core/payloads/contactspayload.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

ContactAddressEditor::ContactAddressEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::ContactAddressEditor>())
{
    m_ui->setupUi(this);
    m_ui->typeComboBox->addItems({u"HOME"_s, u"WORK"_s});
    m_ui->typeComboBox->setCurrentIndex(-1);
    watchFields();
}

ContactAddressEditor::~ContactAddressEditor() = default;

void ContactAddressEditor::load(const QJsonObject &element)
{
    const ContactAddress address = ContactAddress::fromJson(element);
    FieldText::show(m_ui->streetLineEdit, address.street);
    FieldText::show(m_ui->cityLineEdit, address.city);
    FieldText::show(m_ui->stateLineEdit, address.state);
    FieldText::show(m_ui->zipLineEdit, address.zip);
    FieldText::show(m_ui->countryLineEdit, address.country);
    FieldText::show(m_ui->countryCodeLineEdit, address.countryCode);
    FieldText::show(m_ui->typeComboBox, address.type);
}

QJsonObject ContactAddressEditor::store(QJsonObject element) const
{
    ContactAddress address = ContactAddress::fromJson(element);
    address.street = FieldText::read(m_ui->streetLineEdit);
    address.city = FieldText::read(m_ui->cityLineEdit);
    address.state = FieldText::read(m_ui->stateLineEdit);
    address.zip = FieldText::read(m_ui->zipLineEdit);
    address.country = FieldText::read(m_ui->countryLineEdit);
    address.countryCode = FieldText::read(m_ui->countryCodeLineEdit);
    address.type = FieldText::read(m_ui->typeComboBox);
    return address.toJson(element);
}

void ContactAddressEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->streetLineEdit);
    fields.add(pointer + u"/street"_s, m_ui->streetLineEdit);
    fields.add(pointer + u"/city"_s, m_ui->cityLineEdit);
    fields.add(pointer + u"/state"_s, m_ui->stateLineEdit);
    fields.add(pointer + u"/zip"_s, m_ui->zipLineEdit);
    fields.add(pointer + u"/country"_s, m_ui->countryLineEdit);
    fields.add(pointer + u"/country_code"_s, m_ui->countryCodeLineEdit);
    fields.add(pointer + u"/type"_s, m_ui->typeComboBox);
}

QWidget *ContactAddressEditor::firstField() const
{
    return m_ui->streetLineEdit;
}

} // namespace Wac
