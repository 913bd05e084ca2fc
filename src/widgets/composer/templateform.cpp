// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/templateform.h"

#include "core/jsonpointer.h"
#include "widgets/composer/composerpage.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/formstyle.h"
#include "widgets/composer/templatesloteditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>

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
    // 0 header, 1 body, 2 offer, 3 buttons, 4 order status, 5 tap target, then 10 + the
    // card's index.
    int section = -1;
    for (const TemplateSlot &slot : TemplateSlots::of(definition)) {
        const int now = slot.inCard()            ? 10 + slot.cardIndex
            : slot.isButton()                    ? 3
            : slot.kind == Kind::TapTarget       ? 5
            : slot.kind == Kind::OrderStatus     ? 4
            : slot.kind == Kind::OfferExpiration ? 2
            : slot.kind == Kind::BodyVariable    ? 1
                                                 : 0;
        if (now != section) {
            if (section >= 10 && now < 10)
                addCardButtons();
            section = now;
            const QStringList headings {tr("Header"), tr("Body"), tr("Limited-time offer"),
                tr("Buttons"), tr("Order status"), tr("Tap target")};
            addHeading(now >= 10 ? tr("Card %1").arg(now - 9) : headings.at(now));
        }
        auto *editor = TemplateSlotEditor::create(slot, this);
        connect(editor, &TemplateSlotEditor::changed, this, &TemplateForm::changed);
        // Turning the tap target override on or off puts its component in or out of the send:
        // the fields' pointers after it change.
        if (slot.kind == Kind::TapTarget)
            connect(editor, &TemplateSlotEditor::changed, this, &TemplateForm::structureChanged);
        auto *label = new QLabel(editor->label(), this);
        label->setBuddy(editor->mainField());
        // Read out of its row, a card's field names its card.
        if (slot.inCard())
            label->setAccessibleName(
                tr("Card %1: %2").arg(slot.cardIndex + 1).arg(editor->label()));
        if (!slot.example.isEmpty())
            label->setToolTip(tr("Approved with the example: %1").arg(slot.example));
        m_layout->addRow(label, editor);
        m_editors.append(editor);
    }
    if (section >= 10)
        addCardButtons();
    // The tap target override alone is not a variable: the template is still sent as approved.
    if (m_editors.size() <= 1
        && (m_editors.isEmpty()
            || m_editors.first()->templateSlot().kind == TemplateSlot::Kind::TapTarget)) {
        auto *none = new QLabel(tr("This template has no variables: unless you override its tap "
                                   "target, it goes out exactly as it was approved."),
            this);
        none->setWordWrap(true);
        none->setProperty("wacHint", true);
        m_layout->addRow(none);
    }
    FormStyle::polish(this);
}

// Product carousels send 2 to 10 cards of the two they were approved with.
void TemplateForm::addCardButtons()
{
    if (!m_definition.cardsRepeat())
        return;
    const int cards = int(m_definition.cards.size());
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("Add &card"), row);
    add->setObjectName(u"addCardButton"_s);
    add->setEnabled(cards < TemplateDefinition::maxCards);
    auto *remove = new QPushButton(tr("Remove last card"), row);
    remove->setObjectName(u"removeCardButton"_s);
    remove->setEnabled(cards > 1);
    auto *count = new QLabel(tr("Cards: %1/%2").arg(cards).arg(TemplateDefinition::maxCards), row);
    count->setObjectName(u"cardCountLabel"_s);
    layout->addWidget(add);
    layout->addWidget(remove);
    layout->addWidget(count, 1);
    connect(add, &QPushButton::clicked, this, [this, cards] { setCardCount(cards + 1); });
    connect(remove, &QPushButton::clicked, this, [this, cards] { setCardCount(cards - 1); });
    m_layout->addRow(row);
}

void TemplateForm::setCardCount(int count)
{
    // The values go through the send: a card's values follow its card_index.
    const QJsonObject now = templateObject();
    const TemplateDefinition resized = m_definition.withCardCount(count);
    // Rebuilt after the click that asked has returned: its button is among the rows removed.
    QMetaObject::invokeMethod(
        this,
        [this, now, resized] {
            setDefinition(resized);
            setValues(TemplateSlots::read(resized, now));
            Q_EMIT structureChanged();
        },
        Qt::QueuedConnection);
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
        // An optional button left out has no place in the JSON yet (its pointer is the
        // components it would join, the template's or its card's): it is found by its slot.
        if (!pointers.at(i).endsWith(u"/components"_s))
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
