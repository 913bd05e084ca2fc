// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/listroweditor.h"

#include "ui_listroweditor.h"

#include "core/payloads/interactiveparts.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

ListRowEditor::ListRowEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::ListRowEditor>())
{
    m_ui->setupUi(this);
    watchFields();
}

ListRowEditor::~ListRowEditor() = default;

void ListRowEditor::load(const QJsonObject &element)
{
    const ListRow row = ListRow::fromJson(element);
    FieldText::show(m_ui->titleLineEdit, row.title);
    FieldText::show(m_ui->descriptionLineEdit, row.description);
    FieldText::show(m_ui->idLineEdit, row.id);
}

QJsonObject ListRowEditor::store(QJsonObject element) const
{
    ListRow row = ListRow::fromJson(element);
    row.title = FieldText::read(m_ui->titleLineEdit).value_or(QString());
    row.description = FieldText::read(m_ui->descriptionLineEdit);
    row.id = FieldText::read(m_ui->idLineEdit).value_or(QString());
    return row.toJson(element);
}

void ListRowEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->titleLineEdit);
    fields.add(pointer + u"/title"_s, m_ui->titleLineEdit);
    fields.add(pointer + u"/description"_s, m_ui->descriptionLineEdit);
    fields.add(pointer + u"/id"_s, m_ui->idLineEdit);
}

QWidget *ListRowEditor::firstField() const
{
    return m_ui->titleLineEdit;
}

} // namespace Wac
