// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderofferpage.h"

#include "ui_builderofferpage.h"

#include "core/templates/componentplace.h"
#include "core/textlength.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/formstyle.h"
#include "widgets/templatebuilder/builderjson.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qsizetype maxOfferText = 16; // cloud-api-2026.md §1.7
const auto offerType = u"LIMITED_TIME_OFFER";
const auto offerKey = u"limited_time_offer";

} // namespace

BuilderOfferPage::BuilderOfferPage(QWidget *parent)
    : BuilderFieldsPage(parent)
    , m_ui(std::make_unique<Ui::BuilderOfferPage>())
{
    m_ui->setupUi(this);
    FormStyle::polish(this);
    FormStyle::alignForms(this);
    connect(m_ui->offerCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->offerTextLineEdit->setEnabled(on);
        m_ui->expirationCheckBox->setEnabled(on);
    });
    FieldText::watchEdits(this, this, [this] {
        FieldAssist::setCount(m_ui->offerTextLineEdit,
            TextLength::graphemes(m_ui->offerTextLineEdit->text()), maxOfferText);
        Q_EMIT changed();
    });
    m_ui->offerTextLineEdit->setEnabled(false);
    m_ui->expirationCheckBox->setEnabled(false);
}

BuilderOfferPage::~BuilderOfferPage() = default;

void BuilderOfferPage::load(const QJsonObject &definition)
{
    const QSignalBlocker blocker(this);
    const QJsonObject component = ComponentPlace::find(definition, offerType);
    const QJsonObject offer = component.value(offerKey).toObject();
    m_ui->offerCheckBox->setChecked(!component.isEmpty());
    FieldText::show(m_ui->offerTextLineEdit, BuilderJson::text(offer, u"text"_s));
    FieldText::show(m_ui->expirationCheckBox, BuilderJson::flag(offer, u"has_expiration"_s));
    FieldAssist::setCount(m_ui->offerTextLineEdit,
        TextLength::graphemes(m_ui->offerTextLineEdit->text()), maxOfferText);
}

void BuilderOfferPage::store(QJsonObject &definition) const
{
    if (!m_ui->offerCheckBox->isChecked()) {
        ComponentPlace::put(definition, offerType, {});
        return;
    }
    QJsonObject component = ComponentPlace::find(definition, offerType);
    if (component.isEmpty())
        component.insert(u"type", u"LIMITED_TIME_OFFER"_s);
    QJsonObject offer = component.value(offerKey).toObject();
    BuilderJson::writeText(offer, u"text"_s, m_ui->offerTextLineEdit);
    BuilderJson::writeFlag(offer, u"has_expiration"_s, m_ui->expirationCheckBox);
    if (offer != component.value(offerKey).toObject())
        component.insert(offerKey, offer);
    ComponentPlace::put(definition, offerType, component);
}

void BuilderOfferPage::describeFields(FieldMap &fields, const QJsonObject &definition) const
{
    const QString at = ComponentPlace::pointerOf(definition, offerType);
    fields.add(at, m_ui->offerCheckBox);
    fields.add(at + u"/limited_time_offer"_s, m_ui->offerTextLineEdit);
    fields.add(at + u"/limited_time_offer/text"_s, m_ui->offerTextLineEdit);
    fields.add(at + u"/limited_time_offer/has_expiration"_s, m_ui->expirationCheckBox);
}

QStringList BuilderOfferPage::ownPointers(const QJsonObject &definition) const
{
    return {ComponentPlace::pointerOf(definition, offerType)};
}

} // namespace Wac
