// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/templatecomposerpage.h"

#include "ui_templatecomposerpage.h"

#include "core/templates/templatecomponents.h"
#include "core/templates/templateslots.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/templatecomponenteditor.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// Equal as JSON text: 100990 and 100990.0 are the same number to Graph.
bool sameJson(const QJsonArray &a, const QJsonArray &b)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact)
        == QJsonDocument(b).toJson(QJsonDocument::Compact);
}

} // namespace

TemplateComposerPage::TemplateComposerPage(QWidget *parent)
    : ComposerPage(MessageType::Template, parent)
    , m_ui(std::make_unique<Ui::TemplateComposerPage>())
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItems({u"en_US"_s, u"en_GB"_s, u"en"_s, u"pt_BR"_s, u"pt_PT"_s,
        u"ru"_s, u"es"_s, u"es_MX"_s, u"de"_s, u"fr"_s, u"it"_s, u"id"_s, u"hi"_s, u"ar"_s});
    m_ui->componentsList->setTexts(tr("Component %1"), tr("Add co&mponent"));
    m_ui->componentsList->setFactory(
        [](QWidget *owner) { return new TemplateComponentEditor(owner); });
    watchList(m_ui->componentsList);
    watchFields();
    connect(
        m_ui->chooseButton, &QPushButton::clicked, this, &TemplateComposerPage::chooseRequested);
    connect(m_ui->modeButton, &QPushButton::clicked, this, &TemplateComposerPage::toggleMode);
    connect(m_ui->templateForm, &TemplateForm::changed, this, [this] { edited(); });
    connect(m_ui->templateForm, &TemplateForm::structureChanged, this, [this] {
        FieldText::watchEdits(m_ui->templateForm, this, [this] { edited(); });
        refreshFields();
        edited();
    });
    showMode();
}

TemplateComposerPage::~TemplateComposerPage() = default;

void TemplateComposerPage::setLookup(Lookup lookup)
{
    m_lookup = std::move(lookup);
    showMode();
}

std::optional<TemplateDefinition> TemplateComposerPage::lookUp() const
{
    if (!m_lookup)
        return std::nullopt;
    return m_lookup(FieldText::read(m_ui->nameLineEdit).value_or(QString()),
        FieldText::read(m_ui->languageComboBox).value_or(QString()));
}

void TemplateComposerPage::useDefinition(const TemplateDefinition &definition)
{
    const OutgoingMessage before = message();
    const QJsonObject sent = before.toJson().value(u"template").toObject();
    const bool same = sent.value(u"name").toString() == definition.name
        && sent.value(u"language").toObject().value(u"code").toString() == definition.language;
    m_definition = definition;
    if (!same)
        m_loaded = {};
    const TemplateDefinition shaped =
        same ? definition.withCardCount(TemplateSlots::cardsSent(sent)) : definition;
    m_ui->templateForm->setDefinition(shaped);
    if (same)
        m_ui->templateForm->setValues(TemplateSlots::read(shaped, sent));
    FieldText::watchEdits(m_ui->templateForm, this, [this] { edited(); });
    FieldText::show(m_ui->nameLineEdit, definition.name);
    FieldText::show(m_ui->languageComboBox, definition.language);
    showMode();
    refreshFields();
    edited();
}

void TemplateComposerPage::toggleMode()
{
    if (m_definition) {
        // By hand from here: the components the form made, as written.
        const QJsonArray components = TemplateComponents::spelledAs(
            m_ui->templateForm->templateObject().value(u"components").toArray(), m_loaded);
        m_definition.reset();
        m_ui->componentsList->load(components);
        showMode();
        refreshFields();
        edited();
    } else if (const std::optional<TemplateDefinition> found = lookUp()) {
        useDefinition(*found);
    }
}

void TemplateComposerPage::showMode()
{
    const bool form = m_definition.has_value();
    m_ui->templateForm->setVisible(form);
    m_ui->componentsLabel->setVisible(!form);
    m_ui->componentsList->setVisible(!form);
    m_ui->componentsHint->setVisible(!form);
    m_ui->nameLineEdit->setReadOnly(form);
    m_ui->languageComboBox->setEnabled(!form);
    if (form) {
        const TemplateDefinition &d = *m_definition;
        m_ui->definitionLabel->setText(
            tr("From the library: <b>%1</b> · %2 · %3 · <b>%4</b>")
                .arg(d.name.toHtmlEscaped(), d.language.toHtmlEscaped(), d.category.toHtmlEscaped(),
                    d.status.toHtmlEscaped()));
        m_ui->modeButton->setText(tr("Edit by &hand"));
        m_ui->modeButton->setToolTip(tr("Edit the components as JSON-shaped lists instead"));
        m_ui->modeButton->setVisible(true);
        return;
    }
    const bool known = lookUp().has_value();
    m_ui->definitionLabel->setText(known
            ? tr("The library has this template: use its form to fill the values.")
            : tr("Choose a template from the profile's library to fill it in a form made from "
                 "its definition."));
    m_ui->modeButton->setText(tr("Use its &form"));
    m_ui->modeButton->setToolTip(
        tr("Rebuild the components from the template's definition (values kept where they fit)"));
    m_ui->modeButton->setVisible(known);
}

QList<Diagnostic> TemplateComposerPage::formProblems() const
{
    QList<Diagnostic> out;
    if (m_definition)
        m_ui->templateForm->collectProblems(out);
    else
        m_ui->componentsList->collectProblems(out, u"/template/components"_s);
    return out;
}

void TemplateComposerPage::load(const OutgoingMessage &message)
{
    const QJsonObject sent = message.toJson().value(u"template").toObject();
    FieldText::show(m_ui->nameLineEdit, message.templatePayload().name);
    FieldText::show(m_ui->languageComboBox, message.templatePayload().languageCode);
    m_ui->componentsList->load(sent.value(u"components").toArray());
    m_definition.reset();
    m_loaded = sent.value(u"components").toArray();
    // The form is used only for a payload it reproduces exactly: anything else stays as
    // written, by hand, so that loading never rewrites what the user gave.
    if (const std::optional<TemplateDefinition> found = lookUp()) {
        const TemplateDefinition shaped = found->withCardCount(TemplateSlots::cardsSent(sent));
        const QList<TemplateParameter> values = TemplateSlots::read(shaped, sent);
        const QJsonObject rebuilt = TemplateSlots::build(shaped, values);
        if (sameJson(
                TemplateComponents::spelledAs(rebuilt.value(u"components").toArray(), m_loaded),
                m_loaded)
            && sent.contains(u"components") == rebuilt.contains(u"components")) {
            m_definition = found;
            m_ui->templateForm->setDefinition(shaped);
            m_ui->templateForm->setValues(values);
            FieldText::watchEdits(m_ui->templateForm, this, [this] { edited(); });
        }
    }
    showMode();
}

void TemplateComposerPage::store(OutgoingMessage &message) const
{
    TemplatePayload payload = message.templatePayload();
    payload.name = FieldText::read(m_ui->nameLineEdit).value_or(QString());
    payload.languageCode = FieldText::read(m_ui->languageComboBox).value_or(QString());
    message.setTemplatePayload(payload);
    const QJsonArray components = m_definition
        ? TemplateComponents::spelledAs(
            m_ui->templateForm->templateObject().value(u"components").toArray(), m_loaded)
        : m_ui->componentsList->toJson();
    writeArray(message, u"/template/components"_s, components);
}

void TemplateComposerPage::describeFields(FieldMap &fields) const
{
    fields.add(u"/template"_s, m_ui->nameLineEdit);
    fields.add(u"/template/name"_s, m_ui->nameLineEdit);
    fields.add(u"/template/language"_s, m_ui->languageComboBox);
    fields.add(u"/template/language/code"_s, m_ui->languageComboBox);
    if (m_definition) {
        fields.add(u"/template/components"_s, m_ui->templateForm);
        m_ui->templateForm->describeFields(fields);
    } else {
        m_ui->componentsList->describeFields(fields, u"/template/components"_s);
    }
}

} // namespace Wac
