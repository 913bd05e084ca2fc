// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderheaderpage.h"

#include "ui_builderheaderpage.h"

#include "core/templates/componentplace.h"
#include "core/templates/templatedefinition.h"
#include "core/templates/variableformat.h"
#include "core/textlength.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldtext.h"

#include <QJsonArray>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qsizetype headerLimit = 60; // Meta's limit for a text header (reference §5.1)

bool isMedia(const QString &format)
{
    return format == u"IMAGE"_s || format == u"VIDEO"_s || format == u"DOCUMENT"_s;
}

} // namespace

BuilderHeaderPage::BuilderHeaderPage(QWidget *parent)
    : BuilderPage(parent)
    , m_ui(std::make_unique<Ui::BuilderHeaderPage>())
{
    m_ui->setupUi(this);
    m_ui->formatComboBox->addItem(tr("None"), QString());
    m_ui->formatComboBox->addItem(tr("Text"), u"TEXT"_s);
    m_ui->formatComboBox->addItem(tr("Image"), u"IMAGE"_s);
    m_ui->formatComboBox->addItem(tr("Video"), u"VIDEO"_s);
    m_ui->formatComboBox->addItem(tr("Document"), u"DOCUMENT"_s);
    m_ui->formatComboBox->addItem(tr("Location"), u"LOCATION"_s);
    m_fields.add(QString(), m_ui->formatComboBox);
    m_fields.add(u"/format"_s, m_ui->formatComboBox);
    m_fields.add(u"/text"_s, m_ui->textLineEdit);
    m_fields.add(u"/example/header_text"_s, m_ui->exampleLineEdit);
    m_fields.add(u"/example/header_text_named_params"_s, m_ui->exampleLineEdit);
    m_fields.add(u"/example/header_handle"_s, m_ui->handleLineEdit);
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        Q_EMIT changed();
    });
    for (QLineEdit *edit : {m_ui->textLineEdit, m_ui->exampleLineEdit, m_ui->handleLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &BuilderPage::changed);
    connect(m_ui->textLineEdit, &QLineEdit::textChanged, this, &BuilderHeaderPage::showKind);
    showKind();
}

BuilderHeaderPage::~BuilderHeaderPage() = default;

void BuilderHeaderPage::showKind()
{
    const QString format = m_ui->formatComboBox->currentData().toString();
    const bool text = format == u"TEXT"_s;
    const bool withVariable =
        text && !TemplateDefinition::variablesIn(m_ui->textLineEdit->text()).isEmpty();
    m_ui->formLayout->setRowVisible(m_ui->textLineEdit, text);
    m_ui->formLayout->setRowVisible(m_ui->exampleLineEdit, withVariable);
    m_ui->formLayout->setRowVisible(m_ui->handleLineEdit, isMedia(format));
    m_ui->hintLabel->setText(format == u"LOCATION"_s
            ? tr("The location is given with each send; the template has no example for it.")
            : isMedia(format)
            ? tr("Each send gives its own file; the example is only for Meta's review.")
            : QString());
    if (text)
        FieldAssist::setCount(
            m_ui->textLineEdit, TextLength::graphemes(m_ui->textLineEdit->text()), headerLimit);
}

void BuilderHeaderPage::load(const QJsonObject &definition)
{
    m_loaded = ComponentPlace::find(definition, u"HEADER");
    m_named = definition.value(u"parameter_format").toString().toUpper() == u"NAMED"_s;
    const TemplateDefinition d = TemplateDefinition::fromJson(definition);
    const QSignalBlocker blocker(m_ui->formatComboBox);
    QString format = m_loaded.value(u"format").toString().toUpper();
    // Meta's own call permission example writes a text header without its format.
    if (format.isEmpty() && m_loaded.contains(u"text"))
        format = u"TEXT"_s;
    // A kind this page does not edit (PRODUCT) is shown, and kept as it is.
    FieldText::showChoice(m_ui->formatComboBox, m_loaded.isEmpty() ? QString() : format);
    m_ui->textLineEdit->setText(m_loaded.value(u"text").toString());
    m_ui->exampleLineEdit->setText(d.headerExamples.value(0));
    m_ui->handleLineEdit->setText(d.headerExampleMedia);
    m_shown = shown();
    showKind();
}

QStringList BuilderHeaderPage::shown() const
{
    return {m_ui->formatComboBox->currentData().toString(), m_ui->textLineEdit->text(),
        m_ui->exampleLineEdit->text(), m_ui->handleLineEdit->text()};
}

void BuilderHeaderPage::store(QJsonObject &definition) const
{
    const QString format = m_ui->formatComboBox->currentData().toString();
    if (format.isEmpty()) {
        ComponentPlace::put(definition, u"HEADER", {});
        return;
    }
    // Untouched, the header is written back as it came, in whatever spelling it used.
    if (!m_loaded.isEmpty() && shown() == m_shown) {
        ComponentPlace::put(definition, u"HEADER", m_loaded);
        return;
    }
    QJsonObject header = m_shown.value(0) == format
        ? m_loaded
        : QJsonObject {{u"type"_s, u"HEADER"_s}, {u"format"_s, format}};
    QJsonObject example = header.value(u"example").toObject();
    if (format == u"TEXT"_s) {
        const QString text = m_ui->textLineEdit->text();
        header.insert(u"text"_s, text);
        example = VariableFormat::withExamples(example, u"header_text"_s,
            u"header_text_named_params"_s, false, m_named, TemplateDefinition::variablesIn(text),
            {m_ui->exampleLineEdit->text()});
    } else if (isMedia(format)) {
        const QString handle = m_ui->handleLineEdit->text().trimmed();
        if (handle.isEmpty())
            example.remove(u"header_handle"_s);
        else
            example.insert(u"header_handle"_s, QJsonArray {handle});
    }
    if (example.isEmpty())
        header.remove(u"example"_s);
    else
        header.insert(u"example"_s, example);
    ComponentPlace::put(definition, u"HEADER", header);
}

void BuilderHeaderPage::showFindings(
    const QList<Diagnostic> &findings, const QJsonObject &definition)
{
    m_fields.show(findings, definition);
}

bool BuilderHeaderPage::focusPointer(const QString &pointer, const QJsonObject &definition)
{
    return m_fields.focus(pointer, definition);
}

} // namespace Wac
