// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/listsectioneditor.h"

#include "ui_listsectioneditor.h"

#include "core/payloads/interactiveparts.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/listroweditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

ListSectionEditor::ListSectionEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::ListSectionEditor>())
{
    m_ui->setupUi(this);
    m_ui->rowsList->setTexts(tr("Row %1"), tr("Add &row"));
    m_ui->rowsList->setFactory([](QWidget *owner) { return new ListRowEditor(owner); });
    watchList(m_ui->rowsList);
    watchFields();
}

ListSectionEditor::~ListSectionEditor() = default;

int ListSectionEditor::rowCount() const
{
    return m_ui->rowsList->count();
}

void ListSectionEditor::load(const QJsonObject &element)
{
    FieldText::show(m_ui->titleLineEdit, ListSection::fromJson(element).title);
    m_ui->rowsList->load(element.value(u"rows").toArray());
}

QJsonObject ListSectionEditor::store(QJsonObject element) const
{
    // The view writes its rows back as read; the list editor's rows, with their own elements,
    // replace them after.
    ListSection section = ListSection::fromJson(element);
    section.title = FieldText::read(m_ui->titleLineEdit);
    element = section.toJson(element);
    writeArray(element, u"rows"_s, m_ui->rowsList->toJson());
    return element;
}

void ListSectionEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->titleLineEdit);
    fields.add(pointer + u"/title"_s, m_ui->titleLineEdit);
    m_ui->rowsList->describeFields(fields, pointer + u"/rows"_s);
}

QWidget *ListSectionEditor::firstField() const
{
    return m_ui->titleLineEdit;
}

} // namespace Wac
