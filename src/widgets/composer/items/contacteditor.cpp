// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/contacteditor.h"

#include "ui_contacteditor.h"

#include "core/jsonpointer.h"
#include "core/payloads/contactspayload.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/contactaddresseditor.h"
#include "widgets/composer/items/contactentryeditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr auto dateFormat = "yyyy-MM-dd";

void setUpEntries(
    RepeatedList *list, const QString &valueKey, const QString &title, const QString &add)
{
    list->setCompact(true);
    list->setTexts(title, add);
    list->setFactory(
        [valueKey](QWidget *owner) { return new ContactEntryEditor(valueKey, owner); });
}

} // namespace

ContactEditor::ContactEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::ContactEditor>())
{
    m_ui->setupUi(this);
    setUpEntries(m_ui->phonesList, u"phone"_s, tr("Phone %1"), tr("Add &phone"));
    setUpEntries(m_ui->emailsList, u"email"_s, tr("Email %1"), tr("Add &email"));
    setUpEntries(m_ui->urlsList, u"url"_s, tr("Website %1"), tr("Add &website"));
    m_ui->addressesList->setTexts(tr("Address %1"), tr("Add a&ddress"));
    m_ui->addressesList->setFactory([](QWidget *owner) { return new ContactAddressEditor(owner); });
    for (RepeatedList *list :
        {m_ui->phonesList, m_ui->emailsList, m_ui->urlsList, m_ui->addressesList})
        watchList(list);
    connect(
        m_ui->birthdayCheckBox, &QCheckBox::toggled, m_ui->birthdayDateEdit, &QWidget::setEnabled);
    m_ui->birthdayDateEdit->setEnabled(false);
    watchFields();
}

ContactEditor::~ContactEditor() = default;

void ContactEditor::load(const QJsonObject &element)
{
    const Contact contact = Contact::fromJson(element);
    FieldText::show(m_ui->formattedNameLineEdit, contact.formattedName);
    FieldText::show(m_ui->prefixLineEdit, contact.prefix);
    FieldText::show(m_ui->firstNameLineEdit, contact.firstName);
    FieldText::show(m_ui->middleNameLineEdit, contact.middleName);
    FieldText::show(m_ui->lastNameLineEdit, contact.lastName);
    FieldText::show(m_ui->suffixLineEdit, contact.suffix);
    FieldText::show(m_ui->companyLineEdit, contact.company);
    FieldText::show(m_ui->departmentLineEdit, contact.department);
    FieldText::show(m_ui->titleLineEdit, contact.title);
    // A birthday that is not a date (a typo in a pasted payload) is kept until edited.
    m_ui->birthdayCheckBox->setChecked(contact.birthday.has_value());
    const QDate date =
        QDate::fromString(contact.birthday.value_or(QString()), QLatin1String(dateFormat));
    m_ui->birthdayDateEdit->setDate(date.isValid() ? date : QDate(1990, 1, 1));
    m_ui->birthdayDateEdit->setProperty("wacShown", m_ui->birthdayDateEdit->date());
    m_ui->birthdayCheckBox->setProperty(
        "wacOriginal", contact.birthday ? QVariant(*contact.birthday) : QVariant());
    m_ui->phonesList->load(element.value(u"phones").toArray());
    m_ui->emailsList->load(element.value(u"emails").toArray());
    m_ui->urlsList->load(element.value(u"urls").toArray());
    m_ui->addressesList->load(element.value(u"addresses").toArray());
}

QJsonObject ContactEditor::store(QJsonObject element) const
{
    Contact contact = Contact::fromJson(element);
    contact.formattedName = FieldText::read(m_ui->formattedNameLineEdit).value_or(QString());
    contact.prefix = FieldText::read(m_ui->prefixLineEdit);
    contact.firstName = FieldText::read(m_ui->firstNameLineEdit);
    contact.middleName = FieldText::read(m_ui->middleNameLineEdit);
    contact.lastName = FieldText::read(m_ui->lastNameLineEdit);
    contact.suffix = FieldText::read(m_ui->suffixLineEdit);
    contact.company = FieldText::read(m_ui->companyLineEdit);
    contact.department = FieldText::read(m_ui->departmentLineEdit);
    contact.title = FieldText::read(m_ui->titleLineEdit);
    const QVariant original = m_ui->birthdayCheckBox->property("wacOriginal");
    const bool untouched = m_ui->birthdayCheckBox->isChecked() == original.isValid()
        && m_ui->birthdayDateEdit->date() == m_ui->birthdayDateEdit->property("wacShown").toDate();
    if (!untouched) {
        contact.birthday = m_ui->birthdayCheckBox->isChecked() ? std::optional<QString>(
                               m_ui->birthdayDateEdit->date().toString(QLatin1String(dateFormat)))
                                                               : std::nullopt;
    }
    element = contact.toJson(element);
    writeArray(element, u"phones"_s, m_ui->phonesList->toJson());
    writeArray(element, u"emails"_s, m_ui->emailsList->toJson());
    writeArray(element, u"urls"_s, m_ui->urlsList->toJson());
    writeArray(element, u"addresses"_s, m_ui->addressesList->toJson());
    return element;
}

void ContactEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    const auto at = [&pointer](const QString &path) { return pointer + path; };
    fields.add(pointer, m_ui->formattedNameLineEdit);
    fields.add(at(u"/name"_s), m_ui->formattedNameLineEdit);
    fields.add(at(u"/name/formatted_name"_s), m_ui->formattedNameLineEdit);
    fields.add(at(u"/name/prefix"_s), m_ui->prefixLineEdit);
    fields.add(at(u"/name/first_name"_s), m_ui->firstNameLineEdit);
    fields.add(at(u"/name/middle_name"_s), m_ui->middleNameLineEdit);
    fields.add(at(u"/name/last_name"_s), m_ui->lastNameLineEdit);
    fields.add(at(u"/name/suffix"_s), m_ui->suffixLineEdit);
    fields.add(at(u"/org"_s), m_ui->companyLineEdit);
    fields.add(at(u"/org/company"_s), m_ui->companyLineEdit);
    fields.add(at(u"/org/department"_s), m_ui->departmentLineEdit);
    fields.add(at(u"/org/title"_s), m_ui->titleLineEdit);
    fields.add(at(u"/birthday"_s), m_ui->birthdayDateEdit);
    m_ui->phonesList->describeFields(fields, at(u"/phones"_s));
    m_ui->emailsList->describeFields(fields, at(u"/emails"_s));
    m_ui->urlsList->describeFields(fields, at(u"/urls"_s));
    m_ui->addressesList->describeFields(fields, at(u"/addresses"_s));
}

QWidget *ContactEditor::firstField() const
{
    return m_ui->formattedNameLineEdit;
}

} // namespace Wac
