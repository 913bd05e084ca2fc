// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/contactentryeditor.h"

#include "ui_contactentryeditor.h"

#include "core/payloads/contactspayload.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

ContactEntryEditor::ContactEntryEditor(const QString &valueKey, QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::ContactEntryEditor>())
    , m_valueKey(valueKey)
{
    m_ui->setupUi(this);
    const bool phone = valueKey == u"phone"_s;
    m_ui->waIdLineEdit->setVisible(phone);
    m_ui->typeComboBox->addItems(phone
            ? QStringList {u"CELL"_s, u"MAIN"_s, u"IPHONE"_s, u"HOME"_s, u"WORK"_s}
            : QStringList {u"HOME"_s, u"WORK"_s});
    m_ui->typeComboBox->setCurrentIndex(-1);
    if (phone)
        m_ui->valueLineEdit->setPlaceholderText(tr("+1 (650) 555-1234"));
    else if (valueKey == u"email"_s)
        m_ui->valueLineEdit->setPlaceholderText(tr("name@example.com"));
    else
        m_ui->valueLineEdit->setPlaceholderText(tr("https://www.example.com"));
    m_ui->valueLineEdit->setAccessibleName(phone ? tr("Phone number")
            : valueKey == u"email"_s             ? tr("Email address")
                                                 : tr("Website"));
    watchFields();
}

ContactEntryEditor::~ContactEntryEditor() = default;

void ContactEntryEditor::load(const QJsonObject &element)
{
    const ContactEntry entry = ContactEntry::fromJson(element, m_valueKey);
    FieldText::show(m_ui->valueLineEdit, entry.value);
    FieldText::show(m_ui->typeComboBox, entry.type);
    FieldText::show(m_ui->waIdLineEdit, entry.waId);
}

QJsonObject ContactEntryEditor::store(QJsonObject element) const
{
    ContactEntry entry = ContactEntry::fromJson(element, m_valueKey);
    entry.value = FieldText::read(m_ui->valueLineEdit);
    entry.type = FieldText::read(m_ui->typeComboBox);
    if (m_valueKey == u"phone"_s)
        entry.waId = FieldText::read(m_ui->waIdLineEdit);
    return entry.toJson(element, m_valueKey);
}

void ContactEntryEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->valueLineEdit);
    fields.add(pointer + u'/' + m_valueKey, m_ui->valueLineEdit);
    fields.add(pointer + u"/type"_s, m_ui->typeComboBox);
    if (m_valueKey == u"phone"_s)
        fields.add(pointer + u"/wa_id"_s, m_ui->waIdLineEdit);
}

QWidget *ContactEntryEditor::firstField() const
{
    return m_ui->valueLineEdit;
}

} // namespace Wac
