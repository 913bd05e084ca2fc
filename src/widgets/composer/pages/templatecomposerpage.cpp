// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/templatecomposerpage.h"

#include "ui_templatecomposerpage.h"

#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/templatecomponenteditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

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
}

TemplateComposerPage::~TemplateComposerPage() = default;

QList<Diagnostic> TemplateComposerPage::formProblems() const
{
    QList<Diagnostic> out;
    m_ui->componentsList->collectProblems(out, u"/template/components"_s);
    return out;
}

void TemplateComposerPage::load(const OutgoingMessage &message)
{
    const TemplatePayload payload = message.templatePayload();
    FieldText::show(m_ui->nameLineEdit, payload.name);
    FieldText::show(m_ui->languageComboBox, payload.languageCode);
    m_ui->componentsList->load(
        message.toJson().value(u"template").toObject().value(u"components").toArray());
}

void TemplateComposerPage::store(OutgoingMessage &message) const
{
    TemplatePayload payload = message.templatePayload();
    payload.name = FieldText::read(m_ui->nameLineEdit).value_or(QString());
    payload.languageCode = FieldText::read(m_ui->languageComboBox).value_or(QString());
    message.setTemplatePayload(payload);
    writeArray(message, u"/template/components"_s, m_ui->componentsList->toJson());
}

void TemplateComposerPage::describeFields(FieldMap &fields) const
{
    fields.add(u"/template"_s, m_ui->nameLineEdit);
    fields.add(u"/template/name"_s, m_ui->nameLineEdit);
    fields.add(u"/template/language"_s, m_ui->languageComboBox);
    fields.add(u"/template/language/code"_s, m_ui->languageComboBox);
    m_ui->componentsList->describeFields(fields, u"/template/components"_s);
}

} // namespace Wac
