// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/sectioneditor.h"

#include "ui_sectioneditor.h"

#include "core/jsonfields.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

SectionEditor::SectionEditor(const Kind &kind, QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::SectionEditor>())
    , m_itemsKey(kind.itemsKey)
{
    m_ui->setupUi(this);
    m_ui->titleLineEdit->setPlaceholderText(kind.titlePlaceholder);
    m_ui->itemsLabel->setText(kind.heading);
    m_ui->itemsList->setAccessibleName(kind.heading);
    m_ui->itemsList->setCompact(kind.compactItems);
    m_ui->itemsList->setTexts(kind.itemTitle, kind.addText);
    m_ui->itemsList->setFactory(kind.factory);
    watchList(m_ui->itemsList);
    watchFields();
}

SectionEditor::~SectionEditor() = default;

int SectionEditor::itemCount() const
{
    return m_ui->itemsList->count();
}

void SectionEditor::load(const QJsonObject &element)
{
    FieldText::show(m_ui->titleLineEdit, JsonFields::optString(element, u"title"));
    m_ui->itemsList->load(element.value(m_itemsKey).toArray());
}

QJsonObject SectionEditor::store(QJsonObject element) const
{
    JsonFields::setString(element, u"title", FieldText::read(m_ui->titleLineEdit));
    writeArray(element, m_itemsKey, m_ui->itemsList->toJson());
    return element;
}

void SectionEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->titleLineEdit);
    fields.add(pointer + u"/title"_s, m_ui->titleLineEdit);
    m_ui->itemsList->describeFields(fields, pointer + u'/' + m_itemsKey);
}

QWidget *SectionEditor::firstField() const
{
    return m_ui->titleLineEdit;
}

} // namespace Wac
