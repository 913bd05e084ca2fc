// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderauthenticationpage.h"

#include "ui_builderauthenticationpage.h"

#include "core/templates/componentplace.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/formstyle.h"
#include "widgets/templatebuilder/builderbuttoneditor.h"
#include "widgets/templatebuilder/builderjson.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const auto bodyType = u"BODY";
const auto footerType = u"FOOTER";
const auto otpButtonsType = u"BUTTONS";

/// `component` with its type added when it was new, or nothing when only its type is left.
QJsonObject completed(QJsonObject component, const QString &type)
{
    component.remove(u"type"_s);
    if (component.isEmpty())
        return {};
    component.insert(u"type", type);
    return component;
}

} // namespace

BuilderAuthenticationPage::BuilderAuthenticationPage(QWidget *parent)
    : BuilderFieldsPage(parent)
    , m_ui(std::make_unique<Ui::BuilderAuthenticationPage>())
{
    m_ui->setupUi(this);
    FormStyle::polish(this);
    FormStyle::alignForms(this);
    m_ui->otpEditor->setTypes({u"OTP"_s});
    m_ui->otpEditor->setElement({});
    connect(m_ui->securityCheckBox, &QCheckBox::toggled, this, &BuilderPage::changed);
    connect(m_ui->expirationSpinBox, &QSpinBox::valueChanged, this, &BuilderPage::changed);
    connect(m_ui->otpEditor, &ItemEditor::changed, this, &BuilderPage::changed);
}

BuilderAuthenticationPage::~BuilderAuthenticationPage() = default;

void BuilderAuthenticationPage::load(const QJsonObject &definition)
{
    const QSignalBlocker blocker(this);
    const QJsonObject body = ComponentPlace::find(definition, bodyType);
    FieldText::show(
        m_ui->securityCheckBox, BuilderJson::flag(body, u"add_security_recommendation"_s));
    const QJsonObject footer = ComponentPlace::find(definition, footerType);
    {
        const QSignalBlocker spin(m_ui->expirationSpinBox);
        m_ui->expirationSpinBox->setValue(footer.value(u"code_expiration_minutes").toInt());
    }
    m_shownExpiration = m_ui->expirationSpinBox->value();
    const QJsonObject buttons = ComponentPlace::find(definition, otpButtonsType);
    const QSignalBlocker editor(m_ui->otpEditor);
    m_ui->otpEditor->setElement(buttons.value(u"buttons").toArray().at(0).toObject());
}

void BuilderAuthenticationPage::store(QJsonObject &definition) const
{
    QJsonObject body = ComponentPlace::find(definition, bodyType);
    BuilderJson::writeFlag(body, u"add_security_recommendation"_s, m_ui->securityCheckBox);
    if (!ComponentPlace::find(definition, bodyType).isEmpty() || !completed(body, {}).isEmpty())
        ComponentPlace::put(definition, bodyType, completed(body, u"BODY"_s));

    QJsonObject footer = ComponentPlace::find(definition, footerType);
    const int minutes = m_ui->expirationSpinBox->value();
    if (minutes != m_shownExpiration) {
        if (minutes > 0)
            footer.insert(u"code_expiration_minutes", minutes);
        else
            footer.remove(u"code_expiration_minutes");
        ComponentPlace::put(definition, footerType, completed(footer, u"FOOTER"_s));
    }

    // An authentication template has its one OTP button: a new one gets it at once.
    QJsonObject buttons = ComponentPlace::find(definition, otpButtonsType);
    QJsonArray list = buttons.value(u"buttons").toArray();
    const QJsonObject otp = m_ui->otpEditor->toJson();
    if (list.isEmpty())
        list.append(otp);
    else
        list.replace(0, otp);
    if (buttons.value(u"buttons") != QJsonValue(list)) {
        buttons.insert(u"buttons", list);
        ComponentPlace::put(definition, otpButtonsType, completed(buttons, u"BUTTONS"_s));
    }
}

void BuilderAuthenticationPage::describeFields(
    FieldMap &fields, const QJsonObject &definition) const
{
    const QString body = ComponentPlace::pointerOf(definition, bodyType);
    fields.add(body, m_ui->securityCheckBox);
    fields.add(body + u"/add_security_recommendation"_s, m_ui->securityCheckBox);
    const QString footer = ComponentPlace::pointerOf(definition, footerType);
    fields.add(footer, m_ui->expirationSpinBox);
    fields.add(footer + u"/code_expiration_minutes"_s, m_ui->expirationSpinBox);
    const QString buttons = ComponentPlace::pointerOf(definition, otpButtonsType);
    fields.add(buttons, m_ui->otpEditor->firstField());
    fields.add(buttons + u"/buttons"_s, m_ui->otpEditor->firstField());
    m_ui->otpEditor->describeFields(fields, buttons + u"/buttons/0"_s);
}

QStringList BuilderAuthenticationPage::ownPointers(const QJsonObject &definition) const
{
    return {ComponentPlace::pointerOf(definition, bodyType),
        ComponentPlace::pointerOf(definition, footerType),
        ComponentPlace::pointerOf(definition, otpButtonsType)};
}

} // namespace Wac
