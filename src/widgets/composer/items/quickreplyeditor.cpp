// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/quickreplyeditor.h"

#include "ui_quickreplyeditor.h"

#include "core/payloads/quickreply.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

QuickReplyEditor::QuickReplyEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::QuickReplyEditor>())
{
    m_ui->setupUi(this);
    watchFields();
}

QuickReplyEditor::~QuickReplyEditor() = default;

void QuickReplyEditor::load(const QJsonObject &element)
{
    const QuickReply reply = QuickReply::fromJson(element);
    FieldText::show(m_ui->titleLineEdit, reply.title);
    FieldText::show(m_ui->idLineEdit, reply.id);
}

QJsonObject QuickReplyEditor::store(QJsonObject element) const
{
    QuickReply reply = QuickReply::fromJson(element);
    reply.title = FieldText::read(m_ui->titleLineEdit).value_or(QString());
    reply.id = FieldText::read(m_ui->idLineEdit).value_or(QString());
    return reply.toJson(element);
}

void QuickReplyEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->titleLineEdit);
    fields.add(pointer + u"/type"_s, m_ui->titleLineEdit);
    fields.add(pointer + u"/quick_reply"_s, m_ui->titleLineEdit);
    fields.add(pointer + u"/quick_reply/title"_s, m_ui->titleLineEdit);
    fields.add(pointer + u"/quick_reply/id"_s, m_ui->idLineEdit);
}

QWidget *QuickReplyEditor::firstField() const
{
    return m_ui->titleLineEdit;
}

} // namespace Wac
