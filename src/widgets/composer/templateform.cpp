// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/templateform.h"

#include "core/jsonpointer.h"
#include "widgets/composer/composerpage.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/formstyle.h"
#include "widgets/composer/templatesloteditor.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Wac {

TemplateForm::TemplateForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
}

void TemplateForm::addHeading(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setProperty("wacHeading", true);
    m_layout->addRow(label);
}

void TemplateForm::setDefinition(const TemplateDefinition &definition)
{
    m_definition = definition;
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    using Kind = TemplateSlot::Kind;
    int section = -1; // 0 header, 1 body, 2 buttons
    for (const TemplateSlot &slot : TemplateSlots::of(definition)) {
        const int now = slot.isButton() ? 2 : slot.kind == Kind::BodyVariable ? 1 : 0;
        if (now != section) {
            section = now;
            addHeading(now == 0 ? tr("Header") : now == 1 ? tr("Body") : tr("Buttons"));
        }
        auto *editor = new TemplateSlotEditor(slot, this);
        auto *label = new QLabel(editor->label(), this);
        label->setBuddy(editor->mainField());
        if (!slot.example.isEmpty())
            label->setToolTip(tr("Approved with the example: %1").arg(slot.example));
        m_layout->addRow(label, editor);
        m_editors.append(editor);
    }
    if (m_editors.isEmpty()) {
        auto *none = new QLabel(
            tr("This template has no variables: it goes out exactly as it was approved."), this);
        none->setWordWrap(true);
        none->setProperty("wacHint", true);
        m_layout->addRow(none);
    }
    FormStyle::polish(this);
}

QList<TemplateParameter> TemplateForm::values() const
{
    QList<TemplateParameter> out;
    out.reserve(m_editors.size());
    for (const TemplateSlotEditor *editor : m_editors)
        out.append(editor->value());
    return out;
}

void TemplateForm::setValues(const QList<TemplateParameter> &values)
{
    for (qsizetype i = 0; i < m_editors.size() && i < values.size(); ++i)
        m_editors.at(i)->setValue(values.at(i));
}

QJsonObject TemplateForm::templateObject() const
{
    return TemplateSlots::build(m_definition, values());
}

void TemplateForm::describeFields(FieldMap &fields) const
{
    QStringList pointers;
    TemplateSlots::build(m_definition, values(), &pointers);
    for (qsizetype i = 0; i < m_editors.size() && i < pointers.size(); ++i) {
        // An optional button left out has no place in the JSON yet: it is found by its slot.
        if (pointers.at(i) != u"/template/components"_s)
            fields.add(pointers.at(i), m_editors.at(i)->mainField());
    }
}

void TemplateForm::collectProblems(QList<Diagnostic> &out) const
{
    QStringList pointers;
    TemplateSlots::build(m_definition, values(), &pointers);
    for (qsizetype i = 0; i < m_editors.size(); ++i)
        ComposerPage::addProblem(out, pointers.value(i), m_editors.at(i)->problem());
}

} // namespace Wac
