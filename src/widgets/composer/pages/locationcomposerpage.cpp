// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/locationcomposerpage.h"

#include "ui_locationcomposerpage.h"

#include "widgets/composer/fieldtext.h"
#include "widgets/composer/fieldvalues.h"

using namespace Qt::StringLiterals;

namespace Wac {

LocationComposerPage::LocationComposerPage(QWidget *parent)
    : ComposerPage(MessageType::Location, parent)
    , m_ui(std::make_unique<Ui::LocationComposerPage>())
{
    m_ui->setupUi(this);
    watchFields();
}

LocationComposerPage::~LocationComposerPage() = default;

QList<Diagnostic> LocationComposerPage::formProblems() const
{
    QList<Diagnostic> out;
    addProblem(out, u"/location/latitude"_s, FieldValues::readNumber(m_ui->latitudeLineEdit).error);
    addProblem(
        out, u"/location/longitude"_s, FieldValues::readNumber(m_ui->longitudeLineEdit).error);
    return out;
}

void LocationComposerPage::load(const OutgoingMessage &message)
{
    const LocationPayload location = message.location();
    FieldValues::showNumber(m_ui->latitudeLineEdit, location.latitude);
    FieldValues::showNumber(m_ui->longitudeLineEdit, location.longitude);
    FieldText::show(m_ui->nameLineEdit, location.name);
    FieldText::show(m_ui->addressLineEdit, location.address);
}

void LocationComposerPage::store(OutgoingMessage &message) const
{
    LocationPayload location = message.location();
    location.latitude = FieldValues::readNumber(m_ui->latitudeLineEdit).value;
    location.longitude = FieldValues::readNumber(m_ui->longitudeLineEdit).value;
    location.name = FieldText::read(m_ui->nameLineEdit);
    location.address = FieldText::read(m_ui->addressLineEdit);
    message.setLocation(location);
}

void LocationComposerPage::describeFields(FieldMap &fields) const
{
    fields.add(u"/location"_s, m_ui->latitudeLineEdit);
    fields.add(u"/location/latitude"_s, m_ui->latitudeLineEdit);
    fields.add(u"/location/longitude"_s, m_ui->longitudeLineEdit);
    fields.add(u"/location/name"_s, m_ui->nameLineEdit);
    fields.add(u"/location/address"_s, m_ui->addressLineEdit);
}

} // namespace Wac
