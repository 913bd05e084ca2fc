// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderbuttoneditor.h"

#include "ui_builderbuttoneditor.h"

#include "core/templates/buttontypes.h"
#include "core/textlength.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/repeatedlist.h"
#include "widgets/templatebuilder/builderappeditor.h"
#include "widgets/templatebuilder/builderjson.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// Meta's limits for a template button (cloud-api-reference.md §5.1, cloud-api-2026.md §1.6).
constexpr qsizetype maxText = 25;
constexpr qsizetype maxUrl = 2000;
constexpr qsizetype maxPhone = 20;
constexpr qsizetype maxCode = 20;
/// Apps of a one-tap or zero-tap button (Meta's authentication templates page).
constexpr int maxApps = 5;

/// The keys each type's fields write: they go when the user chooses another type.
const QStringList &typeKeys()
{
    static const QStringList keys = {u"text"_s, u"url"_s, u"example"_s, u"phone_number"_s,
        u"flow_id"_s, u"flow_name"_s, u"navigate_screen"_s, u"flow_action"_s, u"otp_type"_s,
        u"autofill_text"_s, u"supported_apps"_s, u"zero_tap_terms_accepted"_s, u"ttl_minutes"_s};
    return keys;
}

} // namespace

BuilderButtonEditor::BuilderButtonEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::BuilderButtonEditor>())
{
    m_ui->setupUi(this);
    m_ui->flowActionComboBox->addItem(tr("(not set)"), QString());
    m_ui->flowActionComboBox->addItem(tr("Navigate to a screen"), u"navigate"_s);
    m_ui->flowActionComboBox->addItem(tr("Data exchange"), u"data_exchange"_s);
    m_ui->otpTypeComboBox->addItem(tr("Copy code"), u"COPY_CODE"_s);
    m_ui->otpTypeComboBox->addItem(tr("One-tap autofill"), u"ONE_TAP"_s);
    m_ui->otpTypeComboBox->addItem(tr("Zero-tap"), u"ZERO_TAP"_s);
    m_ui->appsList->setCompact(true);
    m_ui->appsList->setTexts(tr("App %1"), tr("Add &app"));
    m_ui->appsList->setMaximum(maxApps);
    m_ui->appsList->setLimitTexts(tr("A button names at most %1 apps.").arg(maxApps), QString());
    m_ui->appsList->setFactory([](QWidget *owner) { return new BuilderAppEditor(owner); });
    setTypes(ButtonTypes::all());
    for (QComboBox *box : {m_ui->typeComboBox, m_ui->otpTypeComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { updateRows(); });
    // One-tap and zero-tap need an app: choosing them offers its row at once.
    connect(m_ui->otpTypeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading && FieldText::readChoice(m_ui->otpTypeComboBox) != u"COPY_CODE"_s
            && m_ui->appsList->count() == 0)
            m_ui->appsList->append();
    });
    watchList(m_ui->appsList);
    connect(m_ui->urlLineEdit, &QLineEdit::textChanged, this, [this] { updateRows(); });
    watchFields();
    connect(this, &ItemEditor::changed, this, [this] { updateCounts(); });
    updateRows();
}

BuilderButtonEditor::~BuilderButtonEditor() = default;

void BuilderButtonEditor::setTypes(const QStringList &types)
{
    const QString keep = FieldText::readChoice(m_ui->typeComboBox);
    m_types = types;
    const QSignalBlocker blocker(m_ui->typeComboBox);
    m_ui->typeComboBox->clear();
    for (const QString &type : types)
        m_ui->typeComboBox->addItem(ButtonTypes::title(type), type);
    FieldText::showChoice(m_ui->typeComboBox, keep.isEmpty() ? types.value(0) : keep);
    m_ui->typeComboBox->setEnabled(types.size() > 1);
    updateRows();
}

void BuilderButtonEditor::setFullTypes(const QHash<QString, QString> &full)
{
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->typeComboBox->model());
    const QString own = currentType();
    for (int i = 0; model && i < model->rowCount(); ++i) {
        QStandardItem *item = model->item(i);
        const QString type = item->data(Qt::UserRole).toString();
        const bool blocked = type != own && full.contains(type);
        item->setEnabled(!blocked);
        item->setToolTip(blocked ? full.value(type) : QString());
    }
}

QString BuilderButtonEditor::currentType() const
{
    return FieldText::readChoice(m_ui->typeComboBox);
}

void BuilderButtonEditor::load(const QJsonObject &element)
{
    m_loading = true;
    const auto loaded = qScopeGuard([this] { m_loading = false; });
    const QString type = element.value(u"type").toString();
    // Meta's creation examples spell types in lower case: the box shows the known type.
    const QString known = type.toUpper();
    FieldText::showChoice(m_ui->typeComboBox,
        type.isEmpty() ? m_types.value(0)
                       : (m_ui->typeComboBox->findData(known) >= 0 ? known : type));
    m_shownType = currentType();
    FieldText::show(m_ui->textLineEdit, BuilderJson::text(element, u"text"_s));
    FieldText::show(m_ui->urlLineEdit, BuilderJson::text(element, u"url"_s));
    const QJsonValue example = element.value(u"example");
    FieldText::show(m_ui->urlExampleLineEdit, BuilderJson::text(example.toArray(), 0));
    FieldText::show(m_ui->codeExampleLineEdit,
        example.isString() ? std::optional<QString>(example.toString()) : std::nullopt);
    FieldText::show(m_ui->phoneLineEdit, BuilderJson::text(element, u"phone_number"_s));
    FieldText::show(m_ui->flowIdLineEdit, BuilderJson::text(element, u"flow_id"_s));
    FieldText::show(m_ui->flowNameLineEdit, BuilderJson::text(element, u"flow_name"_s));
    FieldText::show(m_ui->navigateScreenLineEdit, BuilderJson::text(element, u"navigate_screen"_s));
    FieldText::showChoice(m_ui->flowActionComboBox, element.value(u"flow_action").toString());
    m_shownAction = FieldText::readChoice(m_ui->flowActionComboBox);
    const QString otp = element.value(u"otp_type").toString();
    FieldText::showChoice(m_ui->otpTypeComboBox, otp.isEmpty() ? u"COPY_CODE"_s : otp);
    m_shownOtp = FieldText::readChoice(m_ui->otpTypeComboBox);
    FieldText::show(m_ui->autofillTextLineEdit, BuilderJson::text(element, u"autofill_text"_s));
    {
        const QSignalBlocker apps(m_ui->appsList);
        m_ui->appsList->load(element.value(u"supported_apps").toArray());
    }
    FieldText::show(
        m_ui->zeroTapCheckBox, BuilderJson::flag(element, u"zero_tap_terms_accepted"_s));
    m_ui->ttlSpinBox->setValue(element.value(u"ttl_minutes").toInt());
    m_shownTtl = m_ui->ttlSpinBox->value();
    updateRows();
    updateCounts();
}

QJsonObject BuilderButtonEditor::store(QJsonObject element) const
{
    const QString type = currentType();
    const bool fresh = !element.contains(u"type");
    const bool retyped = type != m_shownType;
    if (retyped) {
        for (const QString &key : typeKeys())
            element.remove(key);
    }
    if (fresh || retyped)
        element.insert(u"type", type);
    storeFields(element, fresh || retyped);
    return element;
}

void BuilderButtonEditor::storeFields(QJsonObject &element, bool all) const
{
    const QString type = currentType();
    if (!m_ui->textLineEdit->isHidden())
        BuilderJson::writeText(element, u"text"_s, m_ui->textLineEdit);
    if (type == u"URL"_s) {
        BuilderJson::writeText(element, u"url"_s, m_ui->urlLineEdit);
        const std::optional<QString> example = FieldText::read(m_ui->urlExampleLineEdit);
        const bool wanted = !m_ui->urlExampleLineEdit->isHidden() && example && !example->isEmpty();
        if (FieldText::isTouched(m_ui->urlExampleLineEdit)
            || FieldText::isTouched(m_ui->urlLineEdit)) {
            if (wanted)
                element.insert(u"example", QJsonArray {*example});
            else
                element.remove(u"example");
        }
    } else if (type == u"PHONE_NUMBER"_s) {
        BuilderJson::writeText(element, u"phone_number"_s, m_ui->phoneLineEdit);
    } else if (type == u"COPY_CODE"_s) {
        BuilderJson::writeText(element, u"example"_s, m_ui->codeExampleLineEdit);
    } else if (type == u"FLOW"_s) {
        BuilderJson::writeText(element, u"flow_id"_s, m_ui->flowIdLineEdit);
        BuilderJson::writeText(element, u"flow_name"_s, m_ui->flowNameLineEdit);
        BuilderJson::writeText(element, u"navigate_screen"_s, m_ui->navigateScreenLineEdit);
        const QString action = FieldText::readChoice(m_ui->flowActionComboBox);
        if (all || action != m_shownAction)
            BuilderJson::writeChoice(element, u"flow_action"_s, action);
    } else if (type == u"OTP"_s) {
        storeOtp(element, all);
    } else if (type == u"VOICE_CALL"_s) {
        const int ttl = m_ui->ttlSpinBox->value();
        if (ttl != m_shownTtl || (all && ttl > 0)) {
            if (ttl > 0)
                element.insert(u"ttl_minutes", ttl);
            else
                element.remove(u"ttl_minutes");
        }
    }
}

void BuilderButtonEditor::storeOtp(QJsonObject &element, bool all) const
{
    const QString otp = FieldText::readChoice(m_ui->otpTypeComboBox);
    if (all || otp != m_shownOtp)
        element.insert(u"otp_type", otp);
    if (otp == u"COPY_CODE"_s) {
        // A copy-code button has no app: what one-tap or zero-tap wrote goes with the choice.
        if (otp != m_shownOtp) {
            for (const auto key : {u"autofill_text", u"supported_apps", u"zero_tap_terms_accepted"})
                element.remove(key);
        }
        return;
    }
    BuilderJson::writeText(element, u"autofill_text"_s, m_ui->autofillTextLineEdit);
    writeArray(element, u"supported_apps"_s, m_ui->appsList->toJson());
    if (otp == u"ZERO_TAP"_s)
        BuilderJson::writeFlag(element, u"zero_tap_terms_accepted"_s, m_ui->zeroTapCheckBox);
}

void BuilderButtonEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    const QString type = currentType();
    fields.add(pointer, firstField());
    fields.add(pointer + u"/type"_s, m_ui->typeComboBox);
    fields.add(pointer + u"/text"_s, m_ui->textLineEdit);
    fields.add(pointer + u"/url"_s, m_ui->urlLineEdit);
    QWidget *example =
        type == u"COPY_CODE"_s ? m_ui->codeExampleLineEdit : m_ui->urlExampleLineEdit;
    fields.add(pointer + u"/example"_s, example);
    fields.add(pointer + u"/example/0"_s, example);
    fields.add(pointer + u"/phone_number"_s, m_ui->phoneLineEdit);
    fields.add(pointer + u"/flow_id"_s, m_ui->flowIdLineEdit);
    fields.add(pointer + u"/flow_name"_s, m_ui->flowNameLineEdit);
    fields.add(pointer + u"/navigate_screen"_s, m_ui->navigateScreenLineEdit);
    fields.add(pointer + u"/flow_action"_s, m_ui->flowActionComboBox);
    fields.add(pointer + u"/otp_type"_s, m_ui->otpTypeComboBox);
    fields.add(pointer + u"/autofill_text"_s, m_ui->autofillTextLineEdit);
    m_ui->appsList->describeFields(fields, pointer + u"/supported_apps"_s);
    fields.add(pointer + u"/zero_tap_terms_accepted"_s, m_ui->zeroTapCheckBox);
    fields.add(pointer + u"/ttl_minutes"_s, m_ui->ttlSpinBox);
}

QWidget *BuilderButtonEditor::firstField() const
{
    return m_ui->typeComboBox->isEnabled() ? static_cast<QWidget *>(m_ui->typeComboBox)
                                           : m_ui->otpTypeComboBox;
}

void BuilderButtonEditor::updateRows()
{
    const QString type = currentType();
    const QString otp = FieldText::readChoice(m_ui->otpTypeComboBox);
    const bool app = type == u"OTP"_s && otp != u"COPY_CODE"_s;
    QFormLayout *form = m_ui->formLayout;
    form->setRowVisible(m_ui->typeComboBox, m_ui->typeComboBox->isEnabled() || type != u"OTP"_s);
    form->setRowVisible(
        m_ui->textLineEdit, type != u"COPY_CODE"_s && type != u"REQUEST_CONTACT_INFO"_s);
    form->setRowVisible(m_ui->urlLineEdit, type == u"URL"_s);
    // Meta takes one variable, at the end of the URL: only then is an example asked for.
    form->setRowVisible(m_ui->urlExampleLineEdit,
        type == u"URL"_s && m_ui->urlLineEdit->text().trimmed().endsWith(u"}}"_s));
    form->setRowVisible(m_ui->phoneLineEdit, type == u"PHONE_NUMBER"_s);
    form->setRowVisible(m_ui->codeExampleLineEdit, type == u"COPY_CODE"_s);
    for (QWidget *flow : std::initializer_list<QWidget *> {m_ui->flowIdLineEdit,
             m_ui->flowNameLineEdit, m_ui->navigateScreenLineEdit, m_ui->flowActionComboBox})
        form->setRowVisible(flow, type == u"FLOW"_s);
    form->setRowVisible(m_ui->otpTypeComboBox, type == u"OTP"_s);
    for (QWidget *field : {static_cast<QWidget *>(m_ui->autofillTextLineEdit),
             static_cast<QWidget *>(m_ui->appsList)})
        form->setRowVisible(field, app);
    form->setRowVisible(m_ui->zeroTapCheckBox, app && otp == u"ZERO_TAP"_s);
    form->setRowVisible(m_ui->ttlSpinBox, type == u"VOICE_CALL"_s);
    const QString hint = ButtonTypes::note(type);
    m_ui->typeHintLabel->setText(hint);
    form->setRowVisible(m_ui->typeHintLabel, !hint.isEmpty());
}

void BuilderButtonEditor::updateCounts()
{
    const auto count = [](QLineEdit *edit, qsizetype limit) {
        FieldAssist::setCount(edit, TextLength::graphemes(edit->text()), limit);
    };
    count(m_ui->textLineEdit, maxText);
    count(m_ui->autofillTextLineEdit, maxText);
    count(m_ui->urlLineEdit, maxUrl);
    count(m_ui->phoneLineEdit, maxPhone);
    count(m_ui->codeExampleLineEdit, maxCode);
}

} // namespace Wac
