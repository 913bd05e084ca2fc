// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/replybuttoneditor.h"

#include "ui_replybuttoneditor.h"

#include "core/payloads/interactiveparts.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

ReplyButtonEditor::ReplyButtonEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::ReplyButtonEditor>())
{
    m_ui->setupUi(this);
    watchFields();
}

ReplyButtonEditor::~ReplyButtonEditor() = default;

void ReplyButtonEditor::load(const QJsonObject &element)
{
    const ReplyButton button = ReplyButton::fromJson(element);
    FieldText::show(m_ui->titleLineEdit, button.title);
    FieldText::show(m_ui->idLineEdit, button.id);
}

QJsonObject ReplyButtonEditor::store(QJsonObject element) const
{
    ReplyButton button = ReplyButton::fromJson(element);
    button.title = FieldText::read(m_ui->titleLineEdit).value_or(QString());
    button.id = FieldText::read(m_ui->idLineEdit).value_or(QString());
    return button.toJson(element);
}

void ReplyButtonEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->titleLineEdit);
    fields.add(pointer + u"/reply"_s, m_ui->titleLineEdit);
    fields.add(pointer + u"/reply/title"_s, m_ui->titleLineEdit);
    fields.add(pointer + u"/reply/id"_s, m_ui->idLineEdit);
}

QWidget *ReplyButtonEditor::firstField() const
{
    return m_ui->titleLineEdit;
}

} // namespace Wac
