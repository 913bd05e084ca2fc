// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/templatecomponenteditor.h"

#include "ui_templatecomponenteditor.h"

#include "core/payloads/templatepayload.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/templateparametereditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int noIndex = -1; ///< the spin box's "none"

} // namespace

TemplateComponentEditor::TemplateComponentEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::TemplateComponentEditor>())
{
    m_ui->setupUi(this);
    QComboBox *type = m_ui->typeComboBox;
    type->addItem(tr("Header"), u"header"_s);
    type->addItem(tr("Body"), u"body"_s);
    type->addItem(tr("Button"), u"button"_s);
    type->addItem(tr("Limited-time offer"), u"limited_time_offer"_s);
    type->addItem(tr("Carousel"), u"carousel"_s);
    QComboBox *sub = m_ui->subTypeComboBox;
    sub->setEditable(false);
    sub->addItem(tr("Quick reply"), u"quick_reply"_s);
    sub->addItem(tr("URL"), u"url"_s);
    sub->addItem(tr("Copy code"), u"copy_code"_s);
    sub->addItem(tr("Flow"), u"flow"_s);
    sub->addItem(tr("Catalog"), u"catalog"_s);
    sub->addItem(tr("Multi-product (mpm)"), u"mpm"_s);
    sub->addItem(tr("Voice call"), u"voice_call"_s);
    m_ui->parametersList->setTexts(tr("Parameter %1"), tr("Add &parameter"));
    m_ui->parametersList->setFactory(
        [](QWidget *owner) { return new TemplateParameterEditor(owner); });
    watchList(m_ui->parametersList);
    connect(type, &QComboBox::currentIndexChanged, this, &TemplateComponentEditor::updateRows);
    updateRows();
    watchFields();
}

TemplateComponentEditor::~TemplateComponentEditor() = default;

void TemplateComponentEditor::load(const QJsonObject &element)
{
    const TemplateComponent component = TemplateComponent::fromJson(element);
    {
        // A new component starts as the body, which most templates fill.
        const QSignalBlocker blocker(m_ui->typeComboBox);
        FieldText::showChoice(m_ui->typeComboBox, element.isEmpty() ? u"body"_s : component.type);
    }
    FieldText::showChoice(m_ui->subTypeComboBox, component.subType.value_or(QString()));
    m_ui->indexSpinBox->setValue(component.index.value_or(noIndex));
    // The spin box cannot show an index it does not allow (a "2" string, -5): while untouched,
    // the loaded value stands.
    m_ui->indexSpinBox->setProperty("wacShown", m_ui->indexSpinBox->value());
    m_ui->parametersList->load(element.value(u"parameters").toArray());
    updateRows();
}

QJsonObject TemplateComponentEditor::store(QJsonObject element) const
{
    TemplateComponent component = TemplateComponent::fromJson(element);
    component.type = FieldText::readChoice(m_ui->typeComboBox);
    if (component.type == u"button"_s) {
        const QString subType = FieldText::readChoice(m_ui->subTypeComboBox);
        component.subType = subType.isEmpty() ? std::nullopt : std::optional<QString>(subType);
        const int index = m_ui->indexSpinBox->value();
        if (index != m_ui->indexSpinBox->property("wacShown").toInt())
            component.index = index == noIndex ? std::nullopt : std::optional<int>(index);
    }
    element = component.toJson(element);
    writeArray(element, u"parameters"_s, m_ui->parametersList->toJson());
    return element;
}

void TemplateComponentEditor::collectProblems(QList<Diagnostic> &out, const QString &pointer) const
{
    m_ui->parametersList->collectProblems(out, pointer + u"/parameters"_s);
}

void TemplateComponentEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->typeComboBox);
    fields.add(pointer + u"/type"_s, m_ui->typeComboBox);
    fields.add(pointer + u"/sub_type"_s, m_ui->subTypeComboBox);
    fields.add(pointer + u"/index"_s, m_ui->indexSpinBox);
    m_ui->parametersList->describeFields(fields, pointer + u"/parameters"_s);
}

QWidget *TemplateComponentEditor::firstField() const
{
    return m_ui->typeComboBox;
}

void TemplateComponentEditor::updateRows()
{
    const bool button = FieldText::readChoice(m_ui->typeComboBox) == u"button"_s;
    m_ui->formLayout->setRowVisible(m_ui->subTypeComboBox, button);
    m_ui->formLayout->setRowVisible(m_ui->indexSpinBox, button);
}

} // namespace Wac
