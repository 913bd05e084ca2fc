// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/buildercardeditor.h"

#include "ui_buildercardeditor.h"

#include "core/templates/componentplace.h"
#include "core/templates/templatedefinition.h"
#include "core/textlength.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/repeatedlist.h"
#include "widgets/templatebuilder/builderbuttoneditor.h"
#include "widgets/templatebuilder/builderjson.h"

#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int maxCardButtons = 2; // cloud-api-2026.md §1.6
constexpr qsizetype maxCardText = 160; // a card's text, cloud-api-2026.md §1.1

/// Whether `variables` are names ({{first_name}}) rather than numbers: a NAMED template's.
bool named(const QStringList &variables)
{
    return std::any_of(variables.cbegin(), variables.cend(), [](const QString &variable) {
        bool number = false;
        variable.toInt(&number);
        return !number;
    });
}

/// The variables of a card's text: names in the order they appear, numbers in number order
/// (body_text lists the examples of {{1}}, {{2}}, ... in that order).
QStringList variablesOf(const QString &text)
{
    QStringList variables = TemplateDefinition::variablesIn(text);
    if (!named(variables)) {
        std::sort(variables.begin(), variables.end(),
            [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    }
    return variables;
}

/// The card's examples in the order of its text's variables, positional or named.
QStringList exampleValues(const QJsonObject &body)
{
    const QJsonObject example = body.value(u"example").toObject();
    const QStringList variables = variablesOf(body.value(u"text").toString());
    QStringList values;
    if (named(variables)) {
        const QJsonArray params = example.value(u"body_text_named_params").toArray();
        for (const QString &variable : variables) {
            QString value;
            for (const QJsonValue &param : params) {
                if (param[u"param_name"].toString() == variable)
                    value = param[u"example"].toString();
            }
            values.append(value);
        }
        return values;
    }
    for (const QJsonValue &value : example.value(u"body_text").toArray().at(0).toArray())
        values.append(value.toString());
    return values;
}

} // namespace

BuilderCardEditor::BuilderCardEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::BuilderCardEditor>())
{
    m_ui->setupUi(this);
    m_ui->headerFormatComboBox->addItem(tr("Image"), u"IMAGE"_s);
    m_ui->headerFormatComboBox->addItem(tr("Video"), u"VIDEO"_s);
    m_ui->headerFormatComboBox->addItem(tr("Product"), u"PRODUCT"_s);
    m_ui->examplesWidget->setLayout(new QFormLayout);
    m_ui->examplesWidget->layout()->setContentsMargins(0, 0, 0, 0);
    m_ui->buttonsList->setTexts(tr("Card button %1"), tr("Add card &button"));
    m_ui->buttonsList->setMaximum(maxCardButtons);
    m_ui->buttonsList->setLimitTexts(
        tr("A card has at most %1 buttons.").arg(maxCardButtons), QString());
    m_ui->buttonsList->setFactory([this](QWidget *owner) {
        auto *editor = new BuilderButtonEditor(owner);
        const bool product = FieldText::readChoice(m_ui->headerFormatComboBox) == u"PRODUCT"_s;
        editor->setTypes(product ? QStringList {u"SPM"_s, u"URL"_s, u"QUICK_REPLY"_s}
                                 : QStringList {u"QUICK_REPLY"_s, u"URL"_s, u"PHONE_NUMBER"_s});
        return editor;
    });
    connect(m_ui->headerFormatComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->formLayout->setRowVisible(m_ui->headerHandleLineEdit,
            FieldText::readChoice(m_ui->headerFormatComboBox) != u"PRODUCT"_s);
    });
    connect(m_ui->bodyTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        QStringList values;
        for (const QLineEdit *edit : std::as_const(m_examples))
            values.append(edit->text());
        updateExamples(values);
        FieldAssist::setCount(m_ui->bodyTextEdit,
            TextLength::graphemes(FieldText::plainText(m_ui->bodyTextEdit)), maxCardText);
    });
    watchList(m_ui->buttonsList);
    watchFields();
}

BuilderCardEditor::~BuilderCardEditor() = default;

void BuilderCardEditor::load(const QJsonObject &element)
{
    const QJsonObject header = ComponentPlace::find(element, u"HEADER"_s);
    const QString format = header.value(u"format").toString();
    const QString known = format.toUpper();
    FieldText::showChoice(m_ui->headerFormatComboBox,
        format.isEmpty() ? u"IMAGE"_s
                         : (m_ui->headerFormatComboBox->findData(known) >= 0 ? known : format));
    m_shownFormat = FieldText::readChoice(m_ui->headerFormatComboBox);
    FieldText::show(m_ui->headerHandleLineEdit,
        BuilderJson::text(
            header.value(u"example").toObject().value(u"header_handle").toArray(), 0));
    const QJsonObject body = ComponentPlace::find(element, u"BODY"_s);
    {
        // The examples come from the card, not from the fields of the card shown before.
        const QSignalBlocker blocker(m_ui->bodyTextEdit);
        FieldText::show(m_ui->bodyTextEdit, BuilderJson::text(body, u"text"_s));
    }
    auto *form = static_cast<QFormLayout *>(m_ui->examplesWidget->layout());
    while (!m_examples.isEmpty())
        form->removeRow(m_examples.takeLast());
    updateExamples(exampleValues(body));
    FieldAssist::setCount(m_ui->bodyTextEdit,
        TextLength::graphemes(FieldText::plainText(m_ui->bodyTextEdit)), maxCardText);
    m_examplesEdited = false;
    m_ui->buttonsList->load(
        ComponentPlace::find(element, u"BUTTONS"_s).value(u"buttons").toArray());
}

void BuilderCardEditor::updateExamples(const QStringList &values)
{
    const QStringList variables = variablesOf(FieldText::plainText(m_ui->bodyTextEdit));
    auto *form = static_cast<QFormLayout *>(m_ui->examplesWidget->layout());
    while (m_examples.size() > variables.size())
        form->removeRow(m_examples.takeLast());
    while (m_examples.size() < variables.size()) {
        auto *edit = new QLineEdit(m_ui->examplesWidget);
        edit->setObjectName(u"exampleLineEdit%1"_s.arg(m_examples.size()));
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_examplesEdited = true;
            Q_EMIT changed();
        });
        form->addRow(u"{{%1}}"_s.arg(variables.at(m_examples.size())), edit);
        edit->setText(values.value(m_examples.size()));
        m_examples.append(edit);
    }
    for (int i = 0; i < variables.size(); ++i)
        static_cast<QLabel *>(form->labelForField(m_examples.at(i)))
            ->setText(u"{{%1}}"_s.arg(variables.at(i)));
    m_ui->formLayout->setRowVisible(m_ui->examplesWidget, !variables.isEmpty());
}

QJsonObject BuilderCardEditor::store(QJsonObject element) const
{
    auto put = [&element](const QString &type, const QJsonObject &component) {
        QJsonObject rest = component;
        rest.remove(u"type"_s);
        const QJsonObject old = ComponentPlace::find(element, type);
        if (rest.isEmpty() && old.isEmpty())
            return;
        QJsonObject complete = component;
        if (!complete.contains(u"type"))
            complete.insert(u"type", type);
        ComponentPlace::put(element, type, rest.isEmpty() ? QJsonObject() : complete);
    };
    put(u"HEADER"_s, storeHeader(ComponentPlace::find(element, u"HEADER"_s)));
    put(u"BODY"_s, storeBody(ComponentPlace::find(element, u"BODY"_s)));
    QJsonObject buttons = ComponentPlace::find(element, u"BUTTONS"_s);
    writeArray(buttons, u"buttons"_s, m_ui->buttonsList->toJson());
    if (buttons.value(u"buttons").toArray().isEmpty())
        buttons.remove(u"buttons"_s);
    put(u"BUTTONS"_s, buttons);
    return element;
}

QJsonObject BuilderCardEditor::storeHeader(QJsonObject header) const
{
    const QString format = FieldText::readChoice(m_ui->headerFormatComboBox);
    if (header.isEmpty() || format != m_shownFormat)
        header.insert(u"format", format);
    if (format == u"PRODUCT"_s) {
        if (format != m_shownFormat)
            header.remove(u"example"_s); // a product header has no sample media
        return header;
    }
    if (FieldText::isTouched(m_ui->headerHandleLineEdit)) {
        QJsonObject example = header.value(u"example").toObject();
        const QString handle = m_ui->headerHandleLineEdit->text();
        if (handle.isEmpty())
            example.remove(u"header_handle"_s);
        else
            example.insert(u"header_handle", QJsonArray {handle});
        if (example.isEmpty())
            header.remove(u"example"_s);
        else
            header.insert(u"example", example);
    }
    return header;
}

QJsonObject BuilderCardEditor::storeBody(QJsonObject body) const
{
    BuilderJson::writeText(body, u"text"_s, m_ui->bodyTextEdit);
    if (!m_examplesEdited && !FieldText::isTouched(m_ui->bodyTextEdit))
        return body;
    const QStringList variables = variablesOf(FieldText::plainText(m_ui->bodyTextEdit));
    QJsonObject example = body.value(u"example").toObject();
    example.remove(u"body_text"_s);
    example.remove(u"body_text_named_params"_s);
    if (named(variables)) {
        QJsonArray params;
        for (int i = 0; i < m_examples.size(); ++i)
            params.append(QJsonObject {
                {u"param_name"_s, variables.value(i)}, {u"example"_s, m_examples.at(i)->text()}});
        example.insert(u"body_text_named_params", params);
    } else if (!m_examples.isEmpty()) {
        QJsonArray values;
        for (const QLineEdit *edit : m_examples)
            values.append(edit->text());
        // The QJsonValue keeps the row nested: clang reads `QJsonArray {values}` as a copy.
        example.insert(u"body_text", QJsonArray {QJsonValue(values)});
    }
    if (example.isEmpty())
        body.remove(u"example"_s);
    else
        body.insert(u"example", example);
    return body;
}

void BuilderCardEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    const QJsonObject card = toJson();
    fields.add(pointer, firstField());
    fields.add(pointer + u"/components"_s, firstField());
    const QString header = ComponentPlace::pointerOf(card, u"HEADER"_s);
    if (!header.isEmpty()) {
        fields.add(pointer + header, m_ui->headerFormatComboBox);
        fields.add(pointer + header + u"/format"_s, m_ui->headerFormatComboBox);
        fields.add(pointer + header + u"/example"_s, m_ui->headerHandleLineEdit);
    }
    const QString body = ComponentPlace::pointerOf(card, u"BODY"_s);
    if (!body.isEmpty()) {
        fields.add(pointer + body, m_ui->bodyTextEdit);
        for (int i = 0; i < m_examples.size(); ++i) {
            fields.add(pointer + body + u"/example/body_text/0/%1"_s.arg(i), m_examples.at(i));
            fields.add(
                pointer + body + u"/example/body_text_named_params/%1"_s.arg(i), m_examples.at(i));
        }
    }
    const QString buttons = ComponentPlace::pointerOf(card, u"BUTTONS"_s);
    if (!buttons.isEmpty()) {
        fields.add(pointer + buttons, m_ui->buttonsList);
        m_ui->buttonsList->describeFields(fields, pointer + buttons + u"/buttons"_s);
    }
}

QWidget *BuilderCardEditor::firstField() const
{
    return m_ui->headerFormatComboBox;
}

} // namespace Wac
