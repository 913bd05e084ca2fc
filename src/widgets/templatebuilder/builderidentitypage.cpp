// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderidentitypage.h"

#include "ui_builderidentitypage.h"

#include "core/templates/variableformat.h"
#include "widgets/composer/fieldtext.h"

#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

/// The codes most templates are written in; any other can be typed.
const QStringList &commonLanguages()
{
    static const QStringList codes {u"en_US"_s, u"en"_s, u"en_GB"_s, u"es"_s, u"es_MX"_s,
        u"pt_BR"_s, u"pt_PT"_s, u"fr"_s, u"de"_s, u"it"_s, u"ru"_s, u"id"_s, u"hi"_s, u"ar"_s,
        u"tr"_s, u"zh_CN"_s};
    return codes;
}

} // namespace

BuilderIdentityPage::BuilderIdentityPage(QWidget *parent)
    : BuilderPage(parent)
    , m_ui(std::make_unique<Ui::BuilderIdentityPage>())
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItems(commonLanguages());
    m_ui->categoryComboBox->addItem(tr("Marketing"), u"MARKETING"_s);
    m_ui->categoryComboBox->addItem(tr("Utility"), u"UTILITY"_s);
    m_ui->categoryComboBox->addItem(tr("Authentication"), u"AUTHENTICATION"_s);
    m_ui->formatComboBox->addItem(tr("Numbered: {{1}}, {{2}}"), u"POSITIONAL"_s);
    m_ui->formatComboBox->addItem(tr("Named: {{first_name}}"), u"NAMED"_s);
    m_fields.add(u"/name"_s, m_ui->nameLineEdit);
    m_fields.add(u"/language"_s, m_ui->languageComboBox);
    m_fields.add(u"/category"_s, m_ui->categoryComboBox);
    m_fields.add(u"/parameter_format"_s, m_ui->formatComboBox);
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, &BuilderPage::changed);
    connect(m_ui->languageComboBox, &QComboBox::currentTextChanged, this, &BuilderPage::changed);
    for (QComboBox *combo : {m_ui->categoryComboBox, m_ui->formatComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &BuilderPage::changed);
}

BuilderIdentityPage::~BuilderIdentityPage() = default;

void BuilderIdentityPage::load(const QJsonObject &definition)
{
    const QSignalBlocker names(m_ui->nameLineEdit);
    const QSignalBlocker languages(m_ui->languageComboBox);
    const QSignalBlocker categories(m_ui->categoryComboBox);
    const QSignalBlocker formats(m_ui->formatComboBox);
    m_ui->nameLineEdit->setText(definition.value(u"name").toString());
    m_ui->languageComboBox->setCurrentText(definition.value(u"language").toString());
    // A definition without a category shows an empty choice: the check names it.
    FieldText::showChoice(m_ui->categoryComboBox, definition.value(u"category").toString());
    // Meta's 2026 examples write "named": the case is kept, the choice is the same.
    m_storedFormat = definition.value(u"parameter_format").toString().toUpper();
    FieldText::showChoice(
        m_ui->formatComboBox, m_storedFormat.isEmpty() ? u"POSITIONAL"_s : m_storedFormat);
}

void BuilderIdentityPage::store(QJsonObject &definition) const
{
    definition.insert(u"name"_s, m_ui->nameLineEdit->text());
    definition.insert(u"language"_s, m_ui->languageComboBox->currentText().trimmed());
    definition.insert(u"category"_s, m_ui->categoryComboBox->currentData().toString());
    const QString format = m_ui->formatComboBox->currentData().toString();
    // A definition without the key is positional (Graph's default): it stays without it
    // until the user picks another format.
    if (format != (m_storedFormat.isEmpty() ? u"POSITIONAL"_s : m_storedFormat)) {
        definition = VariableFormat::converted(definition, format == u"NAMED"_s);
        m_storedFormat = format;
    }
}

void BuilderIdentityPage::showFindings(
    const QList<Diagnostic> &findings, const QJsonObject &definition)
{
    m_fields.show(findings, definition);
}

bool BuilderIdentityPage::focusPointer(const QString &pointer, const QJsonObject &definition)
{
    return m_fields.focus(pointer, definition);
}

void BuilderIdentityPage::setEditing(bool editing)
{
    const QString why = editing
        ? tr("A template's name, language and variable format cannot change once created; "
             "create a new template for another one.")
        : QString();
    m_ui->nameLineEdit->setReadOnly(editing);
    m_ui->languageComboBox->setEnabled(!editing);
    m_ui->formatComboBox->setEnabled(!editing);
    for (QWidget *field :
        {static_cast<QWidget *>(m_ui->nameLineEdit), static_cast<QWidget *>(m_ui->languageComboBox),
            static_cast<QWidget *>(m_ui->formatComboBox)})
        field->setToolTip(why);
}

} // namespace Wac
