// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/templateparametereditor.h"

#include "ui_templateparametereditor.h"

#include "core/payloads/templatepayload.h"
#include "widgets/composer/composerpage.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/fieldvalues.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

bool isMedia(const QString &type)
{
    return type == u"image"_s || type == u"document"_s || type == u"video"_s;
}

bool isObject(const QString &type)
{
    return type == u"product"_s || type == u"action"_s;
}

} // namespace

TemplateParameterEditor::TemplateParameterEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::TemplateParameterEditor>())
{
    m_ui->setupUi(this);
    QComboBox *type = m_ui->typeComboBox;
    type->addItem(tr("Text"), u"text"_s);
    type->addItem(tr("Currency"), u"currency"_s);
    type->addItem(tr("Date and time"), u"date_time"_s);
    type->addItem(tr("Image"), u"image"_s);
    type->addItem(tr("Video"), u"video"_s);
    type->addItem(tr("Document"), u"document"_s);
    type->addItem(tr("Location"), u"location"_s);
    type->addItem(tr("Product"), u"product"_s);
    type->addItem(tr("Button payload"), u"payload"_s);
    type->addItem(tr("Coupon code"), u"coupon_code"_s);
    type->addItem(tr("Action (flow, catalog)"), u"action"_s);
    type->addItem(tr("Call time to live"), u"ttl_minutes"_s);
    connect(type, &QComboBox::currentIndexChanged, this, &TemplateParameterEditor::updateRows);
    updateRows();
    watchFields();
}

TemplateParameterEditor::~TemplateParameterEditor() = default;

void TemplateParameterEditor::load(const QJsonObject &element)
{
    const TemplateParameter p = TemplateParameter::fromJson(element);
    {
        // A new parameter starts as text, the type most variables take.
        const QSignalBlocker blocker(m_ui->typeComboBox);
        FieldText::showChoice(m_ui->typeComboBox, element.isEmpty() ? u"text"_s : p.type);
    }
    FieldText::show(m_ui->parameterNameLineEdit, p.parameterName);
    FieldText::show(m_ui->textLineEdit, p.text);
    FieldText::show(m_ui->fallbackLineEdit, p.fallbackValue);
    FieldText::show(m_ui->currencyCodeLineEdit, p.currencyCode);
    FieldValues::showNumber(m_ui->amountLineEdit, p.amount1000);
    m_ui->mediaEditor->setMedia(p.media.id, p.media.link);
    FieldText::show(m_ui->filenameLineEdit, p.media.filename);
    FieldValues::showNumber(m_ui->latitudeLineEdit, p.location.latitude);
    FieldValues::showNumber(m_ui->longitudeLineEdit, p.location.longitude);
    FieldText::show(m_ui->locationNameLineEdit, p.location.name);
    FieldText::show(m_ui->locationAddressLineEdit, p.location.address);
    FieldText::show(m_ui->payloadLineEdit, p.payload);
    FieldText::show(m_ui->couponLineEdit, p.couponCode);
    FieldValues::showObject(m_ui->objectTextEdit,
        isObject(p.type) ? std::optional<QJsonObject>(p.object) : std::nullopt);
    FieldValues::showNumber(m_ui->ttlLineEdit, p.ttlMinutes);
    updateRows();
}

QJsonObject TemplateParameterEditor::store(QJsonObject element) const
{
    const QString type = FieldText::readChoice(m_ui->typeComboBox);
    TemplateParameter p = TemplateParameter::fromJson(element);
    if (type != p.type) {
        // Each type keeps its value under its own name ("text", "currency", ...).
        element.remove(p.type);
        p = TemplateParameter::fromJson(element);
        p.type = type;
    }
    p.parameterName = FieldText::read(m_ui->parameterNameLineEdit);
    if (type == u"text"_s) {
        p.text = FieldText::read(m_ui->textLineEdit);
    } else if (type == u"currency"_s || type == u"date_time"_s) {
        p.fallbackValue = FieldText::read(m_ui->fallbackLineEdit).value_or(QString());
        if (type == u"currency"_s) {
            p.currencyCode = FieldText::read(m_ui->currencyCodeLineEdit).value_or(QString());
            p.amount1000 = FieldValues::readNumber(m_ui->amountLineEdit).value;
        }
    } else if (isMedia(type)) {
        p.media.id = m_ui->mediaEditor->id();
        p.media.link = m_ui->mediaEditor->link();
        if (type == u"document"_s)
            p.media.filename = FieldText::read(m_ui->filenameLineEdit);
    } else if (type == u"location"_s) {
        p.location.latitude = FieldValues::readNumber(m_ui->latitudeLineEdit).value;
        p.location.longitude = FieldValues::readNumber(m_ui->longitudeLineEdit).value;
        p.location.name = FieldText::read(m_ui->locationNameLineEdit);
        p.location.address = FieldText::read(m_ui->locationAddressLineEdit);
    } else if (type == u"payload"_s) {
        p.payload = FieldText::read(m_ui->payloadLineEdit);
    } else if (type == u"coupon_code"_s) {
        p.couponCode = FieldText::read(m_ui->couponLineEdit);
    } else if (isObject(type)) {
        p.object = FieldValues::readObject(m_ui->objectTextEdit).value.value_or(QJsonObject());
    } else if (type == u"ttl_minutes"_s) {
        p.ttlMinutes = FieldValues::readNumber(m_ui->ttlLineEdit).value;
    }
    return p.toJson(element);
}

void TemplateParameterEditor::collectProblems(QList<Diagnostic> &out, const QString &pointer) const
{
    const QString type = FieldText::readChoice(m_ui->typeComboBox);
    const QString at = pointer + u'/' + type;
    if (type == u"currency"_s) {
        ComposerPage::addProblem(
            out, at + u"/amount_1000"_s, FieldValues::readNumber(m_ui->amountLineEdit).error);
    } else if (type == u"location"_s) {
        ComposerPage::addProblem(
            out, at + u"/latitude"_s, FieldValues::readNumber(m_ui->latitudeLineEdit).error);
        ComposerPage::addProblem(
            out, at + u"/longitude"_s, FieldValues::readNumber(m_ui->longitudeLineEdit).error);
    } else if (isObject(type)) {
        ComposerPage::addProblem(out, at, FieldValues::readObject(m_ui->objectTextEdit).error);
    } else if (type == u"ttl_minutes"_s) {
        ComposerPage::addProblem(out, at, FieldValues::readNumber(m_ui->ttlLineEdit).error);
    }
}

void TemplateParameterEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    const auto at = [&pointer](const QString &path) { return pointer + path; };
    fields.add(pointer, m_ui->typeComboBox);
    fields.add(at(u"/type"_s), m_ui->typeComboBox);
    fields.add(at(u"/parameter_name"_s), m_ui->parameterNameLineEdit);
    fields.add(at(u"/text"_s), m_ui->textLineEdit);
    fields.add(at(u"/currency"_s), m_ui->fallbackLineEdit);
    fields.add(at(u"/currency/fallback_value"_s), m_ui->fallbackLineEdit);
    fields.add(at(u"/currency/code"_s), m_ui->currencyCodeLineEdit);
    fields.add(at(u"/currency/amount_1000"_s), m_ui->amountLineEdit);
    fields.add(at(u"/date_time"_s), m_ui->fallbackLineEdit);
    fields.add(at(u"/date_time/fallback_value"_s), m_ui->fallbackLineEdit);
    for (const QString &kind : {u"image"_s, u"video"_s, u"document"_s}) {
        fields.add(at(u'/' + kind), m_ui->mediaEditor);
        fields.add(at(u'/' + kind + u"/id"_s), m_ui->mediaEditor->idField());
        fields.add(at(u'/' + kind + u"/link"_s), m_ui->mediaEditor->linkField());
        fields.add(at(u'/' + kind + u"/filename"_s), m_ui->filenameLineEdit);
    }
    fields.add(at(u"/location"_s), m_ui->latitudeLineEdit);
    fields.add(at(u"/location/latitude"_s), m_ui->latitudeLineEdit);
    fields.add(at(u"/location/longitude"_s), m_ui->longitudeLineEdit);
    fields.add(at(u"/location/name"_s), m_ui->locationNameLineEdit);
    fields.add(at(u"/location/address"_s), m_ui->locationAddressLineEdit);
    fields.add(at(u"/payload"_s), m_ui->payloadLineEdit);
    fields.add(at(u"/coupon_code"_s), m_ui->couponLineEdit);
    fields.add(at(u"/product"_s), m_ui->objectTextEdit);
    fields.add(at(u"/action"_s), m_ui->objectTextEdit);
    fields.add(at(u"/ttl_minutes"_s), m_ui->ttlLineEdit);
}

QWidget *TemplateParameterEditor::firstField() const
{
    return m_ui->typeComboBox;
}

void TemplateParameterEditor::updateRows()
{
    const QString type = FieldText::readChoice(m_ui->typeComboBox);
    QFormLayout *form = m_ui->formLayout;
    form->setRowVisible(m_ui->textLineEdit, type == u"text"_s);
    form->setRowVisible(m_ui->fallbackLineEdit, type == u"currency"_s || type == u"date_time"_s);
    form->setRowVisible(m_ui->currencyCodeLineEdit, type == u"currency"_s);
    form->setRowVisible(m_ui->amountLineEdit, type == u"currency"_s);
    form->setRowVisible(m_ui->mediaEditor, isMedia(type));
    form->setRowVisible(m_ui->filenameLineEdit, type == u"document"_s);
    for (QLineEdit *field : {m_ui->latitudeLineEdit, m_ui->longitudeLineEdit,
             m_ui->locationNameLineEdit, m_ui->locationAddressLineEdit})
        form->setRowVisible(field, type == u"location"_s);
    form->setRowVisible(m_ui->payloadLineEdit, type == u"payload"_s);
    form->setRowVisible(m_ui->couponLineEdit, type == u"coupon_code"_s);
    form->setRowVisible(m_ui->objectTextEdit, isObject(type));
    form->setRowVisible(m_ui->ttlLineEdit, type == u"ttl_minutes"_s);
    m_ui->mediaEditor->setMediaKind(type);
}

} // namespace Wac
