// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/repeatedlist.h"

#include "core/jsonpointer.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/focustoolbutton.h"
#include "widgets/composer/itemeditor.h"
#include "widgets/toolicons.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &name, ToolIcons::Kind kind)
{
    auto *button = new FocusToolButton(parent);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setIcon(ToolIcons::icon(kind, parent->palette()));
    button->setProperty("wacIcon", int(kind));
    return button;
}

} // namespace

RepeatedList::RepeatedList(QWidget *parent)
    : QWidget(parent)
    , m_itemTitle(tr("Item %1"))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_itemsLayout = new QVBoxLayout;
    m_itemsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_itemsLayout);
    auto *addRow = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(u"addPushButton"_s);
    m_addButton->setIcon(ToolIcons::icon(ToolIcons::Kind::Add, palette()));
    m_addButton->setProperty("wacIcon", int(ToolIcons::Kind::Add));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_countLabel);
    addRow->addStretch(1);
    layout->addLayout(addRow);
    connect(m_addButton, &QPushButton::clicked, this, [this] { append(); });
    updateChrome();
}

void RepeatedList::setTexts(const QString &itemTitle, const QString &addText)
{
    m_itemTitle = itemTitle;
    m_addButton->setText(addText);
    updateChrome();
}

void RepeatedList::setMaximum(int maximum)
{
    m_maximum = maximum;
    updateChrome();
}

void RepeatedList::setMinimum(int minimum)
{
    m_minimum = minimum;
    updateChrome();
}

void RepeatedList::setLimitTexts(const QString &atMaximum, const QString &atMinimum)
{
    m_atMaximum = atMaximum;
    m_atMinimum = atMinimum;
    updateChrome();
}

ItemEditor *RepeatedList::item(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).editor : nullptr;
}

ItemEditor *RepeatedList::append()
{
    ItemEditor *editor = addItem({});
    structureEdited();
    if (QWidget *field = editor->firstField())
        field->setFocus(Qt::OtherFocusReason);
    return editor;
}

void RepeatedList::removeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    const bool hadFocus = m_items.at(index).frame->isAncestorOf(focusWidget());
    delete m_items.takeAt(index).frame;
    structureEdited();
    if (!hadFocus)
        return;
    if (ItemEditor *next = item(std::min(index, count() - 1)); next && next->firstField())
        next->firstField()->setFocus(Qt::OtherFocusReason);
    else
        m_addButton->setFocus(Qt::OtherFocusReason);
}

void RepeatedList::move(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_items.size() || to >= m_items.size() || from == to)
        return;
    QWidget *focus = focusWidget();
    const Entry entry = m_items.takeAt(from);
    m_items.insert(to, entry);
    m_itemsLayout->removeWidget(entry.frame);
    m_itemsLayout->insertWidget(to, entry.frame);
    structureEdited();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason); // the moved element's button keeps focus
}

void RepeatedList::load(const QJsonArray &elements)
{
    for (const Entry &entry : std::as_const(m_items))
        delete entry.frame;
    m_items.clear();
    for (const QJsonValue &value : elements)
        addItem(value.toObject());
    updateChrome();
}

QJsonArray RepeatedList::toJson() const
{
    QJsonArray array;
    for (const Entry &entry : m_items)
        array.append(entry.editor->toJson());
    return array;
}

void RepeatedList::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, const_cast<RepeatedList *>(this));
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i).editor->describeFields(fields, JsonPointer::child(pointer, i));
}

void RepeatedList::collectProblems(QList<Diagnostic> &out, const QString &pointer) const
{
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i).editor->collectProblems(out, JsonPointer::child(pointer, i));
}

QList<QWidget *> RepeatedList::tabParts() const
{
    QList<QWidget *> out;
    out.reserve(m_items.size() + 1);
    for (const Entry &entry : m_items)
        out.append(entry.frame);
    out.append(m_addButton);
    return out;
}

void RepeatedList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (auto *button : findChildren<QAbstractButton *>()) {
            const QVariant kind = button->property("wacIcon");
            if (kind.isValid())
                button->setIcon(ToolIcons::icon(ToolIcons::Kind(kind.toInt()), palette()));
        }
    }
    QWidget::changeEvent(event);
}

ItemEditor *RepeatedList::addItem(const QJsonObject &element)
{
    ItemEditor *editor = m_factory(nullptr);
    editor->setElement(element);
    QWidget *frame = frameFor(editor);
    m_itemsLayout->addWidget(frame);
    connect(editor, &ItemEditor::changed, this, &RepeatedList::changed);
    connect(editor, &ItemEditor::structureChanged, this, &RepeatedList::structureChanged);
    updateChrome();
    return editor;
}

QWidget *RepeatedList::frameFor(ItemEditor *editor)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(u"itemFrame"_s);
    Entry entry;
    entry.frame = frame;
    entry.editor = editor;
    // The editor joins the frame before its buttons do: Tab reaches an element's fields first,
    // then its Move and Remove buttons.
    editor->setParent(frame);
    auto *up = toolButton(frame, u"moveUpToolButton"_s, ToolIcons::Kind::Up);
    auto *down = toolButton(frame, u"moveDownToolButton"_s, ToolIcons::Kind::Down);
    auto *remove = toolButton(frame, u"removeToolButton"_s, ToolIcons::Kind::Remove);
    auto *tools = new QHBoxLayout;
    tools->setSpacing(0);
    if (m_compact) {
        auto *layout = new QHBoxLayout(frame);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(editor, 1);
        tools->addWidget(up);
        tools->addWidget(down);
        tools->addWidget(remove);
        layout->addLayout(tools);
    } else {
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(8, 4, 8, 8);
        entry.title = new QLabel(frame);
        entry.title->setObjectName(u"titleLabel"_s);
        QFont font = entry.title->font();
        font.setBold(true);
        entry.title->setFont(font);
        tools->addWidget(entry.title, 1);
        tools->addWidget(up);
        tools->addWidget(down);
        tools->addWidget(remove);
        layout->addLayout(tools);
        layout->addWidget(editor);
    }
    const auto indexOf = [this, frame] {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).frame == frame)
                return i;
        }
        return -1;
    };
    connect(up, &QToolButton::clicked, this, [this, indexOf] { move(indexOf(), indexOf() - 1); });
    connect(down, &QToolButton::clicked, this, [this, indexOf] { move(indexOf(), indexOf() + 1); });
    connect(remove, &QToolButton::clicked, this, [this, indexOf] { removeAt(indexOf()); });
    m_items.append(entry);
    return frame;
}

void RepeatedList::updateChrome()
{
    for (int i = 0; i < m_items.size(); ++i) {
        const Entry &entry = m_items.at(i);
        const QString title = m_itemTitle.arg(i + 1);
        if (entry.title)
            entry.title->setText(title);
        entry.frame->setAccessibleName(title);
        auto *up = entry.frame->findChild<QToolButton *>(u"moveUpToolButton"_s);
        auto *down = entry.frame->findChild<QToolButton *>(u"moveDownToolButton"_s);
        auto *remove = entry.frame->findChild<QToolButton *>(u"removeToolButton"_s);
        up->setEnabled(i > 0);
        down->setEnabled(i + 1 < m_items.size());
        up->setToolTip(tr("Move %1 up").arg(title));
        down->setToolTip(tr("Move %1 down").arg(title));
        const bool removable = m_minimum == 0 || m_items.size() > m_minimum;
        remove->setEnabled(removable);
        remove->setToolTip(
            removable || m_atMinimum.isEmpty() ? tr("Remove %1").arg(title) : m_atMinimum);
        up->setAccessibleName(up->toolTip());
        down->setAccessibleName(down->toolTip());
        remove->setAccessibleName(remove->toolTip());
    }
    const bool addable = m_maximum == 0 || m_items.size() < m_maximum;
    m_addButton->setEnabled(addable);
    m_addButton->setToolTip(addable ? QString() : m_atMaximum);
    m_countLabel->setText(
        m_maximum > 0 ? tr("%1 of %2").arg(m_items.size()).arg(m_maximum) : QString());
    m_countLabel->setVisible(m_maximum > 0);
}

void RepeatedList::structureEdited()
{
    updateChrome();
    Q_EMIT structureChanged();
    Q_EMIT changed();
}

} // namespace Wac
